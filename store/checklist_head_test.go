package store_test

import (
	"context"
	"fmt"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

// TestChecklistHeadIsTheStartOfTheWholeChecklist reads the head of the checklist of a generated
// book, with some customers in the trash, on days that make the overdue block long, short and
// empty, for many lengths, and compares it item for item with the start of the whole checklist;
// and its counts without reading it with the whole checklist's.
func TestChecklistHeadIsTheStartOfTheWholeChecklist(t *testing.T) {
	// Customers in the trash with records due: their items are in neither.
	s, ctx := openTrashedFollowUpBook(t)
	eachChecklistDay(t, s, func(today model.Date, days int, want []model.ChecklistItem) {
		counts, err := s.ChecklistCounts(ctx, today, days)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := s.ChecklistIndex(ctx, today, days)
		if err != nil {
			t.Fatal(err)
		}
		if wantCounts := (store.ChecklistCounts{Overdue: whole.Overdue, DueToday: whole.DueToday, All: whole.Len()}); counts != wantCounts {
			t.Errorf("%s+%d: counted %+v, the whole checklist has %+v", today, days, counts, wantCounts)
		}
		for _, n := range []int{0, 1, 7, 40, 120, len(want), len(want) + 5} {
			t.Run(fmt.Sprintf("%s+%d/%d", today, days, n), func(t *testing.T) {
				x, got := readChecklistEnd(t, s, (*store.Store).ChecklistHead, "head", today, days, n, want)
				for i := range got {
					if a, b := itemIdentity(got[i]), itemIdentity(want[i]); a != b {
						t.Fatalf("item %d: %s, want %s", i, a, b)
					}
				}
				if n < len(want) && !x.Partial {
					t.Errorf("a head of %d of %d items is not partial", n, len(want))
				}
				if !x.Partial {
					if x.Overdue != whole.Overdue || x.DueToday != whole.DueToday {
						t.Errorf("a whole head counts %d overdue and %d today, want %d and %d", x.Overdue, x.DueToday, whole.Overdue, whole.DueToday)
					}
				}
			})
		}
	})
}

// itemIdentity names an item by what makes it this item and not another: its customer, what it
// is, its record and its day.
func itemIdentity(it model.ChecklistItem) string {
	return fmt.Sprintf("%d %s %s r%d c%d d%d p%d %s %s %s", it.CustomerID, it.Kind, it.DueOn, it.ReminderID, it.ComplaintID,
		it.DealID, it.Due.ContactID, it.Due.Occasion, it.Due.OccasionOn, it.Due.Holiday.Zh)
}

// openTrashedFollowUpBook is the generated book of openFollowUpBook with up to five of its
// customers with reminders or deals due this week in the trash: their items are in no checklist.
func openTrashedFollowUpBook(t *testing.T) (*store.Store, context.Context) {
	t.Helper()
	s := openFollowUpBook(t)
	ctx := context.Background()
	whole, err := s.Checklist(ctx, s.Today(), 7)
	if err != nil {
		t.Fatal(err)
	}
	trashed := 0
	for _, it := range whole {
		if it.CustomerID != 0 && (it.ReminderID != 0 || it.DealID != 0) && trashed < 5 {
			if err := s.DeleteCustomer(ctx, it.CustomerID); err == nil {
				trashed++
			}
		}
	}
	return s, ctx
}

// readChecklistEnd reads the n items at one end of the checklist of days days from today (read:
// ChecklistHead or ChecklistTail, named by end), checks it holds n of them, or all of want when
// the whole checklist is shorter, and returns it with its items.
func readChecklistEnd(t *testing.T, s *store.Store,
	read func(s *store.Store, ctx context.Context, today model.Date, days, n int) (*store.ChecklistIndex, error),
	end string, today model.Date, days, n int, want []model.ChecklistItem,
) (*store.ChecklistIndex, []model.ChecklistItem) {
	t.Helper()
	ctx := context.Background()
	x, err := read(s, ctx, today, days, n)
	if err != nil {
		t.Fatal(err)
	}
	if x.Len() != min(n, len(want)) {
		t.Fatalf("%s of %d items, want %d of %d", end, x.Len(), min(n, len(want)), len(want))
	}
	got, err := s.ChecklistPage(ctx, x, 0, x.Len())
	if err != nil {
		t.Fatal(err)
	}
	return x, got
}

// eachChecklistDay calls check with the whole checklist of days days from today, on days that
// make the overdue block long, short and empty, over a week and a month ahead.
func eachChecklistDay(t *testing.T, s *store.Store, check func(today model.Date, days int, want []model.ChecklistItem)) {
	t.Helper()
	for _, shift := range []int{-60, -3, 0, 5} {
		today := s.Today().AddDays(shift)
		for _, days := range []int{0, 7, 30} {
			want, err := s.Checklist(context.Background(), today, days)
			if err != nil {
				t.Fatal(err)
			}
			check(today, days, want)
		}
	}
}
