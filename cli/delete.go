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
		model.Text{Zh: "把客户连同全部记录移到回收站（可恢复）", En: "move a customer with all its records to the trash (it can be restored)"}, c.takeArg(&opts.Ref, func() error { return c.runDelete(opts) }))

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
		fmt.Fprintln(c.stdout, c.trf("已把 %[1]s（编号 %[2]d）及其 %[3]d 条记录移到回收站。撤销：guanxi restore %[2]d",
			"Moved %[1]s (id %[2]d) and its %[3]d records to the trash. Undo: guanxi restore %[2]d",
			model.SanitizeLine(cu.Name), cu.ID, records))
		return nil
	})
}
