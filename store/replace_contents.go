package store

import (
	"context"
	"fmt"
	"modernc.org/sqlite"
)

// ReplaceContents makes the open book a page-for-page copy of the book file src, in one step that
// SQLite's backup API runs under the book's write lock: every other connection and process sees
// the old book or the new one, never half of each, and sees it as a change (DataVersion moves),
// so an open view reloads. Replication uses it to follow a book another machine writes. src is
// checked first (CheckBookFile) and not changed.
func (s *Store) ReplaceContents(ctx context.Context, src string) error {
	if _, err := CheckBookFile(ctx, src); err != nil {
		return err
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("replace the book: %w", err)
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(string) (*sqlite.Backup, error)
		})
		if !ok {
			return fmt.Errorf("replace the book: the driver has no backup API")
		}
		b, err := r.NewRestore(fileURI(src) + "?mode=ro")
		if err != nil {
			return fmt.Errorf("replace the book from %s: %w", src, err)
		}
		for {
			more, err := b.Step(-1)
			if err != nil {
				b.Finish()
				return fmt.Errorf("replace the book from %s: %w", src, err)
			}
			if !more {
				break
			}
		}
		if err := b.Finish(); err != nil {
			return fmt.Errorf("replace the book from %s: %w", src, err)
		}
		return nil
	})
}
