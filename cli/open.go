package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
)

// openToWrite opens the book for a command that writes to it, first taking the day's snapshot
// (one a day, kept beside the book). A snapshot that fails is told on stderr and does not stop
// the command.
func (c *cli) openToWrite() (*store.Store, error) {
	c.writing = true
	s, err := c.open()
	if err != nil {
		return nil, err
	}
	if !c.readOnlyHere() { // another machine holds the book: the write is refused, no snapshot is due
		c.takeSnapshot(c.ctx, s)
	}
	return s, nil
}

// openForCustomer opens the book to write (taking the day's snapshot) and finds the customer that
// ref names; on error nothing is left open.
func (c *cli) openForCustomer(ref string) (*store.Store, model.Customer, error) {
	s, err := c.openToWrite()
	if err != nil {
		return nil, model.Customer{}, err
	}
	cu, err := c.findCustomer(s, ref)
	if err != nil {
		s.Close()
		return nil, model.Customer{}, err
	}
	return s, cu, nil
}

// takeSnapshot takes the day's snapshot of the book if it has none yet.
func (c *cli) takeSnapshot(ctx context.Context, s *store.Store) {
	// A damaged book is said so once, by the command that stops on it.
	if _, _, err := s.DailySnapshot(ctx); err != nil && !errors.Is(err, context.Canceled) && store.Failure(err) != store.ErrDamaged {
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(c.trf("今天的自动快照没有做成：%v", "today's automatic snapshot failed: %v", err)))
	}
}

// snapshotInBackground takes the day's snapshot while the TUI runs, so its first screen does not
// wait for the copy of a large book; the returned function waits for it to finish.
func (c *cli) snapshotInBackground(s *store.Store) func() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.takeSnapshot(c.ctx, s)
	}()
	return func() { <-done }
}
