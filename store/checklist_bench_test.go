package store_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/model"
	"guanxi/store"
)

// checklistBudget is the bar (docs/PERFORMANCE.md) for the follow-up checklist.
const checklistBudget = 10 * time.Millisecond

// BenchmarkChecklist reads the whole follow-up checklist (overdue, today and the next 7 days) of
// the benchmark book, and beside it the same statements run bare on SQLite with every row read and
// nothing done with it. It reports the bare time, the ratio, how many items, and the budget. The
// generated book has tens of thousands of items due in a week: this is what `guanxi today` reads.
// The book is built (about a minute, once per machine) only when -bench asks for this benchmark.
func BenchmarkChecklist(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	db := benchbook.Bare(b, benchbook.Scale)
	ctx := context.Background()
	today := benchbook.Today
	if lead, err := store.GreetingLeadDaysOf(s); err != nil || lead != model.DefaultGreetingLeadDays {
		b.Fatalf("the benchmark book has a greeting lead of %d (%v); the bare queries assume %d", lead, err, model.DefaultGreetingLeadDays)
	}
	items, err := s.Checklist(ctx, today, 7)
	if err != nil {
		b.Fatal(err)
	}
	// The bare figure is the median of several runs, taken before the loop on a warm cache.
	var bare []time.Duration
	for range 15 {
		start := time.Now()
		for _, q := range store.ChecklistQueries(today, 7, items) {
			benchbook.Drain(b, db, q.SQL, q.Args...)
		}
		bare = append(bare, time.Since(start))
	}
	sort.Slice(bare, func(i, j int) bool { return bare[i] < bare[j] })
	bareMed := bare[len(bare)/2]

	b.ResetTimer()
	for b.Loop() {
		got, err := s.Checklist(ctx, today, 7)
		if err != nil || len(got) != len(items) {
			b.Fatalf("checklist of %d items (%v), want %d", len(got), err, len(items))
		}
	}
	per := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(bareMed.Microseconds())/1000, "bare-ms")
	b.ReportMetric(float64(per)/float64(bareMed), "x-bare")
	b.ReportMetric(float64(len(items)), "items")
	b.ReportMetric(float64(checklistBudget.Milliseconds()), "budget-ms")
}

// BenchmarkWholeChecklist reads the whole checklist's items of the benchmark book as `guanxi today`
// does (Checklist: one pass of each table), and as the follow-up view's pages would (the index,
// then the items of all its places), in processor time.
func BenchmarkWholeChecklist(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	ctx := context.Background()
	reads := map[string]func() (int, error){
		"one-pass": func() (int, error) {
			items, err := s.Checklist(ctx, benchbook.Today, 7)
			return len(items), err
		},
		"index-then-pages": func() (int, error) {
			x, err := s.ChecklistIndex(ctx, benchbook.Today, 7)
			if err != nil {
				return 0, err
			}
			items, err := s.ChecklistPage(ctx, x, 0, x.Len())
			return len(items), err
		},
	}
	for _, name := range []string{"one-pass", "index-then-pages"} {
		b.Run(name, func(b *testing.B) {
			c0 := benchbook.CPU()
			n := 0
			for b.Loop() {
				var err error
				if n, err = reads[name](); err != nil {
					b.Fatal(err)
				}
			}
			benchbook.ReportCPU(b, c0)
			b.ReportMetric(float64(n), "items")
		})
	}
}
