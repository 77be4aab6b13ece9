// Package testbook opens the books the tests of other packages write through the store: a new
// book in the test's own temporary folder, on a clock the test sets, closed when the test ends.
// The store's own tests, which cannot import a package that imports the store, keep theirs.
package testbook

import (
	"path/filepath"
	"testing"
	"time"

	"guanxi/store"
)

// At is a clock that always reads now.
func At(now time.Time) func() time.Time { return func() time.Time { return now } }

// Open opens a new, empty book on clock; a book that does not open fails the test.
func Open(t testing.TB, clock func() time.Time) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "book", "guanxi.db"), store.WithClock(clock))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
