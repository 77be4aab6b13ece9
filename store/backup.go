package store

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// Backup writes a consistent copy of the book to dest, safe while the book is open elsewhere. It
// refuses to overwrite an existing file unless force is set. The copy is 0600 like the book.
func (s *Store) Backup(ctx context.Context, dest string, force bool) error {
	if _, err := os.Stat(dest); err == nil {
		if !force {
			return fmt.Errorf("%s already exists: choose another name or pass --force", dest)
		}
		if err := os.Remove(dest); err != nil {
			return fmt.Errorf("replace %s: %w", dest, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("back up to %s: %w", dest, err)
	}
	return s.copyTo(ctx, dest)
}

// copyTo writes a snapshot with VACUUM INTO into a new 0600 file: created by us first because
// SQLite would create it with the umask's mode, and VACUUM INTO accepts an empty target.
func (s *Store) copyTo(ctx context.Context, dest string) error {
	f, err := os.OpenFile(dest, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("create %s: %w", dest, err)
	}
	f.Close()
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", dest); err != nil {
		os.Remove(dest)
		return fmt.Errorf("copy the book to %s: %w", dest, err)
	}
	return nil
}
