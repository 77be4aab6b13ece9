// Package atomicfile writes a file whole or not at all: every file guanxi writes as a whole (a
// backup, a snapshot, the copies kept before a restore or an upgrade, an export, a new book) is
// made under a temporary name in the folder of its final name, flushed to disk, and only then
// given that name in one rename, so a reader finds the old file or the complete new one, never a
// part. A temporary file is locked while it is written; one found unlocked is the leftover of a
// run that was killed, and Clean removes it.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrExists is returned when the file is there and replacing it was not asked for.
var ErrExists = errors.New("the file exists")

// partialMark is in the name of every temporary file, after the final name: ".NAME.partial-RANDOM".
const partialMark = ".partial-"

// Options say how a file is written.
type Options struct {
	// Replace lets the new file take the place of one already there (a dangling link counts as
	// one); without it an existing name is refused with ErrExists.
	Replace bool
	// Perm is the new file's mode; zero means 0600, since what guanxi writes is private business data.
	Perm fs.FileMode
}

// Write makes the file at path from what fill writes into the open temporary file.
func Write(path string, o Options, fill func(*os.File) error) error {
	return write(path, o, func(f *os.File, _ string) error { return fill(f) })
}

// WritePath makes the file at path with fill, which writes the temporary file by its name (SQLite's
// VACUUM INTO, a new book). Any -wal, -shm or -journal file fill leaves beside it is removed.
func WritePath(path string, o Options, fill func(tmp string) error) error {
	return write(path, o, func(_ *os.File, tmp string) error { return fill(tmp) })
}

func write(path string, o Options, fill func(*os.File, string) error) error {
	if o.Perm == 0 {
		o.Perm = 0o600
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if !o.Replace {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
	}
	if info, err := os.Lstat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s is a folder", path)
	}
	Clean(dir, base)
	f, err := createLocked(dir, base)
	if err != nil {
		return folderError(path, dir, err)
	}
	tmp := f.Name()
	defer func() {
		f.Close() // after fill is done with the file: closing it drops the lock
		removeWithCompanions(tmp)
	}()
	if err := f.Chmod(o.Perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := fill(f, tmp); err != nil {
		return err
	}
	// The data reaches the disk before the name does, whoever wrote it into the file.
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := place(tmp, path, o.Replace); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// createLocked makes a new temporary file in dir for base and locks it. Another process's Clean
// must never find it in the moment between being made and being locked, when it looks abandoned:
// both hold the folder's lock, this one shared (writers do not wait for each other), Clean's
// exclusive.
func createLocked(dir, base string) (*os.File, error) {
	defer holdFolder(dir, false)()
	f, err := os.CreateTemp(dir, "."+base+partialMark+"*")
	if err != nil {
		return nil, err
	}
	if testHookCreated != nil {
		testHookCreated(f.Name())
	}
	if err := lock(f); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return f, nil
}

// testHookCreated, when a test sets it, runs between a temporary file's making and its locking.
var testHookCreated func(tmp string)

// place gives the complete temporary file its final name: renamed over an old file when replacing,
// else linked, which never takes the place of a file another process put there meanwhile.
func place(tmp, path string, replace bool) error {
	if replace {
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	// A file system without hard links: the name was free a moment ago.
	if _, lerr := os.Lstat(path); lerr == nil {
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// folderError says why no file could be made in dir, naming the user's path, not a temporary one.
func folderError(path, dir string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("write %s: the folder %s does not exist", path, filepath.Clean(dir))
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("write %s: the folder %s cannot be written", path, filepath.Clean(dir))
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("write %s: %w", path, err)
}

// syncDir flushes a folder, so a rename in it survives a power cut.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// companions are the files SQLite keeps beside a database, and the scratch file a book written
// whole has beside it while a second connection writes part of it (store's side): each lives and
// goes with its database, never taken for a leftover while that is being written.
var companions = []string{"", "-wal", "-shm", "-journal", "-side"}

func removeWithCompanions(path string) {
	for _, suffix := range companions {
		os.Remove(path + suffix)
	}
}

// IsPartial tells whether a file name is one of a file still being written, or left by a run that
// was killed while writing it: never a file to list or read.
func IsPartial(name string) bool {
	return strings.HasPrefix(name, ".") && strings.Contains(name, partialMark)
}

// Clean removes from dir the temporary files of files whose names begin with prefix (all of them,
// for an empty prefix) that no running process is writing: leftovers of a run that was killed.
func Clean(dir, prefix string) {
	defer holdFolder(dir, true)()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !IsPartial(name) || !strings.HasPrefix(name, "."+prefix) {
			continue
		}
		i := strings.LastIndex(name, partialMark)
		stem := name[:i+len(partialMark)]
		rest := name[i+len(partialMark):]
		// A companion of SQLite goes with its database, when that is gone or abandoned.
		for _, suffix := range companions[1:] {
			if r, ok := strings.CutSuffix(rest, suffix); ok {
				if _, err := os.Lstat(filepath.Join(dir, stem+r)); errors.Is(err, fs.ErrNotExist) {
					os.Remove(filepath.Join(dir, name))
				}
				rest = ""
				break
			}
		}
		if rest == "" {
			continue
		}
		full := filepath.Join(dir, name)
		if abandoned(full) {
			removeWithCompanions(full)
		}
	}
}
