package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strconv"

	"github.com/spf13/cobra"
)

// newDeleteCmd is `guanxi delete REF`.
func (c *cli) newDeleteCmd() *cobra.Command {
	return c.command("delete", "REF", "delete REF", texts.Trash.DeleteShort, func(pos []string) error { return c.runDelete(pos[0]) })
}

// runDelete runs `guanxi delete REF`.
func (c *cli) runDelete(ref string) error {
	return c.onCustomer(ref, func(s *store.Store, cu model.Customer) error {
		if err := s.DeleteCustomer(c.ctx, cu.ID); err != nil {
			return err
		}
		records := 0
		if tc, err := s.FindTrashed(c.ctx, strconv.FormatInt(cu.ID, 10)); err == nil {
			records = tc.Records
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Trash.MovedWithRecords,
			model.SanitizeLine(cu.Name), cu.ID, records))
		return nil
	})
}
