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
		Short:   c.t(texts.Segment.DeleteSavedList),
		Args:    c.argsOr(texts.Segment.UsageGuanxiSegment, func(args []string) bool { return len(args) == 1 }),
		RunE:    func(_ *cobra.Command, args []string) error { return c.runSegmentDelete(args[0]) },
	}
}

// runSegmentDelete deletes the saved list called name.
func (c *cli) runSegmentDelete(name string) error {
	return c.onBookToWrite(func(s *store.Store) error {
		if err := s.DeleteSegment(c.ctx, name); err != nil {
			return c.segmentError(name, err)
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Segment.DeletedList, model.SanitizeLine(name)))
		return nil
	})
}
