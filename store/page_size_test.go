package store

import (
	"context"
	"path/filepath"
	"testing"
)

func bookPageSize(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("PRAGMA page_size").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// A new book has the larger pages; a book made with SQLite's default keeps its own, and works.
func TestNewBookPageSize(t *testing.T) {
	s := openTemp(t)
	if got := bookPageSize(t, s); got != newBookPageSize {
		t.Errorf("a new book has pages of %d bytes, want %d", got, newBookPageSize)
	}
	// A folder whose name an SQLite URI would read otherwise.
	odd := mustOpen(t, filepath.Join(t.TempDir(), "客户 #1?% 簿", "guanxi.db"))
	if got := bookPageSize(t, odd); got != newBookPageSize {
		t.Errorf("a new book in an oddly named folder has pages of %d bytes", got)
	}
	// A book as guanxi made them before: opened in WAL mode from the start, so at 4 KiB.
	o, err := openDB(filepath.Join(t.TempDir(), "old.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if err := o.migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := bookPageSize(t, o); got != 4096 {
		t.Errorf("an older book's pages became %d bytes", got)
	}
	if n, err := o.CountCustomers(context.Background()); err != nil || n != 0 {
		t.Errorf("the older book: %d customers, %v", n, err)
	}
}
