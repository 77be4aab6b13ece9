package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strings"

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
	if strings.TrimSpace(ref) == "" {
		return store.TrashedCustomer{}, c.usagef(texts.Trash.RefEmptyGive)
	}
	tc, err := s.FindTrashed(c.ctx, ref)
	if errors.Is(err, model.ErrNotFound) {
		return tc, c.errorf(texts.Trash.NotTrashGuanxi, ref)
	}
	return tc, err
}
