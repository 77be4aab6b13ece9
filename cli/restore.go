package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// newRestoreCmd is `guanxi restore REF`.
func (c *cli) newRestoreCmd() *cobra.Command {
	return c.command("restore", "REF", "restore REF", texts.Trash.RestoreShort, func(pos []string) error { return c.runRestore(pos[0]) })
}

// runRestore runs `guanxi restore REF`.
func (c *cli) runRestore(ref string) error {
	return c.onBookToWrite(func(s *store.Store) error {
		tc, err := c.findTrashed(s, ref)
		if err != nil {
			return err
		}
		if err := s.RestoreCustomer(c.ctx, tc.ID); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Trash.RestoredWithRecords, model.SanitizeLine(tc.Name), tc.ID, tc.Records))
		return nil
	})
}

// findTrashed resolves REF among the customers in the trash, with a clear error.
func (c *cli) findTrashed(s *store.Store, ref string) (store.TrashedCustomer, error) {
	return findRef(c, ref, s.FindTrashed, texts.Trash.RefEmptyGive, texts.Trash.NotTrashGuanxi)
}
