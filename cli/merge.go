package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// mergeOptions is what `guanxi merge` was asked for.
type mergeOptions struct {
	Keep   string // the KEEP argument
	Merged string // the MERGED argument
}

// newMergeCmd is `guanxi merge KEEP MERGED`.
func (c *cli) newMergeCmd() *cobra.Command {
	opts := &mergeOptions{}
	return c.command("merge", "KEEP MERGED", "merge KEEP MERGED",
		texts.Duplicates.MergeShort,
		func(pos []string) error {
			opts.Keep, opts.Merged = pos[0], pos[1]
			return c.runMerge(opts)
		})
}

// runMerge runs `guanxi merge` as opts asks.
func (c *cli) runMerge(opts *mergeOptions) error {
	return c.onBookToWrite(func(s *store.Store) error {
		keep, err := c.findCustomer(s, opts.Keep)
		if err != nil {
			return err
		}
		drop, err := c.findCustomer(s, opts.Merged)
		if err != nil {
			return err
		}
		if keep.ID == drop.ID {
			return c.usagef(texts.Duplicates.BothRefsName)
		}
		merged, err := s.MergeCustomers(c.ctx, keep.ID, drop.ID, c.lang)
		if err != nil {
			return c.errorf(texts.Duplicates.MergeFailedBook, err)
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Duplicates.MergedIDInto,
			model.SanitizeLine(drop.Name), drop.ID, model.SanitizeLine(merged.Name), merged.ID))
		return nil
	})
}
