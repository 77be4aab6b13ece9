package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"guanxi/internal/samplebook"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// TestEachCustomerInOrderAndStopsWhenAsked: the customers come in the order they were added, every
// one once, though read on a goroutine of their own in batches; an error of fn stops the reading
// and is what EachCustomer returns.
func TestEachCustomerInOrderAndStopsWhenAsked(t *testing.T) {
	s := samplebook.Open(t, time.Now, sample.Options{Customers: 700, Seed: 3, Today: model.MustDate("2026-03-10")})
	ctx := context.Background()
	ids := testbook.CustomerIDs(t, s)
	if len(ids) != 700 {
		t.Fatalf("%d customers, want 700", len(ids))
	}
	for i := 1; i < len(ids); i++ {
		if ids[i] <= ids[i-1] {
			t.Fatalf("customer %d (id %d) after id %d", i, ids[i], ids[i-1])
		}
	}
	stop := errors.New("disk full")
	n := 0
	err := s.EachCustomer(ctx, store.Scope{}, func(model.Customer) error {
		if n++; n == 300 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 300 {
		t.Errorf("stopped after %d customers with %v, want 300 and the error of fn", n, err)
	}
	// The book is free again: a write goes through.
	c := model.Customer{Name: "王建国"}
	if err := s.AddCustomer(ctx, &c); err != nil {
		t.Errorf("a write after a stopped export: %v", err)
	}
}
