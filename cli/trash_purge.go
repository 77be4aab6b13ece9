package cli

import (
	"fmt"
	"guanxi/model"
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
		model.Text{Zh: "永久删除回收站里的客户（先询问）", En: "delete the customers in the trash for good (asks first)"}, func([]string) error { return c.runTrashPurge(opts) })
	cmd.Flags().BoolVar(&opts.Yes, "yes", false, c.tr("不再询问，直接永久删除", "delete for good without asking"))
	cmd.Flags().StringVar(&opts.ID, "id", "", c.tr("只删除回收站里的这一位客户 `REF`", "delete only this customer `REF` of the trash"))
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
			fmt.Fprintln(c.stdout, c.tr("回收站是空的，没有要删除的。", "The trash is empty; nothing to delete."))
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
		fmt.Fprintln(c.stdout, c.trf("已永久删除 %d 位客户及其全部记录。", "Deleted %d customers and all their records for good.", n))
		return nil
	})
}
