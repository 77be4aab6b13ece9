package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// newSegmentDeleteCmd is `guanxi segment delete NAME`.
func (c *cli) newSegmentDeleteCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "delete NAME",
		Aliases: []string{"rm", "删除"},
		Short:   c.tr("删除一个保存的列表", "delete a saved list"),
		Args: func(cmd *cobra.Command, args []string) error {
			if err := c.prepare(cmd); err != nil {
				return err
			}
			if len(args) != 1 {
				return c.usagef("用法：guanxi segment delete 名称", "usage: guanxi segment delete NAME")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error { return c.runSegmentDelete(args[0]) },
	}
}

// runSegmentDelete deletes the saved list called name.
func (c *cli) runSegmentDelete(name string) error {
	return c.onBookToWrite(func(s *store.Store) error {
		if err := s.DeleteSegment(c.ctx, name); err != nil {
			return c.segmentError(name, err)
		}
		fmt.Fprintln(c.stdout, c.trf("已删除列表“%s”", "deleted the list %q", model.SanitizeLine(name)))
		return nil
	})
}
