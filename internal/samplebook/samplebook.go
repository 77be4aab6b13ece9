// Package samplebook opens the generated books the tests of other packages read: a new book in the
// test's own temporary folder, on a clock the test sets, filled by the sample generator. It stands
// apart from testbook because the sample package's own tests open their books through testbook, and
// a testbook that imported sample would make their imports a cycle. Only tests import it.
package samplebook

import (
	"context"
	"testing"
	"time"

	"guanxi/internal/testbook"
	"guanxi/sample"
	"guanxi/store"
)

// Open opens a new book on clock and fills it by sample.Fill with o; a book that does not open or
// fill fails the test. The book is closed when the test ends.
func Open(t testing.TB, clock func() time.Time, o sample.Options) *store.Store {
	t.Helper()
	s := testbook.Open(t, clock)
	if err := sample.Fill(context.Background(), s, o); err != nil {
		t.Fatal(err)
	}
	return s
}
