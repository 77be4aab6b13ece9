package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/internal/foldertest"
)

func writeString(path, s string, o Options) error {
	return Write(path, o, func(f *os.File) error {
		_, err := f.WriteString(s)
		return err
	})
}

// leftovers lists the temporary files in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	return foldertest.Names(t, dir, IsPartial)
}

func TestWriteIsWholeOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "backup.db")
	if err := writeString(path, "first", Options{}); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("the file is %v, want 0600", info.Mode().Perm())
	}
	if err := writeString(path, "second", Options{}); !errors.Is(err, ErrExists) {
		t.Errorf("an existing file without Replace: %v", err)
	}
	// A fill that fails leaves the old file as it was, and no temporary file.
	boom := errors.New("disk full")
	err := Write(path, Options{Replace: true}, func(f *os.File) error {
		f.WriteString("half")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("the fill's error should come back: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "first" {
		t.Errorf("a failed write changed the old file to %q", got)
	}
	if err := writeString(path, "second", Options{Replace: true}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "second" {
		t.Errorf("the file holds %q", got)
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("temporary files left: %v", l)
	}
}

func TestWriteRefusesADanglingLinkUnlessReplacing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := os.Symlink(filepath.Join(dir, "gone"), path); err != nil {
		t.Skip(err)
	}
	if err := writeString(path, "x", Options{}); !errors.Is(err, ErrExists) {
		t.Errorf("a dangling link is a name in use: %v", err)
	}
	if err := writeString(path, "x", Options{Replace: true}); err != nil {
		t.Errorf("replacing a dangling link: %v", err)
	}
}

func TestWriteNamesTheUsersPathWhenTheFolderIsMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no-such-folder", "out.json")
	err := writeString(path, "x", Options{})
	if err == nil || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), partialMark) {
		t.Errorf("the message should name %s and no temporary file: %v", path, err)
	}
}

func TestWritePathRemovesWhatSQLiteLeavesBeside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "book.db")
	err := WritePath(path, Options{}, func(tmp string) error {
		os.WriteFile(tmp+"-journal", []byte("j"), 0o600)
		return os.WriteFile(tmp, []byte("book"), 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("files left beside: %v", l)
	}
}

// TestCleanRemovesOnlyAbandonedFiles: a temporary file no process writes is a leftover; one being
// written (locked) is not.
func TestCleanRemovesOnlyAbandonedFiles(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".book.db.partial-111")
	os.WriteFile(stale, nil, 0o600)
	os.WriteFile(stale+"-wal", nil, 0o600)
	orphan := filepath.Join(dir, ".book.db.partial-222-shm")
	os.WriteFile(orphan, nil, 0o600)
	other := filepath.Join(dir, ".notes.txt.partial-333")
	os.WriteFile(other, nil, 0o600)
	err := Write(filepath.Join(dir, "book.db"), Options{}, func(f *os.File) error {
		Clean(dir, "book.db") // from the writing process itself, as a second writer would
		if _, err := os.Stat(f.Name()); err != nil {
			t.Errorf("a file being written was removed: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{stale, stale + "-wal", orphan} {
		if _, err := os.Stat(gone); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s should be removed", filepath.Base(gone))
		}
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another file's leftover is cleaned with that file: %v", err)
	}
	Clean(dir, "")
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("left: %v", l)
	}
}

// TestCleanNeverTakesAFileBeingMade: a second process cleaning the folder at the moment a first
// has made its temporary file but not yet locked it must not remove it (the first process's copy
// would fail halfway, as a daily snapshot taken by two commands at once once did).
func TestCleanNeverTakesAFileBeingMade(t *testing.T) {
	dir := t.TempDir()
	cleaned := make(chan struct{})
	testHookCreated = func(string) {
		go func() {
			Clean(dir, "")
			close(cleaned)
		}()
		// Long enough for the cleaner to have run, were it not held back by the folder's lock.
		time.Sleep(50 * time.Millisecond)
	}
	defer func() { testHookCreated = nil }()
	path := filepath.Join(dir, "2026-12-06.db")
	if err := writeString(path, "whole", Options{}); err != nil {
		t.Fatalf("the write failed: %v", err)
	}
	<-cleaned
	if b, err := os.ReadFile(path); err != nil || string(b) != "whole" {
		t.Errorf("the file is %q, %v", b, err)
	}
}
