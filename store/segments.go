package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"guanxi/model"
)

// Segment is a saved dynamic list (动态客户列表): a query under a name. Its customers are found
// again each time it is used, so the list stays current by itself.
type Segment struct {
	ID    int64
	Name  string
	Query string
}

// SegmentFilter is a dynamic-list query made ready for the book's SQL at one moment (its windows
// count back from that day); ListQuery.Segment takes one. Build it with CompileQuery.
type SegmentFilter struct {
	where string
	args  []any
}

// MaxSegmentName bounds the name of a saved list.
const MaxSegmentName = 60

// CompileQuery turns a parsed query into a filter for ListQuery.Segment, reading the thresholds,
// the book's size and the personality catalog as they are now. Every value the user typed goes in
// as a parameter. A personality type the catalog does not know is a *model.QueryError.
func (s *Store) CompileQuery(ctx context.Context, q *model.Query) (*SegmentFilter, error) {
	cs, err := classSettings(ctx, s.db)
	if err != nil {
		return nil, err
	}
	c := &compiler{ctx: ctx, s: s, today: s.Today(), cs: cs}
	if q == nil || q.Root == nil {
		return &SegmentFilter{where: "1"}, nil
	}
	where, err := c.node(q.Root)
	if err != nil {
		return nil, err
	}
	return &SegmentFilter{where: where, args: c.args}, nil
}

// compiler writes a query's WHERE clause over customers c, collecting its arguments in order.
type compiler struct {
	ctx   context.Context
	s     *Store
	today model.Date
	cs    model.ClassSettings
	args  []any
	abc   map[int64]string // the value classes of the customers with revenue, by id, read once; see abcCond
	types []model.PersonalityType
}

func (c *compiler) arg(v any) string {
	c.args = append(c.args, v)
	return "?"
}

func (c *compiler) node(n model.QueryNode) (string, error) {
	switch n := n.(type) {
	case *model.QueryAnd:
		return c.join(n.Parts, " AND ")
	case *model.QueryOr:
		return c.join(n.Parts, " OR ")
	case *model.QueryNot:
		inner, err := c.node(n.Part)
		if err != nil {
			return "", err
		}
		// A comparison with NULL (a date never set) is unknown, and NOT of unknown stays unknown:
		// under NOT, unknown counts as false. Elsewhere terms stay bare, so indexes serve them.
		return "NOT coalesce((" + inner + "), 0)", nil
	case *model.QueryCond:
		leaf, err := c.cond(n)
		if err != nil {
			return "", err
		}
		return "(" + leaf + ")", nil
	}
	return "", fmt.Errorf("unknown query part %T", n)
}

func (c *compiler) join(parts []model.QueryNode, op string) (string, error) {
	out := make([]string, len(parts))
	for i, p := range parts {
		s, err := c.node(p)
		if err != nil {
			return "", err
		}
		out[i] = s
	}
	return "(" + strings.Join(out, op) + ")", nil
}

// anyOf ORs one fragment per value; != negates the lot.
func (c *compiler) anyOf(cond *model.QueryCond, one func(v string) string) string {
	parts := make([]string, len(cond.Values))
	for i, v := range cond.Values {
		parts[i] = one(v)
	}
	s := "(" + strings.Join(parts, " OR ") + ")"
	if cond.Op == "!=" {
		return "NOT coalesce(" + s + ", 0)"
	}
	return s
}

// sqlOp is the SQL of a comparison; ":" is equality.
func sqlOp(op string) string {
	if op == ":" {
		return "="
	}
	return op
}

var textColumn = map[string]string{"region": "c.region", "industry": "c.industry", "company": "c.company",
	"name": "c.name", "source": "c.source"}

var codeColumn = map[string]string{"level": "c.level", "stage": "c.stage", "relation": "c.relation", "kind": "c.kind"}

