package store

import (
	"os"
	"path/filepath"
	"testing"
)

// The temporary files an earlier version left beside the book, a new book's or a restore's, are
// removed once untouched for a while; a fresh one, and a file of another book, stay.
func TestLeftoversOfEarlierVersionsAreRemoved(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "guanxi.db")
	now := fixedNow
	files := map[string]bool{ // name: removed
		".guanxi.db.new-4242":     true,
		".guanxi.db.restore-4242": true,
		".guanxi.db.new-4343":     false, // fresh
		".other.db.new-4242":      false,
	}
	for name := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("half a book"), 0o600); err != nil {
			t.Fatal(err)
		}
		at := now.Add(-2 * abandonedAfter)
		if name == ".guanxi.db.new-4343" {
			at = now
		}
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
	}
	cleanLeftovers(book, now)
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := os.IsNotExist(err); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
}
