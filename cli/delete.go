package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strconv"

	"github.com/spf13/cobra"
)

// deleteOptions is what `guanxi delete` was asked for.
type deleteOptions struct {
	Ref string // the REF argument
}

// newDeleteCmd is `guanxi delete REF`.
func (c *cli) newDeleteCmd() *cobra.Command {
	opts := &deleteOptions{}
	cmd := c.command("delete", "REF", "delete REF",
		texts.Trash.DeleteShort, c.takeArg(&opts.Ref, func() error { return c.runDelete(opts) }))

	return cmd
}

// runDelete runs `guanxi delete` as opts asks.
func (c *cli) runDelete(opts *deleteOptions) error {
	return c.onCustomer(opts.Ref, func(s *store.Store, cu model.Customer) error {
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
