package testbook

import (
	"context"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

// CustomerIDs returns the ids of every customer of the book, in the order they were added; a book
// that cannot be read fails the test.
func CustomerIDs(t testing.TB, s *store.Store) []int64 {
	t.Helper()
	var ids []int64
	if err := s.EachCustomer(context.Background(), store.Scope{}, func(c model.Customer) error {
		ids = append(ids, c.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return ids
}
