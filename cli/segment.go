package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
)

// newSegmentCmd is `guanxi segment`, the parent of the saved lists' commands: list, save, delete.
func (c *cli) newSegmentCmd() *cobra.Command {
	return c.parentCommand("segment", texts.Segment.Short,
		c.newSegmentListCmd(), c.newSegmentSaveCmd(), c.newSegmentDeleteCmd())
}

// segmentError says a saved list is missing in a sentence that tells how to see the others.
func (c *cli) segmentError(name string, err error) error {
	if errors.Is(err, model.ErrNotFound) {
		return c.errorf(texts.Segment.NoSavedList, name)
	}
	return err
}

// queryError prints where a query went wrong, with a caret under the spot, and returns the usage
// error that ends the command.
func (c *cli) queryError(query string, err error) error {
	var qe *model.QueryError
	if !errors.As(err, &qe) {
		return err
	}
	// The caret lines up only under text shown as typed, so a query with control characters gets
	// the sentence alone.
	if line := model.SanitizeLine(query); query != "" && line == query {
		pos := min(qe.Pos, len(query))
		under := max(ansi.StringWidth(query[pos:min(max(qe.End, pos+1), len(query))]), 1)
		fmt.Fprintf(c.stderr, "  %s\n  %s%s\n", line, strings.Repeat(" ", ansi.StringWidth(query[:pos])), strings.Repeat("^", under))
	}
	return c.usagef(texts.Segment.QueryWrongAt,
		len([]rune(query[:min(qe.Pos, len(query))]))+1, qe.Msg.In(c.lang))
}

// segmentFilter reads the saved list of list --segment, or the query of list --where, as a filter.
func (c *cli) segmentFilter(s *store.Store, name, where string) (*store.SegmentFilter, error) {
	var q *model.Query
	switch {
	case name != "":
		_, sq, err := s.SegmentByName(c.ctx, name)
		if err != nil {
			return nil, c.segmentError(name, err)
		}
		q = sq
	case where != "":
		pq, err := model.ParseQuery(where)
		if err != nil {
			return nil, c.queryError(where, err)
		}
		q = pq
	default:
		return nil, nil
	}
	f, err := s.CompileQuery(c.ctx, q)
	if err != nil {
		return nil, c.queryError(where, err)
	}
	return f, nil
}

// fillABC puts each customer's value class (A, B or C) into their JSON.
func (c *cli) fillABC(s *store.Store, out ...*customerJSON) error {
	classes, err := s.ABCClasses(c.ctx)
	if err != nil {
		return err
	}
	for _, j := range out {
		abc := store.ABCOf(classes, j.ID)
		j.ABC = &abc
	}
	return nil
}
