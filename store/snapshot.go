package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"guanxi/internal/atomicfile"
	"guanxi/model"
)

// Automatic snapshots: a copy of the book once a day, kept beside it in BOOK.snapshots/ as
// YYYY-MM-DD.db (0600 files in a 0700 folder), thinned out by model.SnapshotsToKeep; and a copy
// of the book taken before each restore, kept as before-restore-YYYY-MM-DD-HHMMSS.db.

// SnapshotDir is the folder beside the book that holds its snapshots.
func SnapshotDir(book string) string { return book + ".snapshots" }

const (
	snapshotExt         = ".db"
	beforeRestorePrefix = "before-restore-"
	beforeRestoreLayout = "2006-01-02-150405"
)

// SnapshotKindBeforeRestore marks the copy of the book taken before a restore.
const SnapshotKindBeforeRestore model.SnapshotKind = "before_restore"

// Snapshot is one copy of the book in its snapshot folder.
type Snapshot struct {
	Path    string
	Name    string // the file name without .db: a date, or before-restore-…
	On      model.Date
	Kind    model.SnapshotKind
	Size    int64
	ModTime time.Time
}

// DailySnapshot copies the book into its snapshot folder unless today's copy is there already,
// then deletes the daily copies model.SnapshotsToKeep no longer keeps. An empty book is not
// copied. It reports whether a copy was made. The copy is consistent while the book is in use.
func (s *Store) DailySnapshot(ctx context.Context) (Snapshot, bool, error) {
	today := s.Today()
	dir := SnapshotDir(s.path)
	dest := filepath.Join(dir, today.String()+snapshotExt)
	removeAbandonedCopies(dir, s.Now())
	atomicfile.Clean(dir, "")
	if _, err := os.Stat(dest); err == nil {
		return Snapshot{}, false, nil
	}
	// A damaged book is not copied: the copy would keep the damage and push a sound one out.
	if err := s.verifyBeforeWrite(ctx); err != nil {
		return Snapshot{}, false, err
	}
	n, err := s.CountCustomers(ctx)
	if err != nil || n == 0 {
		return Snapshot{}, false, err
	}
	if err := makePrivateDir(dir); err != nil {
		return Snapshot{}, false, err
	}
	// Written whole under a temporary name and renamed (atomicfile), so a copy cut short is never
	// taken for a snapshot. Two commands starting at once each write a copy of their own; the last
	// rename wins, and both copies are whole.
	if err := s.copyTo(ctx, dest, true); err != nil {
		return Snapshot{}, false, fmt.Errorf("take the daily snapshot: %w", err)
	}
	if err := pruneSnapshots(dir); err != nil {
		return Snapshot{}, true, err
	}
	info, err := os.Stat(dest)
	if err != nil {
		return Snapshot{}, true, err
	}
	return Snapshot{Path: dest, Name: today.String(), On: today, Kind: model.SnapshotDaily, Size: info.Size(), ModTime: info.ModTime()}, true, nil
}

// abandonedAfter is how long a partial copy may go unwritten before it is taken for the leftover
// of a process that ended while copying (killed, or the machine turned off): a copy being written
// is touched every moment.
const abandonedAfter = 30 * time.Minute

// removeAbandonedCopies deletes the partial copies (and their journals) that processes of earlier
// versions, cut short, left in the snapshot folder under names of their own: each is a whole
// book's size, and nothing else would remove them. atomicfile.Clean removes today's.
func removeAbandonedCopies(dir string, now time.Time) {
	removeAbandoned(dir, now, func(name string) bool { return strings.HasPrefix(name, ".") && strings.Contains(name, ".partial") })
}

