package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"guanxi/internal/atomicfile"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrReadOnly is returned when the book, or the folder it lives in, cannot be written. SQLite keeps
// its -wal and -shm files beside the book, so a read-only folder is as read-only as the book. The
// book is refused before SQLite opens it, so nothing is created or changed.
var ErrReadOnly = errors.New("the book cannot be written")

// ErrDamaged is returned when SQLite finds damage in the book. The store checks a book before it
// first writes to it and writes nothing to a damaged one.
var ErrDamaged = errors.New("the book is damaged")

// ErrDiskFull is returned when the disk has no room left for a change; the change is rolled back.
var ErrDiskFull = errors.New("the disk is full")

// ErrDiskIO is returned when the operating system refused to read or write the book; the change
// is rolled back.
var ErrDiskIO = errors.New("the disk refused a read or write of the book")

// ErrBusy is returned when another program held the book for longer than the busy timeout.
var ErrBusy = errors.New("the book is busy in another program")

// Failure says what kind of trouble err is: ErrNotBook, ErrTooNew, ErrReadOnly, ErrDamaged,
// ErrDiskFull, ErrDiskIO or ErrBusy, or nil when it is none of these (a rule of the domain, a
// missing record, a cancelled context …). Callers turn it into a sentence for the user.
func Failure(err error) error {
	if err == nil {
		return nil
	}
	for _, known := range []error{ErrNotBook, ErrTooNew, ErrReadOnly, ErrDamaged, ErrDiskFull, ErrDiskIO, ErrBusy} {
		if errors.Is(err, known) {
			return known
		}
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return nil
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return ErrDamaged
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN:
		return ErrReadOnly
	case sqlite3.SQLITE_FULL:
		return ErrDiskFull
	case sqlite3.SQLITE_IOERR:
		return ErrDiskIO
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return ErrBusy
	}
	return nil
}

// checkWritable refuses an existing book that this user cannot write, or whose folder this user
// cannot write, before SQLite opens it: SQLite would open such a book read-only and leave -wal
// and -shm files beside it that copy its read-only mode and break later writes.
func checkWritable(path string) error {
	if err := canWrite(path); err != nil {
		return fmt.Errorf("%s: %w (%v)", path, ErrReadOnly, err)
	}
	if err := canWrite(filepath.Dir(path)); err != nil {
		return fmt.Errorf("%s: %w: its folder is read-only (%v)", path, ErrReadOnly, err)
	}
	return nil
}

// verifyBeforeWrite runs SQLite's quick check once per open book, before its first write, and
// remembers the outcome: a damaged book is never written, so nothing can make the damage worse.
// On a book of a few thousand customers the check takes milliseconds; it reads every page once.
func (s *Store) verifyBeforeWrite(ctx context.Context) error {
	if err := s.gate.ask(ctx); err != nil {
		return err
	}
	s.verifyMu.Lock()
	defer s.verifyMu.Unlock()
	if s.verified {
		return s.verifyErr
	}
	problems, err := s.quickCheck(ctx)
	switch {
	case err != nil && Failure(err) == ErrDamaged:
		s.verifyErr = fmt.Errorf("%s: %w (%v); nothing was written", s.path, ErrDamaged, err)
	case err != nil:
		return fmt.Errorf("check the book before writing: %w", err) // not remembered: it may pass next time
	case len(problems) > 0:
		s.verifyErr = fmt.Errorf("%s: %w (%s); nothing was written", s.path, ErrDamaged, problems[0])
	}
	s.verified = true
	return s.verifyErr
}

// quickCheck returns what PRAGMA quick_check finds wrong; none means the pages are sound.
func (s *Store) quickCheck(ctx context.Context) ([]string, error) {
	lines, err := readStrings(ctx, s.db, "PRAGMA quick_check")
	return slices.DeleteFunc(lines, func(line string) bool { return line == "ok" }), err
}

