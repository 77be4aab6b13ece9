package store

import (
	"context"
	"fmt"
	"testing"
)

// TestManyItemsReadTheSameDetails reads the whole checklist of a book with types, snoozes and every
// kind of item twice: its details by ids, as a page does, and in one pass, as `guanxi today` does
// for thousands of items; the items must be the same.
func TestManyItemsReadTheSameDetails(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	addDueCustomers(t, s, 30)
	today := s.Today()
	items, err := s.Checklist(ctx, today, 30)
	if err != nil || len(items) == 0 {
		t.Fatalf("%d items (%v)", len(items), err)
	}
	if err := s.SnoozePlan(ctx, items[0].CustomerID, items[0].Kind, today.AddDays(3)); err != nil {
		t.Fatal(err)
	}
	byIDs, err := s.Checklist(ctx, today, 30)
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { manyIDs = n }(manyIDs)
	manyIDs = 0
	onePass, err := s.Checklist(ctx, today, 30)
	if err != nil {
		t.Fatal(err)
	}
	if len(onePass) != len(byIDs) {
		t.Fatalf("%d items in one pass, %d by ids", len(onePass), len(byIDs))
	}
	typed, putOff := 0, 0
	for i := range byIDs {
		if !byIDs[i].Due.PutOff.IsZero() {
			putOff++
		}
		if a, b := fmt.Sprintf("%+v", onePass[i]), fmt.Sprintf("%+v", byIDs[i]); a != b {
			t.Errorf("item %d in one pass:\n%s\nby ids:\n%s", i, a, b)
		}
		if len(byIDs[i].Types) > 0 {
			typed++
		}
	}
	if typed == 0 || putOff == 0 {
		t.Errorf("%d items have types and %d were put off: the test should read both", typed, putOff)
	}
}
