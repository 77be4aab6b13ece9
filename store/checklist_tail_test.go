package store_test

import (
	"context"
	"fmt"
	"testing"
)

// TestChecklistTailIsTheEndOfTheWholeChecklist reads the tail of the checklist of a generated
// book, with some customers in the trash, on days that make the overdue block long, short and
// empty, for many lengths, and compares it item for item with the end of the whole checklist.
func TestChecklistTailIsTheEndOfTheWholeChecklist(t *testing.T) {
	s := openFollowUpBook(t)
	ctx := context.Background()
	// Customers in the trash with records due: their items are in neither.
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
	for _, shift := range []int{-60, -3, 0, 5} {
		today := s.Today().AddDays(shift)
		for _, days := range []int{0, 7, 30} {
			want, err := s.Checklist(ctx, today, days)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range []int{0, 1, 7, 40, 120, len(want) - 1, len(want), len(want) + 5} {
				if n < 0 {
					continue
				}
				t.Run(fmt.Sprintf("%s+%d/%d", today, days, n), func(t *testing.T) {
					x, err := s.ChecklistTail(ctx, today, days, n)
					if err != nil {
						t.Fatal(err)
					}
					if x.Len() != min(n, len(want)) {
						t.Fatalf("tail of %d items, want %d of %d", x.Len(), min(n, len(want)), len(want))
					}
					got, err := s.ChecklistPage(ctx, x, 0, x.Len())
					if err != nil {
						t.Fatal(err)
					}
					end := want[len(want)-len(got):]
					for i := range got {
						if a, b := itemIdentity(got[i]), itemIdentity(end[i]); a != b {
							t.Fatalf("item %d from the end's start: %s, want %s", i, a, b)
						}
					}
					if n < len(want) && (!x.Partial || !x.Tail) {
						t.Errorf("a tail of %d of %d items is not partial", n, len(want))
					}
					if !x.Partial && (x.Len() != len(want) || x.Tail) {
						t.Errorf("a tail of %d items, not partial, is not the whole checklist of %d", x.Len(), len(want))
					}
				})
			}
		}
	}
}