// removeAbandoned deletes the files of dir that left names as left by an earlier run and that no
// one has touched for abandonedAfter; a folder it cannot read is left as it is.
func removeAbandoned(dir string, now time.Time, left func(name string) bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !left(e.Name()) {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > abandonedAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// makePrivateDir makes the folder 0700 if it is not there; one that is there must be the user's
// alone (checkPrivateDir).
func makePrivateDir(dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return checkPrivateDir(dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("make the snapshot folder: %w", err)
	}
	return os.Chmod(dir, 0o700)
}

// snapshotsKept is what the keeping rule (model.SnapshotsToKeep) says of the days of the daily
// snapshots of list; a snapshot taken before a restore is kept apart from the rule.
func snapshotsKept(list []Snapshot) map[model.Date]model.SnapshotKind {
	var dates []model.Date
	for _, sn := range list {
		if sn.Kind != SnapshotKindBeforeRestore {
			dates = append(dates, sn.On)
		}
	}
	return model.SnapshotsToKeep(dates)
}

// pruneSnapshots deletes the daily snapshots the rule no longer keeps.
func pruneSnapshots(dir string) error {
	list, err := listSnapshotDir(dir)
	if err != nil {
		return err
	}
	keep := snapshotsKept(list)
	for _, sn := range list {
		if _, ok := keep[sn.On]; !ok && sn.Kind != SnapshotKindBeforeRestore {
			if err := os.Remove(sn.Path); err != nil {
				return fmt.Errorf("delete an old snapshot: %w", err)
			}
		}
	}
	return nil
}

// Snapshots lists the snapshots of the book at path, newest first, each marked daily, weekly or
// before_restore.
func Snapshots(book string) ([]Snapshot, error) {
	list, err := listSnapshotDir(SnapshotDir(book))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err == nil {
		err = checkPrivateDir(SnapshotDir(book))
	}
	if err != nil {
		return nil, err
	}
	keep := snapshotsKept(list)
	for i := range list {
		if list[i].Kind != SnapshotKindBeforeRestore {
			list[i].Kind = keep[list[i].On]
			if list[i].Kind == "" {
				list[i].Kind = model.SnapshotDaily
			}
		}
	}
	return list, nil
}

// listSnapshotDir reads the snapshot files of a folder, newest first.
func listSnapshotDir(dir string) ([]Snapshot, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Snapshot
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), snapshotExt)
		if !ok || e.IsDir() {
			continue
		}
		sn := Snapshot{Path: filepath.Join(dir, e.Name()), Name: name}
		if stamp, ok := strings.CutPrefix(name, beforeRestorePrefix); ok {
			at, err := time.ParseInLocation(beforeRestoreLayout, stamp, time.Local)
			if err != nil {
				continue
			}
			sn.On, sn.Kind = model.DateOf(at), SnapshotKindBeforeRestore
		} else {
			d, err := model.ParseISODate(name)
			if err != nil || d.String() != name {
				continue
			}
			sn.On = d
		}
		info, err := e.Info()
		if err != nil || info.Size() == 0 {
			continue // an empty file is no book: the leftover of a copy that never began
		}
		sn.Size, sn.ModTime = info.Size(), info.ModTime()
		out = append(out, sn)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].On != out[j].On {
			return out[j].On.Before(out[i].On)
		}
		return out[i].Name > out[j].Name
	})
	return out, nil
}

// FindSnapshot resolves what the user named: a snapshot's name (2026-03-08 or before-restore-…),
// with or without .db, or the path of any book file.
func FindSnapshot(book, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	list, err := Snapshots(book)
	if err != nil {
		return "", err
	}
	for _, sn := range list {
		if sn.Name == strings.TrimSuffix(ref, snapshotExt) {
			return sn.Path, nil
		}
	}
	if info, err := os.Stat(ref); err == nil && !info.IsDir() {
		return ref, nil
	}
	return "", fmt.Errorf("no snapshot is called %q: %w", ref, model.ErrNotFound)
}

// BookInfo is what CheckBookFile finds in a book file.
type BookInfo struct {
	Customers int
	Schema    int
}

