package replica

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"guanxi/store"
)

// When guanxi opens a book whose replica moved since this machine last saw it: the book here only
// lags behind (bringUp), or both were written apart (diverge).

// bringUp puts the replica's book in place of the one here, which only lags behind it. The book
// here is kept in its snapshot folder first.
func (s *Session) bringUp(ctx context.Context, pos Position) error {
	tmp := scratchPath(s.opts.Book, "replica")
	defer os.Remove(tmp)
	if err := Restore(ctx, s.target, tmp, time.Time{}); err != nil {
		return err
	}
	if _, err := store.Restore(ctx, s.opts.Book, tmp, s.opts.Now()); err != nil {
		return fmt.Errorf("bring the book up to the replica: %w", err)
	}
	// Litestream's record belongs to the old history; it starts afresh from the replica's.
	os.RemoveAll(metaDir(s.opts.Book))
	s.seen(pos, false)
	return nil
}

// diverge handles two histories: the book here goes aside whole, the replica's takes its place,
// and the records changed here since the two last agreed are merged into it.
func (s *Session) diverge(ctx context.Context, pos Position) error {
	since := s.st.forkTime()
	aside := divergedPath(s.opts.Book, s.opts.Machine, s.opts.Now())
	local, err := store.Open(s.opts.Book, store.WithClock(s.opts.Now))
	if err != nil {
		return err
	}
	err = local.Backup(ctx, aside, false)
	local.Close()
	if err != nil {
		return fmt.Errorf("keep the book here aside: %w", err)
	}
	if err := s.bringUp(ctx, pos); err != nil {
		return err
	}
	book, err := store.Open(s.opts.Book, store.WithClock(s.opts.Now))
	if err != nil {
		return err
	}
	defer book.Close()
	sum, err := book.MergeDiverged(ctx, aside, since, s.opts.Lang)
	if err != nil {
		return fmt.Errorf("merge the book kept aside (%s): %w", aside, err)
	}
	s.Diverged = &Divergence{Aside: aside, Summary: sum}
	// The merge wrote here: it is shipped as soon as Litestream starts.
	s.seen(pos, true)
	return nil
}

// divergedPath names the copy kept aside: BOOK.diverged-MACHINE-TIME.db beside the book.
func divergedPath(book, machine string, now time.Time) string {
	base := strings.TrimSuffix(book, filepath.Ext(book))
	safe := strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r < 0x20 || r == ':' {
			return '_'
		}
		return r
	}, machine)
	name := fmt.Sprintf("%s.diverged-%s-%s", base, safe, now.Format("20060102-150405"))
	out := name + ".db"
	for i := 2; ; i++ {
		if _, err := os.Lstat(out); errors.Is(err, os.ErrNotExist) {
			return out
		}
		out = fmt.Sprintf("%s-%d.db", name, i)
	}
}

// scratchPath is a file beside the book for a restore on its way into the book.
func scratchPath(book, what string) string {
	return fmt.Sprintf("%s.%s-%d.tmp", book, what, os.Getpid())
}
