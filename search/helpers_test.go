package search

import (
	"testing"
	"time"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
)

// fixedNow is the clock of the books the tests write.
var fixedNow = time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)

// openTemp opens a new book in the test's temporary folder, its clock at fixedNow.
func openTemp(t testing.TB) *store.Store {
	t.Helper()
	return testbook.Open(t, testbook.At(fixedNow))
}

// addCustomer adds c to the book and returns it with its id.
func addCustomer(t testing.TB, s *store.Store, c model.Customer) model.Customer {
	t.Helper()
	testbook.AddCustomers(t, s, &c)
	return c
}
