package store

import (
	"context"
	"strings"
	"testing"
)

// TestCheckNamesEveryMalformedDate writes dates the wrong way into columns of several tables, as
// another program or a hand edit might; the check names each table and column.
func TestCheckNamesEveryMalformedDate(t *testing.T) {
	s := mustOpen(t, smallBook(t, 5))
	ctx := context.Background()
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("a sound book: %v %v", problems, err)
	}
	bad := map[string]string{
		"UPDATE customers SET next_visit_on = '2026/3/1' WHERE id = 1":                   "customers have a malformed next_visit_on",
		"UPDATE customers SET anniversary = '2020-02-30' WHERE id = 2":                   "customers have a malformed anniversary",
		"INSERT INTO plan_snoozes VALUES (3, 'visit', '2026-03-01', 'soon', 0, 'u1', 0)": "plan_snoozes have a malformed until_on",
		"INSERT INTO greetings_sent VALUES ('birthday', 1, 0, '', '3月10日', 0, 'u2', 0)":  "greetings_sent have a malformed on_date",
	}
	for q := range bad {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	problems, err := s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(problems, "\n")
	for _, want := range bad {
		if !strings.Contains(all, want) {
			t.Errorf("the check does not say %q:\n%s", want, all)
		}
	}
	if len(problems) != len(bad) {
		t.Errorf("%d problems, want %d:\n%s", len(problems), len(bad), all)
	}
}

// TestCheckNamesAmountsPastTheBound: amounts past model.MaxMoney, written by another program, are
// named, since a few thousand of them would make totals pass what an integer holds.
func TestCheckNamesAmountsPastTheBound(t *testing.T) {
	s := mustOpen(t, smallBook(t, 5))
	ctx := context.Background()
	if _, err := s.db.ExecContext(ctx, "UPDATE customers SET registered_capital = ? WHERE id = (SELECT min(id) FROM customers)", int64(1e15)+1); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(ctx)
	if err != nil || !strings.Contains(strings.Join(problems, "\n"), "amounts: 1 rows of customers have a registered_capital above") {
		t.Errorf("the check: %v %v", problems, err)
	}
}
