package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// segmentJSON is one saved list of `segment list --json`.
type segmentJSON struct {
	Name      string `json:"name"`
	Query     string `json:"query"`
	Customers int    `json:"customers"`
}

// segmentListOptions is what `guanxi segment list` was asked for.
type segmentListOptions struct {
	JSON bool
}

// newSegmentListCmd is `guanxi segment list [--json]`: the saved lists with their counts.
func (c *cli) newSegmentListCmd() *cobra.Command {
	opts := &segmentListOptions{}
	cmd := c.command("segment list", "", "list [--json]", model.Text{Zh: "列出保存的列表和各自的人数", En: "the saved lists with how many customers each holds"},
		func([]string) error { return c.segmentList(opts.JSON) })
	cmd.Aliases = []string{"ls", "列表"}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("输出 JSON 数组", "print a JSON array"))
	return cmd
}

func (c *cli) segmentList(asJSON bool) error {
	return c.onBook(func(s *store.Store) error {
		segs, err := s.Segments(c.ctx)
		if err != nil {
			return err
		}
		out := make([]segmentJSON, 0, len(segs))
		for _, g := range segs {
			n, err := s.CountSegment(c.ctx, g.Name)
			if err != nil {
				return fmt.Errorf("%s: %w", g.Name, err)
			}
			out = append(out, segmentJSON{g.Name, g.Query, n})
		}
		if asJSON {
			return c.writeJSON(out)
		}
		if len(out) == 0 {
			fmt.Fprintln(c.stdout, c.tr("还没有保存的列表。用 guanxi segment save 名称 条件 保存一个。",
				"No saved lists yet. Save one with guanxi segment save NAME QUERY."))
			return nil
		}
		t := &table{max: []int{24, 10, 60}}
		t.add(cell{text: c.tr("名称", "NAME")}, cell{text: c.tr("客户数", "CUSTOMERS")}, cell{text: c.tr("条件", "QUERY")})
		for _, g := range out {
			t.add(txt(g.Name), cell{text: fmt.Sprint(g.Customers)}, txt(g.Query))
		}
		writeTable(c.stdout, t, true)
		return nil
	})
}
