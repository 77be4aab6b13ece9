package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/pflag"
)

func defineSegment(c *cli, fs *pflag.FlagSet) func([]string) error {
	asJSON := fs.Bool("json", false, c.tr("list 输出 JSON 数组", "list prints a JSON array"))
	return func(pos []string) error {
		action := strings.ToLower(pos[0])
		rest := pos[1:]
		switch action {
		case "list", "ls", "列表":
			if len(rest) > 0 {
				return c.usagef("segment list 不带参数", "segment list takes no argument")
			}
			return c.segmentList(*asJSON)
		case "save", "保存":
			if len(rest) < 2 {
				return c.usagef("用法：guanxi segment save 名称 条件，例如 guanxi segment save 上海大客户 'region:上海 abc:A'",
					"usage: guanxi segment save NAME QUERY, e.g. guanxi segment save bigshanghai 'region:上海 abc:A'")
			}
			return c.segmentSave(rest[0], strings.Join(rest[1:], " "))
		case "delete", "rm", "删除":
			if len(rest) != 1 {
				return c.usagef("用法：guanxi segment delete 名称", "usage: guanxi segment delete NAME")
			}
			s, err := c.openToWrite()
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.DeleteSegment(c.ctx, rest[0]); err != nil {
				return c.segmentError(rest[0], err)
			}
			fmt.Fprintln(c.stdout, c.trf("已删除列表“%s”", "deleted the list %q", model.SanitizeLine(rest[0])))
			return nil
		}
		return c.usagef("segment 的动作只能是 list、save 或 delete，而不是“%s”", "segment takes list, save or delete, not %q", pos[0])
	}
}

// segmentError says a saved list is missing in a sentence that tells how to see the others.
func (c *cli) segmentError(name string, err error) error {
	if errors.Is(err, model.ErrNotFound) {
		return c.errorf("没有叫“%s”的列表（guanxi segment list 查看已保存的列表）", "no saved list is called %q (guanxi segment list shows them)", name)
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
	return c.usagef("条件第 %d 个字处有误：%s", "the query is wrong at character %d: %s",
		len([]rune(query[:min(qe.Pos, len(query))]))+1, qe.Msg.In(c.lang))
}

func (c *cli) segmentSave(name, query string) error {
	s, err := c.openToWrite()
	if err != nil {
		return err
	}
	defer s.Close()
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
}

// segmentJSON is one saved list of `segment list --json`.
type segmentJSON struct {
	Name      string `json:"name"`
	Query     string `json:"query"`
	Customers int    `json:"customers"`
}

func (c *cli) segmentList(asJSON bool) error {
	s, err := c.open()
	if err != nil {
		return err
	}
	defer s.Close()
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
	c.writeTable(c.stdout, t, true)
	return nil
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
