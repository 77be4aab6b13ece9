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
		// The first write of the day copies a large book: its progress shows (a small one takes
		// less than the second before progress shows). Killed halfway, the copy is not kept.
		err := c.longRun(false, snapshotWriting, model.Text{}, func(ctx context.Context, t *tracker) error {
			s.CopyProgress = t.count
			defer func() { s.CopyProgress = nil }()
			_, _, err := s.DailySnapshot(ctx)
			return err
		})
		c.reportSnapshot(err)
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
	_, _, err := s.DailySnapshot(ctx)
	c.reportSnapshot(err)
}

// reportSnapshot tells on stderr that the day's snapshot failed, if it did.
func (c *cli) reportSnapshot(err error) {
	// A damaged book is said so once, by the command that stops on it.
	if err != nil && !errors.Is(err, context.Canceled) && store.Failure(err) != store.ErrDamaged {
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(c.tf(texts.Book.TodayAutomaticSnapshot, err)))
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

// snapshotWriting is the step of the day's snapshot in its line of progress.
var snapshotWriting = texts.Book.TakingTodaySnapshot

// onBook opens the book to read, runs read on it and closes it.
func (c *cli) onBook(read func(s *store.Store) error) error {
	return onOpened(c.open, read)
}

// onBookToWrite opens the book to write (taking the day's snapshot), runs write on it and
// closes it.
func (c *cli) onBookToWrite(write func(s *store.Store) error) error {
	return onOpened(c.openToWrite, write)
}

// onOpened opens the book with open, runs run on it and closes it, whatever run returns.
func onOpened(open func() (*store.Store, error), run func(s *store.Store) error) error {
	s, err := open()
	if err != nil {
		return err
	}
	defer s.Close()
	return run(s)
}

// onCustomer opens the book to write, finds the customer ref names, runs write on both and
// closes the book.
func (c *cli) onCustomer(ref string, write func(s *store.Store, cu model.Customer) error) error {
	s, cu, err := c.openForCustomer(ref)
	if err != nil {
		return err
	}
	defer s.Close()
	return write(s, cu)
}