// CheckBookFile opens a book file read-only and tells whether it is a sound guanxi book this
// version can open: an SQLite file marked as a book, of a schema not newer than this build's,
// passing SQLite's quick check. The file is not changed.
func CheckBookFile(ctx context.Context, path string) (BookInfo, error) {
	var info BookInfo
	if err := checkIdentity(path); err != nil {
		return info, err
	}
	db, err := sql.Open("sqlite", "file:"+pathURI(path)+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return info, fmt.Errorf("%s: %w (%v)", path, ErrNotBook, err)
	}
	defer db.Close()
	var appID int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil || appID != applicationID {
		return info, fmt.Errorf("%s: %w (it is not marked as a guanxi book)", path, ErrNotBook)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&info.Schema); err != nil {
		return info, fmt.Errorf("%s: %w (%v)", path, ErrNotBook, err)
	}
	if info.Schema > SchemaVersion() {
		return info, fmt.Errorf("%s: %w (book schema %d, this guanxi knows up to %d)", path, ErrTooNew, info.Schema, SchemaVersion())
	}
	var check string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&check); err != nil || check != "ok" {
		return info, fmt.Errorf("%s: %w (%s %v)", path, ErrDamaged, check, err)
	}
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM customers WHERE deleted_at IS NULL").Scan(&info.Customers); err != nil {
		return info, fmt.Errorf("%s: %w (%v)", path, ErrNotBook, err)
	}
	return info, nil
}

// pathURI escapes a file path for an SQLite URI.
func pathURI(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
}

// ErrBookInUse is returned when a restore finds the book open in another program.
var ErrBookInUse = errors.New("the book is open in another program")

// Restore puts a snapshot (or any book file) in place of the book at path. The book must not be
// open anywhere, this process included. Before anything is replaced the current book is copied
// into its snapshot folder, and that copy's path is returned. The snapshot is checked first
// (CheckBookFile); the book is replaced in one rename, so it is never half written.
func Restore(ctx context.Context, book, snapshot string, now time.Time) (string, error) {
	if _, err := CheckBookFile(ctx, snapshot); err != nil {
		return "", err
	}
	if same, _ := SameFile(book, snapshot); same {
		return "", fmt.Errorf("%s is the book itself", snapshot)
	}
	if inUse, err := BookInUse(book); err != nil {
		return "", err
	} else if inUse {
		return "", fmt.Errorf("%s: %w; close it there first", book, ErrBookInUse)
	}
	var saved string
	if _, err := os.Stat(book); err == nil {
		dir := SnapshotDir(book)
		if err := makePrivateDir(dir); err != nil {
			return "", err
		}
		saved = filepath.Join(dir, beforeRestorePrefix+now.Format(beforeRestoreLayout)+snapshotExt)
		if err := copyAside(book, saved); err != nil {
			return "", fmt.Errorf("keep a copy of the book before restoring: %w", err)
		}
	}
	unlock, err := lockBook(book)
	if err != nil {
		return saved, err
	}
	defer unlock()
	if err := replaceFile(book, snapshot); err != nil {
		return saved, err
	}
	return saved, nil
}

// SameFile tells whether two paths name one file (a backup or a snapshot must not be the book).
func SameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}

// copyAside copies the book, and the write-ahead log beside it if there is one, byte for byte to
// dest (and dest-wal), without opening it as a book: a restore is wanted most when the book is
// damaged or cut short, and SQLite would refuse, or write to, such a file.
func copyAside(book, dest string) error {
	if err := copyFile(dest, book, false, nil); err != nil {
		return err
	}
	if info, err := os.Stat(book + "-wal"); err == nil && info.Size() > 0 {
		return copyFile(dest+"-wal", book+"-wal", false, nil)
	}
	return nil
}

// copyFile copies src byte for byte to dst, a private file written whole (atomicfile); then, before
// the copy takes dst's name, it runs beforeRename (when not nil).
func copyFile(dst, src string, replace bool, beforeRename func()) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("read %s: %w", src, err)
	}
	defer in.Close()
	return atomicfile.Write(dst, atomicfile.Options{Replace: replace}, func(f *os.File) error {
		if _, err := io.Copy(f, in); err != nil {
			return fmt.Errorf("copy %s to %s: %w", src, dst, err)
		}
		if beforeRename != nil {
			beforeRename()
		}
		return nil
	})
}

// replaceFile puts a private copy of src in place of dst in one rename. A write-ahead log left
// beside dst belongs to the old book: it goes once the copy is complete, just before the rename
// (the book is locked meanwhile, and its copy aside kept the log).
func replaceFile(dst, src string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return err
	}
	if err := copyFile(dst, src, true, func() { os.Remove(dst + "-wal") }); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}