// createBook writes a new book whole under a temporary name beside path, 0600 in a 0700 folder
// (made so before SQLite opens it, as SQLite would follow the umask and the -wal and -shm files
// copy the book's mode), and puts it in place only once its schema is complete: a process killed
// while creating a book leaves no file at path that is not yet a book, which the next start would
// refuse. A book another process put there meanwhile is kept, and used.
func createBook(path string) error {
	err := CreateFilled(path, nil)
	if errors.Is(err, ErrExists) {
		return nil
	}
	return err
}

// CreateFilled writes a new book at path, filled by fill (nil: an empty book), whole or not at all:
// the book is made, migrated and filled under a temporary name in the same folder and takes its
// name only when complete, so a run killed halfway leaves no book, never half of one. It never
// replaces a file that is there (ErrExists). opts may give the book fill writes its clock
// (WithClock).
func CreateFilled(path string, fill func(*Store) error, opts ...Option) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		if errors.Is(err, os.ErrPermission) {
			return fmt.Errorf("create the folder for the book %s: %w (%v)", path, ErrReadOnly, err)
		}
		return fmt.Errorf("create the folder for the book %s: %w", path, err)
	}
	err := atomicfile.WritePath(path, atomicfile.Options{}, func(tmp string) error {
		return fillNewBook(path, tmp, fill, openOptions(opts))
	})
	if errors.Is(err, os.ErrPermission) {
		return fmt.Errorf("create the book %s: %w (%v)", path, ErrReadOnly, err)
	}
	return err
}

// fillNewBook makes the schema of a new book in the empty file tmp, fills it, and closes it with
// everything in the file itself (no -wal left, which would not go with it to its name).
func fillNewBook(path, tmp string, fill func(*Store) error, o options) error {
	if err := setPageSize(tmp); err != nil {
		return fmt.Errorf("create the book %s: %w", path, err)
	}
	open := openDB
	if fill != nil {
		open = openToFill
	}
	s, err := open(tmp)
	if err != nil {
		return err
	}
	s.clock = o.clock
	if err := s.migrate(context.Background()); err != nil {
		s.Close()
		return fmt.Errorf("create the book %s: %w", path, err)
	}
	if fill != nil {
		if err := fill(s); err != nil {
			s.Close()
			return err
		}
	}
	if err := s.Close(); err != nil {
		return fmt.Errorf("create the book %s: %w", path, err)
	}
	if fill != nil {
		// Opened as every book is, it takes the write-ahead log for good (the mode is kept in the
		// file), before it takes its name.
		if s, err = openDB(tmp); err == nil {
			err = s.Close()
		}
		if err != nil {
			return fmt.Errorf("create the book %s: %w", path, err)
		}
	}
	if _, err := os.Lstat(tmp + "-wal"); err == nil {
		return fmt.Errorf("create the book %s: it could not be written whole (is the disk full?)", path)
	}
	if err := checkHeader(tmp); err != nil {
		return fmt.Errorf("create the book %s: it could not be written whole: %w", path, err)
	}
	return nil
}

// openToFill opens a new book under its temporary name to be filled: with no journal and no wait
// for the disk, so a large book is written once instead of through the write-ahead log and again
// into the file. A fill that fails or is killed leaves only the temporary file, which never takes
// the book's name; the file is synced whole before it does.
func openToFill(tmp string) (*Store, error) {
	return openDSN(tmp, dsnWith(tmp, "journal_mode(OFF)", "synchronous(OFF)", "foreign_keys(0)"))
}

// checkOwnHeader refuses another program's SQLite database from its header, before SQLite opens
// it: opening it with the book's settings would switch it to WAL mode, which rewrites its header.
// A guanxi book carries the application id from its first step of schema on. Only while a -wal
// file lies beside it may the header on disk be older than the book; SQLite and the schema
// check decide then, and a database in WAL mode is not switched.
func checkOwnHeader(path string, head []byte) error {
	if len(head) >= 72 && binary.BigEndian.Uint32(head[68:72]) == applicationID {
		return nil
	}
	if _, err := os.Lstat(path + "-wal"); err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w (it is another program's database)", path, ErrNotBook)
}
