//go:build unix

package store

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// SQLite's unix VFS keeps a shared lock on one byte of the -shm file (the "dead man switch", byte
// 128: 120 + 8 lock slots) for as long as a connection has a WAL book open. A write lock on that
// byte is refused while any other process has the book open.
const shmDMS = 128

// BookInUse tells whether another process has the book open. It must not be asked by a process
// that has the book open itself: locks are per process, and closing any descriptor of the file
// would drop the locks SQLite holds on it.
func BookInUse(book string) (bool, error) {
	f, err := os.OpenFile(book+"-shm", os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil // no connection has the book open in WAL mode
	}
	if err != nil {
		return false, fmt.Errorf("look whether the book is in use: %w", err)
	}
	defer f.Close()
	lk := unix.Flock_t{Type: unix.F_WRLCK, Whence: io.SeekStart, Start: shmDMS, Len: 1}
	if err := unix.FcntlFlock(f.Fd(), unix.F_GETLK, &lk); err != nil {
		return false, fmt.Errorf("look whether the book is in use: %w", err)
	}
	return lk.Type != unix.F_UNLCK, nil
}

// lockBook holds the book's dead man switch for writing while it is replaced, so that a guanxi
// starting meanwhile waits (SQLite sees the book busy) instead of opening the old file. It fails
// with ErrBookInUse when another process has the book open.
func lockBook(book string) (func(), error) {
	path := book + "-shm"
	_, statErr := os.Stat(path)
	created := errors.Is(statErr, os.ErrNotExist)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock the book: %w", err)
	}
	lk := unix.Flock_t{Type: unix.F_WRLCK, Whence: io.SeekStart, Start: shmDMS, Len: 1}
	if err := unix.FcntlFlock(f.Fd(), unix.F_SETLK, &lk); err != nil {
		f.Close()
		if created {
			os.Remove(path)
		}
		return nil, fmt.Errorf("%s: %w; close it there first", book, ErrBookInUse)
	}
	// The -shm file stays: a guanxi that opened it meanwhile waits on this very file, and SQLite
	// starts it afresh when the first connection finds no one else holding it.
	return func() { f.Close() }, nil
}
