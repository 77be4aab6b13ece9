package store_test

import (
	"fmt"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

// TestChecklistTailIsTheEndOfTheWholeChecklist reads the tail of the checklist of a generated
// book, with some customers in the trash, on days that make the overdue block long, short and
// empty, for many lengths, and compares it item for item with the end of the whole checklist.
func TestChecklistTailIsTheEndOfTheWholeChecklist(t *testing.T) {
	// Customers in the trash with records due: their items are in neither.
	s, _ := openTrashedFollowUpBook(t)
	eachChecklistDay(t, s, func(today model.Date, days int, want []model.ChecklistItem) {
		for _, n := range []int{0, 1, 7, 40, 120, len(want) - 1, len(want), len(want) + 5} {
			if n < 0 {
				continue
			}
			t.Run(fmt.Sprintf("%s+%d/%d", today, days, n), func(t *testing.T) {
				x, got := readChecklistEnd(t, s, (*store.Store).ChecklistTail, "tail", today, days, n, want)
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
	})
}
