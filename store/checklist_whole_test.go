package store_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"
)

// TestWholeChecklistIsEveryPage reads the whole checklist of a generated book in one pass of each
// table, as `guanxi today` does, and compares it item for item, every field, with the items of
// the whole checklist's index read as the follow-up view reads its pages: on days that make the
// overdue block long, short and empty, with customers in the trash, a plan put off and
// personality types.
func TestWholeChecklistIsEveryPage(t *testing.T) {
	s := openFollowUpBook(t)
	ctx := context.Background()
	first, err := s.Checklist(ctx, s.Today(), 7)
	if err != nil {
		t.Fatal(err)
	}
	trashed, putOff := 0, false
	for _, it := range first {
		switch {
		case it.CustomerID != 0 && (it.ReminderID != 0 || it.DealID != 0 || it.ComplaintID != 0) && trashed < 5:
			if err := s.DeleteCustomer(ctx, it.CustomerID); err == nil {
				trashed++
			}
		case !putOff && it.Due.Planned:
			if err := s.SnoozePlan(ctx, it.CustomerID, it.Kind, s.Today().AddDays(2)); err != nil {
				t.Fatal(err)
			}
			putOff = true
		}
	}
	typed := 0
	for _, shift := range []int{-60, -3, 0, 5} {
		today := s.Today().AddDays(shift)
		for _, days := range []int{0, 7, 30} {
			t.Run(fmt.Sprintf("%s+%d", today, days), func(t *testing.T) {
				got, err := s.Checklist(ctx, today, days)
				if err != nil {
					t.Fatal(err)
				}
				x, err := s.ChecklistIndex(ctx, today, days)
				if err != nil {
					t.Fatal(err)
				}
				want, err := s.ChecklistPage(ctx, x, 0, x.Len())
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(want) {
					t.Fatalf("%d items in one pass, %d in the index's pages", len(got), len(want))
				}
				for i := range got {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Fatalf("item %d in one pass:\n%+v\nin the pages:\n%+v", i, got[i], want[i])
					}
					if len(got[i].Types) > 0 {
						typed++
					}
				}
			})
		}
	}
	if trashed == 0 || !putOff || typed == 0 {
		t.Errorf("%d customers trashed, a plan put off: %v, %d items with types: the test should read each", trashed, putOff, typed)
	}
}
