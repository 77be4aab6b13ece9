package store

import (
	"context"
	"testing"

	"guanxi/model"
)

// TestPlannedCallCoveredByVisit tests the rule keySQL runs, and nothing else runs: a planned call
// is left off the checklist when a visit is due on or before the same day, since the visit will
// be the contact. Each case sets the customer's next visit and call on its row, as refreshDerived
// leaves them, and reads the checklist.
func TestPlannedCallCoveredByVisit(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	today := s.Today() // 2026-03-10
	cases := []struct {
		name        string
		visit, call string // "" for none
		callShown   bool
	}{
		{"a visit before the call covers it", "2026-03-08", "2026-03-10", false},
		{"a visit on the call's day covers it", "2026-03-10", "2026-03-10", false},
		{"a visit after the call leaves it", "2026-03-12", "2026-03-10", true},
		{"no visit planned leaves it", "", "2026-03-10", true},
		{"a later call is covered by an overdue visit", "2026-03-01", "2026-03-14", false},
		{"a coming call before a coming visit stays", "2026-03-16", "2026-03-13", true},
	}
	ids := make([]int64, len(cases))
	for i, c := range cases {
		cu := addCustomer(t, s, model.Customer{Name: c.name, Level: model.LevelFree})
		ids[i] = cu.ID
		if _, err := s.db.ExecContext(ctx, `UPDATE customers SET next_visit_on = ?, next_call_on = ? WHERE id = ?`,
			dateArg(dateOrZero(c.visit)), dateArg(dateOrZero(c.call)), cu.ID); err != nil {
			t.Fatal(err)
		}
	}
	items, err := s.Checklist(ctx, today, 7)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		shown := false
		for _, it := range items {
			if it.CustomerID == ids[i] && it.Kind == model.ItemCall && it.IsPlanned() {
				shown = true
			}
		}
		if shown != c.callShown {
			t.Errorf("%s (visit %q, call %q): call shown %v, want %v", c.name, c.visit, c.call, shown, c.callShown)
		}
	}
}

// dateOrZero reads a test's date, "" being none.
func dateOrZero(s string) model.Date {
	if s == "" {
		return model.Date{}
	}
	return model.MustDate(s)
}
