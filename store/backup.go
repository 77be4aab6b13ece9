package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"guanxi/internal/atomicfile"
	"guanxi/internal/tick"
)

// ErrExists is returned by Backup when the file is there and replacing it was not asked for.
var ErrExists = atomicfile.ErrExists

// Backup writes a consistent copy of the book to dest, safe while the book is open elsewhere. It
// refuses to overwrite an existing file (a dangling link included) unless force is set; an old
// file is replaced only by a complete new copy, so a backup cut short leaves the old one whole.
// The copy is 0600 like the book.
func (s *Store) Backup(ctx context.Context, dest string, force bool) error {
	err := s.copyTo(ctx, dest, force)
	if errors.Is(err, ErrExists) {
		return fmt.Errorf("%s already exists: choose another name or pass --force: %w", dest, ErrExists)
	}
	return err
}

// copyTo writes a consistent copy of the book to dest with VACUUM INTO, whole or not at all (see
// atomicfile): into a 0600 temporary file made by us first, as SQLite would create it with the
// umask's mode, and VACUUM INTO accepts an empty target.
func (s *Store) copyTo(ctx context.Context, dest string, replace bool) error {
	return atomicfile.WritePath(dest, atomicfile.Options{Replace: replace}, func(tmp string) error {
		defer s.watchCopy(ctx, tmp)()
		if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
			return fmt.Errorf("copy the book to %s: %w", dest, err)
		}
		return nil
	})
}

// watchCopy tells s.CopyProgress, if set, how large the copy at tmp has grown against the pages
// the book uses, until the returned function is called.
func (s *Store) watchCopy(ctx context.Context, tmp string) (stop func()) {
	progress := s.CopyProgress
	if progress == nil {
		return func() {}
	}
	var total int64
	s.db.QueryRowContext(ctx, "SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, pragma_freelist_count, pragma_page_size").Scan(&total)
	return tick.Every(200*time.Millisecond, func() {
		if info, err := os.Stat(tmp); err == nil {
			progress(info.Size(), total)
		}
	})
}
