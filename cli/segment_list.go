package cli

import (
	"fmt"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// segmentJSON is one saved list of `segment list --json`.
type segmentJSON struct {
	Name      string `json:"name"`
	Query     string `json:"query"`
	Customers int    `json:"customers"`
}

// newSegmentListCmd is `guanxi segment list [--json]`: the saved lists with their counts.
func (c *cli) newSegmentListCmd() *cobra.Command {
	cmd := c.jsonCommand("segment list", "list [--json]", texts.Segment.ListShort, texts.Shared.PrintJSONArray, c.segmentList)
	cmd.Aliases = []string{"ls", "列表"}
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
			fmt.Fprintln(c.stdout, c.t(texts.Segment.NoSavedLists))
			return nil
		}
		t := &table{max: []int{24, 10, 60}}
		t.add(cell{text: c.t(texts.Shared.ListName)}, cell{text: c.t(texts.Segment.Customers)}, cell{text: c.t(texts.Segment.Query)})
		for _, g := range out {
			t.add(txt(g.Name), cell{text: fmt.Sprint(g.Customers)}, txt(g.Query))
		}
		writeTable(c.stdout, t, true)
		return nil
	})
}
