package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"guanxi/model"
)

// anyDay lets a test book's planned visits and calls fall on any day, for tests that count days
// across weekends.
func anyDay(t *testing.T, s *Store) {
	t.Helper()
	if err := s.SetPlanWorkingDays(context.Background(), false); err != nil {
		t.Fatal(err)
	}
}

// Planned visits land on working days by the official table: 2026's make-up working days count,
// its days off do not, and the checklist says when a day moved.
func TestPlannedVisitsLandOnWorkingDays(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if on, err := s.PlanWorkingDays(ctx); err != nil || !on {
		t.Fatalf("a new book moves plans to working days: %v %v", on, err)
	}
	tests := []struct {
		visited string // a VIP is visited every 7 days
		due     string
		moved   string
	}{
		{"2026-03-03", "2026-03-10", ""},           // a Tuesday stays
		{"2026-02-28", "2026-03-09", "2026-03-07"}, // a Saturday moves to Monday
		{"2026-02-07", "2026-02-14", ""},           // Saturday 14 February is worked for 春节
		{"2026-02-10", "2026-02-24", "2026-02-17"}, // 春节 itself: the days off run to the 23rd
		{"2026-09-24", "2026-10-08", "2026-10-01"}, // 国庆
		{"2026-10-03", "2026-10-10", ""},           // Saturday 10 October is worked
	}
	for _, tt := range tests {
		c := addCustomer(t, s, model.Customer{Name: "客户" + tt.visited, Level: model.LevelVIP})
		visited := model.MustDate(tt.visited)
		at := fixedNow.AddDate(0, 0, visited.DaysSince(s.Today()))
		if err := s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "拜访", At: at}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Customer(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.NextVisitOn != model.MustDate(tt.due) {
			t.Errorf("visited %s: next visit %s, want %s", tt.visited, got.NextVisitOn, tt.due)
		}
		items, err := s.Checklist(ctx, got.NextVisitOn, 0)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, it := range items {
			if it.CustomerID == c.ID && it.Kind == model.ItemVisit {
				found = true
				if it.Due.MovedFrom.String() != tt.moved {
					t.Errorf("visited %s: moved from %q, want %q", tt.visited, it.Due.MovedFrom, tt.moved)
				}
			}
		}
		if !found {
			t.Errorf("visited %s: no planned visit on %s", tt.visited, got.NextVisitOn)
		}
	}

	// Turned off, every plan falls on its own day again, at once.
	anyDay(t, s)
	all, err := s.Checklist(ctx, model.MustDate("2026-03-07"), 0)
	if err != nil {
		t.Fatal(err)
	}
	var onSaturday bool
	for _, it := range all {
		onSaturday = onSaturday || (it.CustomerName == "客户2026-02-28" && it.DueOn == model.MustDate("2026-03-07") && it.Due.MovedFrom.IsZero())
	}
	if !onSaturday {
		t.Errorf("with plans on any day, the visit is due on Saturday 7 March: %+v", all)
	}
}

// Customers who joined on a Saturday have their first visits spread over working days: none of
// those visits reads as moved from the Saturday, since none was planned for it.
func TestFirstVisitsSpreadFromADayOffAreNotMoved(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	saturday := fixedNow.AddDate(0, 0, -3) // 2026-03-07
	s.clock = func() time.Time { return saturday }
	for i := range 12 {
		addCustomer(t, s, model.Customer{Name: fmt.Sprintf("新客户%02d", i), Level: model.LevelVIP})
	}
	items, err := s.Checklist(ctx, model.DateOf(saturday), 14)
	if err != nil {
		t.Fatal(err)
	}
	visits := 0
	for _, it := range items {
		if it.Kind != model.ItemVisit {
			continue
		}
		visits++
		if !it.Due.FirstVisit || !it.Due.MovedFrom.IsZero() || !model.IsWorkingDay(it.DueOn) {
			t.Errorf("%s: first visit %v on %s, moved from %q", it.CustomerName, it.Due.FirstVisit, it.DueOn, it.Due.MovedFrom)
		}
	}
	if visits != 12 {
		t.Errorf("%d first visits, want 12", visits)
	}
}
