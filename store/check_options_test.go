package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"guanxi/model"
)

// TestCheckWithRunsEveryStepInOrder checks a sound book, fully and quickly, and that each step is
// announced once, in order, and that the connection's page cache is set back afterwards.
func TestCheckWithRunsEveryStepInOrder(t *testing.T) {
	s := mustOpen(t, filepath.Join(t.TempDir(), "guanxi.db"))
	ctx := context.Background()
	if err := s.AddCustomer(ctx, &model.Customer{Name: "张三"}); err != nil {
		t.Fatal(err)
	}
	s.db.SetMaxOpenConns(1) // the check's connection is the one asked after it
	// A cache of a few pages, smaller than the book, so the check sizes its own and sets it back.
	const before = 2
	if _, err := s.db.ExecContext(ctx, "PRAGMA cache_size = 2"); err != nil {
		t.Fatal(err)
	}
	for _, quick := range []bool{false, true} {
		var steps []CheckStep
		problems, err := s.CheckWith(ctx, CheckOptions{Quick: quick, Step: func(st CheckStep) { steps = append(steps, st) }})
		if err != nil || len(problems) != 0 {
			t.Fatalf("quick %v: %v, %v", quick, problems, err)
		}
		want := []CheckStep{CheckIntegrity, CheckForeignKeys, CheckDates, CheckAmounts, CheckOrphans}
		if !slices.Equal(steps, want) {
			t.Errorf("quick %v: steps %v, want %v", quick, steps, want)
		}
		var after int
		if err := s.db.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&after); err != nil {
			t.Fatal(err)
		}
		if after != before {
			t.Errorf("quick %v: the page cache is %d after the check, %d before", quick, after, before)
		}
	}
}
