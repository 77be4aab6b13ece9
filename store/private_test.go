//go:build unix

package store

import (
	"errors"
	"os"
	"testing"

	"guanxi/model"
)

// TestABookReadableByOthersIsMadePrivate: a book others can read (made by hand, copied in under
// another umask) is made the user's alone, with the -shm beside it, and Open says so.
func TestABookReadableByOthersIsMadePrivate(t *testing.T) {
	book := closedBook(t, model.Customer{Name: "王建国"})
	// A -shm left readable by others, by a reader that opened the book elsewhere, say.
	if err := os.WriteFile(book+"-shm", make([]byte, 32768), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{book, book + "-shm"} {
		if err := os.Chmod(f, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	back := mustOpen(t, book)
	if mode, ok := back.Tightened(); !ok || mode != 0o644 {
		t.Errorf("Tightened() = %v %v, want 0644 true", mode, ok)
	}
	for _, suffix := range []string{"", "-shm"} {
		if info, err := os.Stat(book + suffix); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("the book%s is %v (%v), want 0600", suffix, info.Mode().Perm(), err)
		}
	}
	again := mustOpen(t, book)
	if _, ok := again.Tightened(); ok {
		t.Error("a private book was said to be made private")
	}
}

// TestASnapshotFolderOthersCanWriteIsRefused: a copy planted in a snapshot folder others can write
// would be restored as the book; such a folder is neither written nor listed.
func TestASnapshotFolderOthersCanWriteIsRefused(t *testing.T) {
	s, ctx, _ := bookWith(t, model.Customer{Name: "王建国"})
	dir := SnapshotDir(s.Path())
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if _, made, err := s.DailySnapshot(ctx); !errors.Is(err, ErrUnsafeFolder) || made {
		t.Errorf("a snapshot into a folder others can write: made %v, %v", made, err)
	}
	if _, err := Snapshots(s.Path()); !errors.Is(err, ErrUnsafeFolder) {
		t.Errorf("listing a folder others can write: %v", err)
	}
	os.Chmod(dir, 0o700)
	if os.Geteuid() == 0 {
		// Only root can give a folder away; the user nobody owns it then.
		if err := os.Chown(dir, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.DailySnapshot(ctx); !errors.Is(err, ErrUnsafeFolder) {
			t.Errorf("a snapshot into another user's folder: %v", err)
		}
		os.Chown(dir, 0, 0)
	}
	if _, made, err := s.DailySnapshot(ctx); err != nil || !made {
		t.Errorf("once the folder is private: made %v, %v", made, err)
	}
}
