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
		model.Text{Zh: "把一位客户并入另一位，两人的全部记录都保留", En: "merge one customer into another, keeping every record of both"},
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
			return c.usagef("两个 REF 是同一位客户", "both REFs name the same customer")
		}
		merged, err := s.MergeCustomers(c.ctx, keep.ID, drop.ID, c.lang)
		if err != nil {
			return c.errorf("合并失败，客户簿没有改动：%v", "the merge failed and the book was not changed: %v", err)
		}
		fmt.Fprintln(c.stdout, c.trf("已把 %s（编号 %d）并入 %s（编号 %d）：两人的联系人、往来记录、成交、提醒、投诉和性格类型都在这位客户名下。",
			"Merged %s (id %d) into %s (id %d): the contacts, logged contacts, deals, reminders, complaints and personality types of both are now this customer's.",
			model.SanitizeLine(drop.Name), drop.ID, model.SanitizeLine(merged.Name), merged.ID))
		return nil
	})
}
