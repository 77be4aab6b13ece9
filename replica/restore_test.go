package replica

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"guanxi/store"
)

// TestRestoreAsOfATime: a restore with a time gives the book as it was then: what was written
// before, and nothing written after.
func TestRestoreAsOfATime(t *testing.T) {
	url := filepath.Join(t.TempDir(), "nas")
	a := newMachine(t, "laptop")
	a.set(url)
	var between time.Time
	a.run(func(s *Session, st *store.Store) {
		addCustomer(t, st, "张三")
		must(t, s.Sync(context.Background()))
		time.Sleep(1100 * time.Millisecond)
		between = time.Now()
		time.Sleep(1100 * time.Millisecond)
		addCustomer(t, st, "李四")
		must(t, s.Sync(context.Background()))
	})
	then := filepath.Join(t.TempDir(), "then.db")
	must(t, Restore(context.Background(), mustTarget(t, url), then, between))
	withBook(t, then, func(st *store.Store) {
		if !hasCustomer(t, st, "张三") || hasCustomer(t, st, "李四") {
			t.Error("the book restored as of the time between the two writes is not the book of then")
		}
	})
}
