package cli

import (
	"fmt"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// trashPurgeOptions is what `guanxi trash purge` was asked for.
type trashPurgeOptions struct {
	ID  string // only this customer of the trash, by id or name
	Yes bool   // do not ask first
}

// newTrashPurgeCmd is `guanxi trash purge [--id REF] [--yes]`: the trash deleted for good.
func (c *cli) newTrashPurgeCmd() *cobra.Command {
	opts := &trashPurgeOptions{}
	cmd := c.command("trash purge", "", "purge [--id REF] [--yes]",
		texts.Trash.PurgeShort, func([]string) error { return c.runTrashPurge(opts) })
	cmd.Flags().BoolVar(&opts.Yes, "yes", false, c.t(texts.Trash.DeleteGoodWithout))
	cmd.Flags().StringVar(&opts.ID, "id", "", c.t(texts.Trash.DeleteOnlyThis))
	return cmd
}

// runTrashPurge deletes the trash, or one customer of it, for good, after asking.
func (c *cli) runTrashPurge(opts *trashPurgeOptions) error {
	return c.onBookToWrite(func(s *store.Store) error { // a purge cannot be undone: the day's snapshot comes first
		trash, err := s.Trash(c.ctx)
		if err != nil {
			return err
		}
		if opts.ID != "" {
			tc, err := c.findTrashed(s, opts.ID)
			if err != nil {
				return err
			}
			trash = []store.TrashedCustomer{tc}
		}
		if len(trash) == 0 {
			fmt.Fprintln(c.stdout, c.t(texts.Trash.TrashEmptyNothing))
			return nil
		}
		if !opts.Yes {
			if err := c.confirmPurge(trash); err != nil {
				return err
			}
		}
		var ids []int64
		for _, tc := range trash {
			ids = append(ids, tc.ID)
		}
		n, err := s.PurgeTrash(c.ctx, ids)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Trash.DeletedCustomersAll, n))
		return nil
	})
}