func (c *compiler) cond(q *model.QueryCond) (string, error) {
	like := func(v string) string { return "%" + likeEscape(strings.ToLower(v)) + "%" }
	switch q.Field {
	case model.TextField:
		return "c.search LIKE " + c.arg(like(q.Values[0])) + ` ESCAPE '\'`, nil
	case "level", "stage", "relation", "kind":
		marks := make([]string, len(q.Values))
		for i, v := range q.Values {
			marks[i] = c.arg(v)
		}
		in := " IN (" + strings.Join(marks, ", ") + ")"
		if q.Op == "!=" {
			in = " NOT" + in
		}
		return codeColumn[q.Field] + in, nil
	case "region", "industry", "company", "name", "source":
		col := textColumn[q.Field]
		return c.anyOf(q, func(v string) string { return col + " LIKE " + c.arg(like(v)) + ` ESCAPE '\'` }), nil
	case "tag":
		return c.anyOf(q, func(v string) string {
			return `(char(10) || c.tags || char(10)) LIKE ` + c.arg("%\n"+likeEscape(v)+"\n%") + ` ESCAPE '\'`
		}), nil
	case "type":
		return c.typeCond(q)
	case "abc":
		return c.abcCond(q)
	case "tenure":
		return c.anyOf(q, func(v string) string { return c.tenure(v) }), nil
	case "lapse":
		return c.anyOf(q, func(v string) string { return c.lapse(v) }), nil
	case "activity":
		return c.anyOf(q, func(v string) string { return c.activity(v) }), nil
	case "orders":
		if since := q.Since(c.today); !since.IsZero() {
			return "(SELECT coalesce(sum(amount), 0) FROM deals WHERE customer_id = c.id AND on_date >= " + c.arg(dayArg(since)) +
				") " + sqlOp(q.Op) + " " + c.arg(q.Number), nil
		}
		return "c.order_total " + sqlOp(q.Op) + " " + c.arg(q.Number), nil
	case "owed":
		return "c.owed " + sqlOp(q.Op) + " " + c.arg(q.Number), nil
	case "deals", "contacts", "complaints":
		table, day := "deals", "on_date"
		switch q.Field {
		case "contacts":
			table, day = "interactions", "at"
		case "complaints":
			table = "complaints"
		}
		since := q.Since(c.today)
		if q.Field == "deals" && since.IsZero() {
			// Every deal: the count kept on the customer's row.
			return "c.deal_count " + sqlOp(q.Op) + " " + c.arg(q.Number), nil
		}
		count := "(SELECT count(*) FROM " + table + " WHERE customer_id = c.id"
		if !since.IsZero() {
			count += " AND " + day + " >= " + c.arg(dayArg(since))
		}
		return count + ") " + sqlOp(q.Op) + " " + c.arg(q.Number), nil
	case "products":
		return "(SELECT count(DISTINCT product) FROM deals WHERE customer_id = c.id AND product != '') " + sqlOp(q.Op) + " " + c.arg(q.Number), nil
	case "last_contact":
		return c.daysSince("c.last_contact_on", q, true), nil
	case "last_deal":
		return c.daysSince("c.last_deal_on", q, false), nil
	case "first_deal":
		return c.daysSince("c.first_deal_on", q, false), nil
	}
	return "", &model.QueryError{Pos: q.Pos, End: q.End, Msg: model.Text{Zh: "这个字段还不能用于筛选", En: "this field cannot be used to filter"}}
}

// daysSince compares the days since a date column with a number of days: more days ago is an
// earlier date. With never, a missing date counts as longest ago.
func (c *compiler) daysSince(col string, q *model.QueryCond, never bool) string {
	day := c.arg(dayArg(c.today.AddDays(-int(q.Number))))
	var cmp string
	switch q.Op {
	case ">":
		cmp = col + " < " + day
	case ">=":
		cmp = col + " <= " + day
	case "<":
		return col + " > " + day
	case "<=":
		return col + " >= " + day
	case "!=":
		cmp = col + " != " + day
	default:
		return col + " = " + day
	}
	if never {
		return "(" + col + " IS NULL OR " + cmp + ")"
	}
	return cmp
}

// typeCond finds customers with one of the personality types, by the catalog's lookup.
func (c *compiler) typeCond(q *model.QueryCond) (string, error) {
	if c.types == nil {
		types, err := c.s.PersonalityTypes(c.ctx)
		if err != nil {
			return "", err
		}
		c.types = types
	}
	codes := make([]string, len(q.Values))
	for i, v := range q.Values {
		t, err := model.FindType(c.types, v)
		if err != nil {
			return "", &model.QueryError{Pos: q.Pos, End: q.End, Msg: model.Text{
				Zh: fmt.Sprintf("没有“%s”这个性格类型", v), En: fmt.Sprintf("no personality type %q", v)}}
		}
		codes[i] = t.Code
	}
	cond := *q
	cond.Values = codes
	return c.anyOf(&cond, func(v string) string {
		return "EXISTS (SELECT 1 FROM person_types pt WHERE pt.customer_id = c.id AND pt.type_code = " + c.arg(v) + ")"
	}), nil
}

// CountQuery returns how many customers outside the trash a query selects.
func (s *Store) CountQuery(ctx context.Context, q *model.Query) (int, error) {
	f, err := s.CompileQuery(ctx, q)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND "+f.where, f.args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count the list: %w", err)
	}
	return n, nil
}

