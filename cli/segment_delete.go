package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// newSegmentDeleteCmd is `guanxi segment delete NAME`.
func (c *cli) newSegmentDeleteCmd() *cobra.Command {
	cmd := c.command("segment delete", "NAME", "delete NAME", texts.Segment.DeleteSavedList, func(pos []string) error { return c.runSegmentDelete(pos[0]) })
	cmd.Aliases = []string{"rm", "删除"}
	cmd.Args = c.argsOr(texts.Segment.UsageGuanxiSegment, func(args []string) bool { return len(args) == 1 })
	return cmd
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
