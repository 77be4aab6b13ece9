package store

import (
	"context"
	"fmt"
	"testing"

	"guanxi/model"
)

// readInParts makes the whole checklist's read split even a small book into parts read at the same
// time, with every customer's types read beside them, until the test ends.
func readInParts(t *testing.T) {
	t.Helper()
	ids, many := wholePartIDs, manyIDs
	t.Cleanup(func() { wholePartIDs, manyIDs = ids, many })
	wholePartIDs, manyIDs = 1, 0
}

// addDueCustomers adds n customers of every level, a third with a personality type, so that each
// has a visit or call due within the checklist's month.
func addDueCustomers(t *testing.T, s *Store, n int) {
	t.Helper()
	ctx := context.Background()
	for i := range n {
		c := &model.Customer{Name: fmt.Sprintf("客户%02d", i), Level: model.Levels()[i%len(model.Levels())].Code}
		if err := s.AddCustomer(ctx, c); err != nil {
			t.Fatal(err)
		}
		if i%3 == 0 {
			if err := s.TagPerson(ctx, PersonTag{CustomerID: c.ID, Type: "hesitant"}); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestWholeChecklistInPartsIsTheSame reads the whole checklist of a book in one part and in parts
// read at the same time: the items are the same, in the same order.
func TestWholeChecklistInPartsIsTheSame(t *testing.T) {
	s := openTemp(t)
	addDueCustomers(t, s, 40)
	ctx := context.Background()
	whole, err := s.Checklist(ctx, s.Today(), 30)
	if err != nil || len(whole) == 0 {
		t.Fatalf("%d items (%v)", len(whole), err)
	}
	readInParts(t)
	if n := len(customerSpans(40)); n < 2 {
		t.Fatalf("a book of 40 customers is read in %d part: the test should read it in parts", n)
	}
	parted, err := s.Checklist(ctx, s.Today(), 30)
	if err != nil {
		t.Fatal(err)
	}
	if len(parted) != len(whole) {
		t.Fatalf("%d items in parts, %d in one", len(parted), len(whole))
	}
	typed := 0
	for i := range whole {
		if a, b := fmt.Sprintf("%+v", parted[i]), fmt.Sprintf("%+v", whole[i]); a != b {
			t.Errorf("item %d in parts:\n%s\nin one:\n%s", i, a, b)
		}
		if len(whole[i].Types) > 0 {
			typed++
		}
	}
	if typed == 0 {
		t.Error("no item has types: the test should read them")
	}
}

// TestWholeChecklistPartFailing makes one part of the read fail on a row it cannot scan: the read
// reports that error, not a checklist without the part's customers.
func TestWholeChecklistPartFailing(t *testing.T) {
	s := openTemp(t)
	addDueCustomers(t, s, 40)
	ctx := context.Background()
	readInParts(t)
	for _, which := range []string{"min", "max"} {
		t.Run(which, func(t *testing.T) {
			// A day of joining that is no number, in the first part's span or the last's.
			bad := fmt.Sprintf(`UPDATE customers SET created_at = 'not a time' WHERE id = (SELECT %s(id) FROM customers)`, which)
			if _, err := s.db.ExecContext(ctx, bad); err != nil {
				t.Fatal(err)
			}
			w, err := s.WholeChecklist(ctx, s.Today(), 30)
			if err == nil {
				t.Fatalf("read %d items of a book with a row that cannot be read", w.Len())
			}
			if _, err := s.db.ExecContext(ctx, `UPDATE customers SET created_at = 0 WHERE created_at = 'not a time'`); err != nil {
				t.Fatal(err)
			}
		})
	}
	if _, err := s.WholeChecklist(ctx, s.Today(), 30); err != nil {
		t.Fatalf("the book mended: %v", err)
	}
}
