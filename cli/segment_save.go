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
		Short:   c.tr("把一个条件保存为列表，例如 guanxi segment save 上海大客户 'region:上海 abc:A'", "keep a query under a name, e.g. guanxi segment save bigshanghai 'region:上海 abc:A'"),
		Args: func(cmd *cobra.Command, args []string) error {
			if err := c.prepare(cmd); err != nil {
				return err
			}
			if len(args) < 2 {
				return c.usagef("用法：guanxi segment save 名称 条件，例如 guanxi segment save 上海大客户 'region:上海 abc:A'",
					"usage: guanxi segment save NAME QUERY, e.g. guanxi segment save bigshanghai 'region:上海 abc:A'")
			}
			return nil
		},
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
				return c.usagef("列表名：%s", "list name: %s", fe.Msg.In(c.lang))
			}
			return c.queryError(query, err)
		}
		n, err := s.CountSegment(c.ctx, name)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已保存列表“%s”：现有 %d 位客户", "saved the list %q: %d customers now", model.SanitizeLine(strings.TrimSpace(name)), n))
		return nil
	})
}
