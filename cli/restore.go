package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strings"

	"github.com/spf13/cobra"
)

// restoreOptions is what `guanxi restore` was asked for.
type restoreOptions struct {
	Ref string // the REF argument
}

// newRestoreCmd is `guanxi restore REF`.
func (c *cli) newRestoreCmd() *cobra.Command {
	opts := &restoreOptions{}
	cmd := c.command("restore", "REF", "restore REF",
		model.Text{Zh: "从回收站恢复客户及其全部记录", En: "bring a customer and all its records back from the trash"}, c.takeArg(&opts.Ref, func() error { return c.runRestore(opts) }))

	return cmd
}

// runRestore runs `guanxi restore` as opts asks.
func (c *cli) runRestore(opts *restoreOptions) error {
	return c.onBookToWrite(func(s *store.Store) error {
		tc, err := c.findTrashed(s, opts.Ref)
		if err != nil {
			return err
		}
		if err := s.RestoreCustomer(c.ctx, tc.ID); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已从回收站恢复 %[1]s（编号 %[2]d）及其 %[3]d 条记录。",
			"Restored %[1]s (id %[2]d) and its %[3]d records from the trash.", model.SanitizeLine(tc.Name), tc.ID, tc.Records))
		return nil
	})
}

// findTrashed resolves REF among the customers in the trash, with a clear error.
func (c *cli) findTrashed(s *store.Store, ref string) (store.TrashedCustomer, error) {
	if strings.TrimSpace(ref) == "" {
		return store.TrashedCustomer{}, c.usagef("REF 不能为空：请给出回收站里客户的编号或姓名", "REF is empty: give the id or name of a customer in the trash")
	}
	tc, err := s.FindTrashed(c.ctx, ref)
	if errors.Is(err, model.ErrNotFound) {
		return tc, c.errorf("回收站里没有“%s”（guanxi trash 列出回收站）", "%q is not in the trash (guanxi trash lists it)", ref)
	}
	return tc, err
}
