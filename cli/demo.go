package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// demoOptions is what `guanxi demo` was asked for.
type demoOptions struct {
	Size int
}

// newDemoCmd is `guanxi demo --size N --db PATH`.
func (c *cli) newDemoCmd() *cobra.Command {
	opts := &demoOptions{}
	cmd := c.command("demo", "", "demo --size N --db PATH",
		texts.Demo.Short, func([]string) error { return c.runDemo(opts) })
	cmd.Flags().IntVar(&opts.Size, "size", 0, c.t(texts.Demo.HowManyCustomers))
	return cmd
}

// runDemo runs `guanxi demo` as opts asks.
func (c *cli) runDemo(opts *demoOptions) error {
	if opts.Size < 1 || opts.Size > 1_000_000 {
		return c.usagef(texts.Demo.GiveSizeBetween)
	}
	path := c.dbFlag
	if path == "" {
		path = c.env("GUANXI_DB")
	}
	if path == "" {
		return c.usagef(texts.Demo.GiveNewBook)
	}
	if _, err := os.Lstat(path); err == nil {
		return c.errorf(texts.Demo.AlreadyExistsSample, path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return c.errorf(texts.Demo.CannotUse, path, err)
	}
	if c.env("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(demoGCPercent))
	}
	// The book is generated under a temporary name and takes its own only when complete: a run
	// stopped halfway leaves no book, never part of one.
	err := c.longRun(false, demoWriting, demoCancelled, func(ctx context.Context, t *tracker) error {
		return store.CreateFilled(path, func(s *store.Store) error {
			o := sampleOptions(opts.Size, c.today())
			o.Progress = func(n int) { t.count(int64(n), int64(opts.Size)) }
			o.Indexing = func() { t.step(demoIndexing.In(c.lang)) }
			return sample.Fill(ctx, s, o)
		}, store.WithClock(c.now))
	})
	if errors.Is(err, errCancelled) {
		return err
	}
	if errors.Is(err, store.ErrExists) {
		return c.errorf(texts.Demo.AlreadyExistsSample, path)
	}
	if store.Failure(err) != nil {
		return c.openError(path, err)
	}
	if err != nil {
		return c.errorf(texts.Shared.WritingSampleBook, err)
	}
	fmt.Fprintln(c.stdout, c.tf(texts.Demo.WroteSampleBook, opts.Size, model.SanitizeLine(path)))
	return nil
}

// demoGCPercent is the collector's GOGC while a book is generated. What stays live is small (about
// 11 MB at 100,000 customers: the records in flight and the figures of the customers) while about
// 2 GB is allocated and dropped on the way, so at the default of 100 the collector ran about 230
// times, each time stopping the three busy goroutines, for a fifth of the processor time; at 200 it
// runs half as often, for about 10 MB more at the peak (docs/PERFORMANCE.md).
const demoGCPercent = 200

// The steps of `guanxi demo` in its line of progress, and what a cancelled one leaves.
var (
	demoWriting   = texts.Demo.WritingSampleBook
	demoIndexing  = texts.Demo.WritingSampleBookBuilding
	demoCancelled = texts.Demo.CancelledNoBook
)

// sampleOptions are the options of a generated book of n customers; a large one gets the
// benchmark's proportions of logged contacts, deals and reminders.
func sampleOptions(n int, today model.Date) sample.Options {
	return sample.Options{Customers: n, Seed: 1, Today: today, Scale: n > 1000}
}
