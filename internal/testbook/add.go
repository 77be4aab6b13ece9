package testbook

import (
	"context"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

// AddCustomers adds each customer to the book, in order, setting its id; a customer the book
// refuses fails the test.
func AddCustomers(t testing.TB, s *store.Store, cs ...*model.Customer) {
	t.Helper()
	for _, c := range cs {
		if err := s.AddCustomer(context.Background(), c); err != nil {
			t.Fatalf("add %q: %v", c.Name, err)
		}
	}
}
