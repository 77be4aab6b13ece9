package search

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// fixedNow is the clock of the books the tests write.
var fixedNow = time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)

// openTemp opens a new book in the test's temporary folder, its clock at fixedNow.
func openTemp(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "book", "guanxi.db"), store.WithClock(func() time.Time { return fixedNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func addCustomer(t testing.TB, s *store.Store, c model.Customer) model.Customer {
	t.Helper()
	if err := s.AddCustomer(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	return c
}