// QueryIDs returns the ids, in increasing order, of the customers outside the trash a query
// selects: what the list's search keeps to.
func (s *Store) QueryIDs(ctx context.Context, q *model.Query) ([]int64, error) {
	f, err := s.CompileQuery(ctx, q)
	if err != nil {
		return nil, err
	}
	out, err := readIDs(ctx, s.db, "SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND "+f.where+" ORDER BY c.id", f.args...)
	if err != nil {
		return nil, fmt.Errorf("read the list: %w", err)
	}
	if out == nil {
		out = []int64{} // a query that selects no one, which is not no query
	}
	return out, nil
}

// ErrSegmentName is returned for a name a saved list cannot have.
var ErrSegmentName = errors.New("a saved list needs a name of 1 to 60 characters, on one line")

// cleanSegmentName trims a name and refuses one that is empty, too long or holds control characters.
func cleanSegmentName(name string) (string, error) {
	n := strings.TrimSpace(name)
	if n == "" || utf8.RuneCountInString(n) > MaxSegmentName || model.SanitizeLine(n) != n {
		return "", &model.FieldError{Field: "name", Msg: model.Text{Zh: "列表名须为 1 到 60 个字，且不含控制字符", En: ErrSegmentName.Error()}}
	}
	return n, nil
}

// SaveSegment saves a query under a name, replacing a list of the same name (names ignore case).
// The query must parse; its error is a *model.QueryError.
func (s *Store) SaveSegment(ctx context.Context, name, query string) error {
	n, err := cleanSegmentName(name)
	if err != nil {
		return err
	}
	q, err := model.ParseQuery(query)
	if err != nil {
		return err
	}
	if _, err := s.CompileQuery(ctx, q); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := putSegment(ctx, tx, n, query, s.Now().Unix(), conflictReplaces)
		return err
	})
}

// putSegment saves a dynamic list under a cleaned name, its query as written, and tells whether
// it wrote; c says what becomes of a list of that name the book has.
func putSegment(ctx context.Context, q execer, name, query string, now int64, c onConflict) (bool, error) {
	conflict := "ON CONFLICT(name) DO NOTHING"
	if c == conflictReplaces {
		conflict = "ON CONFLICT(name) DO UPDATE SET query = excluded.query, updated_at = excluded.updated_at"
	}
	res, err := q.ExecContext(ctx, `INSERT INTO segments (name, query, created_at, updated_at) VALUES (?, ?, ?, ?) `+
		conflict, name, strings.TrimSpace(query), now, now)
	if err != nil {
		return false, fmt.Errorf("save the list %s: %w", name, err)
	}
	wrote, err := res.RowsAffected()
	return wrote > 0, err
}

// Segments returns every saved list, by name.
func (s *Store) Segments(ctx context.Context) ([]Segment, error) {
	out, err := readAll(ctx, s.db, "SELECT id, name, query FROM segments", func(rows *sql.Rows) (Segment, error) {
		var g Segment
		err := rows.Scan(&g.ID, &g.Name, &g.Query)
		return g, err
	})
	if err != nil {
		return nil, fmt.Errorf("read the saved lists: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// SegmentByName returns a saved list and its parsed query. A name no list has is model.ErrNotFound.
func (s *Store) SegmentByName(ctx context.Context, name string) (Segment, *model.Query, error) {
	var g Segment
	err := s.db.QueryRowContext(ctx, "SELECT id, name, query FROM segments WHERE name = ?", strings.TrimSpace(name)).Scan(&g.ID, &g.Name, &g.Query)
	if errors.Is(err, sql.ErrNoRows) {
		return g, nil, fmt.Errorf("no saved list is called %q: %w", name, model.ErrNotFound)
	}
	if err != nil {
		return g, nil, fmt.Errorf("read the list %s: %w", name, err)
	}
	q, err := model.ParseQuery(g.Query)
	if err != nil {
		return g, nil, fmt.Errorf("the saved list %s no longer reads: %w", g.Name, err)
	}
	return g, q, nil
}

// CountSegment returns how many customers a saved list holds now.
func (s *Store) CountSegment(ctx context.Context, name string) (int, error) {
	_, q, err := s.SegmentByName(ctx, name)
	if err != nil {
		return 0, err
	}
	return s.CountQuery(ctx, q)
}

// DeleteSegment removes a saved list; its customers are not touched.
func (s *Store) DeleteSegment(ctx context.Context, name string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM segments WHERE name = ?", strings.TrimSpace(name))
		if err != nil {
			return fmt.Errorf("delete the list %s: %w", name, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("no saved list is called %q: %w", name, model.ErrNotFound)
		}
		return nil
	})
}

// SegmentCustomers returns every customer of a saved list with every field, in the order of
// names, for export.
func (s *Store) SegmentCustomers(ctx context.Context, name string) ([]model.Customer, error) {
	_, q, err := s.SegmentByName(ctx, name)
	if err != nil {
		return nil, err
	}
	f, err := s.CompileQuery(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.ListFullCustomers(ctx, ListQuery{Segment: f, Sort: SortName})
}
