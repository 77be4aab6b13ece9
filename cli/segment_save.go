package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strings"

	"github.com/spf13/cobra"
)

// segmentSaveOptions is what `guanxi segment save` was asked for.
type segmentSaveOptions struct {
	Name  string // the list's name
	Query string // the query, its words joined by spaces
}

// newSegmentSaveCmd is `guanxi segment save NAME QUERY`: a query kept under a name.
func (c *cli) newSegmentSaveCmd() *cobra.Command {
	opts := &segmentSaveOptions{}
	cmd := &cobra.Command{
		Use:     "save NAME QUERY",
		Aliases: []string{"保存"},
		Short:   c.t(texts.Segment.KeepQueryUnder),
		Args:    c.argsOr(texts.Segment.UsageGuanxiSegmentSave, func(args []string) bool { return len(args) >= 2 }),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Name, opts.Query = args[0], strings.Join(args[1:], " ")
			return c.segmentSave(opts.Name, opts.Query)
		},
	}
	return cmd
}

func (c *cli) segmentSave(name, query string) error {
	return c.onBookToWrite(func(s *store.Store) error {
		if err := s.SaveSegment(c.ctx, name, query); err != nil {
			var fe *model.FieldError
			if errors.As(err, &fe) {
				return c.usagef(texts.Segment.ListName, fe.Msg.In(c.lang))
			}
			return c.queryError(query, err)
		}
		n, err := s.CountSegment(c.ctx, name)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Segment.SavedListCustomers, model.SanitizeLine(strings.TrimSpace(name)), n))
		return nil
	})
}
