// Package store keeps a guanxi book in one SQLite file: it opens and migrates the file, and reads
// and writes customers and their records as model types. No other package writes SQL.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	"guanxi/model"

	_ "modernc.org/sqlite" // registers the pure-Go driver "sqlite"
)

// Store is an open book.
type Store struct {
	db   *sql.DB
	path string
	// watch is one connection kept open for PRAGMA data_version, which counts commits made by
	// every other connection and so only means something when asked of the same connection.
	watch *sql.Conn
	// watchMu guards watch: the TUI asks for the data version from several commands at once.
	watchMu sync.Mutex
	// clock is the book's clock, given to Open (WithClock) and read through Now.
	clock func() time.Time
	// verified, verifyErr: the check before the first write has run, and what it found.
	verifyMu  sync.Mutex
	verified  bool
	verifyErr error
	// reads are the prepared statements of the reads run most often.
	reads preparedReads
	// gate, when set, is asked before every write (see SetWriteGate).
	gate writeGate
	// tightened is the mode the book had when Open made it private; zero when it was private.
	tightened os.FileMode
	// CopyProgress, when set, is told how far a copy of the whole book is (a backup, the day's
	// snapshot): bytes written of about total, every fifth of a second, from a goroutine of its own.
	CopyProgress func(done, total int64)
}

// Tightened tells whether Open found the book readable by others and made it, and the -wal and
// -shm beside it, readable by the user alone (0600), and the mode it had: the user is to be told.
func (s *Store) Tightened() (os.FileMode, bool) { return s.tightened, s.tightened != 0 }

// ErrNotBook is returned for a file that is not a guanxi book (or is damaged); the file is not touched.
var ErrNotBook = errors.New("not a guanxi book")

// ErrTooNew is returned for a book written by a newer guanxi; the file is not touched.
var ErrTooNew = errors.New("book is from a newer version of guanxi")

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// DefaultPath returns where the user's book lives: $XDG_DATA_HOME/guanxi/guanxi.db, else
// ~/.local/share/guanxi/guanxi.db.
func DefaultPath() (string, error) {
	if dir := os.Getenv("XDG_DATA_HOME"); dir != "" {
		return filepath.Join(dir, "guanxi", "guanxi.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the home folder for the book: %w", err)
	}
	return filepath.Join(home, ".local", "share", "guanxi", "guanxi.db"), nil
}

// Open opens the book at path, creating it (0600 in a 0700 folder) when no file is there, and
// brings its schema up to date. A file that is not a book, is damaged or is from a newer version is
// refused without being written. opts may give it a clock (WithClock).
func Open(path string, opts ...Option) (*Store, error) {
	o := openOptions(opts)
	cleanLeftovers(path, o.clock())
	var tightened os.FileMode
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := createBook(path); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("open the book %s: %w", path, err)
	case info.IsDir():
		return nil, fmt.Errorf("open the book %s: it is a folder: %w", path, ErrNotBook)
	case !info.Mode().IsRegular():
		// A pipe or a device would make the first read wait for ever, or read what is no book.
		return nil, fmt.Errorf("open the book %s: it is not a regular file: %w", path, ErrNotBook)
	default:
		if err := checkIdentity(path); err != nil {
			return nil, err
		}
		if err := checkWritable(path); err != nil {
			return nil, err
		}
		tightened = tightenBook(path, info)
	}
	s, err := openDB(path)
	if err != nil {
		return nil, err
	}
	s.clock = o.clock
	s.tightened = tightened
	if err := s.migrate(context.Background()); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// checkHeader refuses a file that is not an SQLite database before the driver can write to it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open the book %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head[:len(sqliteHeader)], sqliteHeader) {
		return fmt.Errorf("%s: %w (it is not an SQLite file)", path, ErrNotBook)
	}
	return checkOwnHeader(path, head)
}

// dsn puts every pragma in the connection string so each pooled connection gets them, and makes
// every transaction begin IMMEDIATE so a read that later writes never fails with SQLITE_BUSY.
func dsn(path string) string {
	return dsnWith(path, "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)")
}

// dsnWith is dsn with the journal, sync and foreign key settings given.
func dsnWith(path string, journal, sync, foreignKeys string) string {
	v := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", journal, foreignKeys, sync} {
		v.Add("_pragma", p)
	}
	v.Set("_txlock", "immediate")
	return fileURI(path) + "?" + v.Encode()
}

// fileURI is the path as an SQLite file: URI, escaped, so a '?', '#' or '%' in a folder's name is
// read as part of the path.
func fileURI(path string) string { return "file:" + (&url.URL{Path: path}).EscapedPath() }

func openDB(path string) (*Store, error) {
	return openDSN(path, dsn(path))
}

// openDSN opens the book at path through the connection string source.
func openDSN(path, source string) (*Store, error) {
	db, err := sql.Open("sqlite", source)
	if err != nil {
		return nil, fmt.Errorf("open the book %s: %w", path, err)
	}
	// A laptop book has one user; a few connections let reads run beside one writer.
	db.SetMaxOpenConns(4)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w (%v)", path, ErrNotBook, err)
	}
	return &Store{db: db, path: path, clock: time.Now}, nil
}

// Close closes the book.
func (s *Store) Close() error {
	s.closeReads()
	if s.watch != nil {
		s.watch.Close()
	}
	return s.db.Close()
}

// Path returns the file the book lives in.
func (s *Store) Path() string { return s.path }

// Today returns the local calendar date by the store's clock.
func (s *Store) Today() model.Date { return model.DateOf(s.Now()) }

// tx runs fn in one write transaction and commits it, or rolls it back on error.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	if err := s.verifyBeforeWrite(ctx); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin a change: %w", err)
	}
	return endChange(tx, fn(tx))
}

// endChange ends a write transaction whose work returned err: commits it when the work went well,
// or rolls it back and returns err.
func endChange(tx *sql.Tx, err error) error {
	if err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save the change: %w", err)
	}
	return nil
}

// DataVersion returns a number that changes when another connection or process commits to the
// book, so a view can reload what someone else changed.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	s.watchMu.Lock()
	defer s.watchMu.Unlock()
	if s.watch == nil {
		conn, err := s.db.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("watch the book for changes: %w", err)
		}
		s.watch = conn
	}
	var v int64
	err := s.watch.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v)
	return v, err
}
