package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"guanxi/model"
)

// SortKey is an order of the customer list.
type SortKey string

// The orders of the customer list.
const (
	SortNextDue     SortKey = "next_due"
	SortName        SortKey = "name"
	SortLastContact SortKey = "last_contact"
	SortLevel       SortKey = "level"
	SortRevenue     SortKey = "revenue"
)

// SortKeys lists the orders in the sequence a key cycles through them.
var SortKeys = []SortKey{SortNextDue, SortName, SortLastContact, SortLevel, SortRevenue}

// ListQuery selects and orders customers for the list.
type ListQuery struct {
	Text  string // matched against name, company, phone, email, WeChat, tags, region and industry
	Level model.Level
	Stage model.Stage
	Type  string // a personality type code
	Sort  SortKey
	Limit int // 0: no limit
	// Segment keeps to the customers of a dynamic-list query (see CompileQuery); nil for all.
	Segment *SegmentFilter
	// ids, when not "", keeps to the customers whose ids it lists as a JSON array (see Within).
	// A string keeps ListQuery comparable.
	ids string
}

// Within returns q kept to the customers whose ids are listed: a search names the customers it
// found, and the rows are read with q's other filters.
func (q ListQuery) Within(ids []int64) ListQuery {
	q.ids = idList(ids)
	return q
}

// listColumns are what one row of the list shows; the rest of a customer stays unread.
const listColumns = `c.id, c.kind, c.name, c.company, c.short_name, c.phone, c.level, c.stage, c.relation, c.last_contact_on,
	c.next_due_on, c.order_total, c.owed,
	(SELECT group_concat(type_code, ',') FROM person_types pt WHERE pt.customer_id = c.id)`

func scanListRow(r rowScanner) (model.Customer, error) {
	var c model.Customer
	var last, next, types sql.NullString
	err := r.Scan(&c.ID, &c.Kind, &c.Name, &c.Company, &c.ShortName, &c.Phone, &c.Level, &c.Stage, &c.Relation, &last, &next,
		&c.OrderTotal, &c.Owed, &types)
	c.LastContactOn, c.NextDueOn = parseStoredDate(last), parseStoredDate(next)
	if types.Valid && types.String != "" {
		c.Types = splitTypeCodes(types.String)
	}
	return c, err
}

// levelOrder sorts levels in the order model lists them, most valuable first.
func levelOrder() string { return levelRankSQL("c.level") }

// orderBy returns the ORDER BY clause of a sort key; ties fall back to the name, then the id, so
// the order is stable between loads.
func orderBy(k SortKey) string {
	switch k {
	case SortName:
		return "c.name, c.id"
	case SortLastContact:
		return "c.last_contact_on IS NULL, c.last_contact_on DESC, c.name, c.id"
	case SortLevel:
		return levelOrder() + ", c.name, c.id"
	case SortRevenue:
		return "c.order_total DESC, c.name, c.id"
	}
	return "c.next_due_on IS NULL, c.next_due_on, c.name, c.id"
}

// likeEscape makes user text literal inside a LIKE pattern.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// listWhere returns the WHERE clause that selects q's customers, and its arguments.
func listWhere(q ListQuery) (string, []any) {
	where := []string{"c.deleted_at IS NULL"}
	var args []any
	if t := strings.ToLower(strings.TrimSpace(q.Text)); t != "" {
		where = append(where, `c.search LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscape(t)+"%")
	}
	if q.Level != "" {
		where = append(where, "c.level = ?")
		args = append(args, q.Level)
	}
	if q.Stage != "" {
		where = append(where, "c.stage = ?")
		args = append(args, q.Stage)
	}
	if q.Type != "" {
		where = append(where, "EXISTS (SELECT 1 FROM person_types pt WHERE pt.customer_id = c.id AND pt.type_code = ?)")
		args = append(args, q.Type)
	}
	if q.Segment != nil {
		where, args = append(where, q.Segment.where), append(args, q.Segment.args...)
	}
	if q.ids != "" {
		where, args = append(where, "c.id IN (SELECT value FROM json_each(?))"), append(args, q.ids)
	}
	return strings.Join(where, " AND "), args
}

// listSQL is the query of q's customers with the given columns and the name key last. By name,
// the rows are sorted by pinyin afterwards (sortByPinyin), so SQL sorts nothing and limits nothing.
func listSQL(q ListQuery, columns string) (string, []any) {
	where, args := listWhere(q)
	query := "SELECT " + columns + ", c.name_key FROM customers c WHERE " + where
	if q.Sort == SortName {
		return query + " ORDER BY c.id", args
	}
	query += " ORDER BY " + orderBy(q.Sort)
	if q.Limit > 0 {
		query += fmt.Sprintf(" LIMIT %d", q.Limit)
	}
	return query, args
}

// ListCustomers returns the customers that q selects, in its order, with the columns the list shows.
// The first page of the order by next due date comes off an index, in a millisecond at any size.
func (s *Store) ListCustomers(ctx context.Context, q ListQuery) ([]model.Customer, error) {
	return s.queryList(ctx, q, listColumns, scanListRow)
}

// ListFullCustomers is ListCustomers with every field of each customer, as Customer reads it, in one
// query: for exports and JSON, where reading the customers one by one would take seconds.
func (s *Store) ListFullCustomers(ctx context.Context, q ListQuery) ([]model.Customer, error) {
	return s.queryList(ctx, q, fullListColumns, scanFullListRow)
}

// scanFullListRow reads a row of fullListColumns.
func scanFullListRow(r rowScanner) (model.Customer, error) {
	var types sql.NullString
	c, err := scanCustomer(extraScan{r, []any{&types}})
	if types.Valid && types.String != "" {
		c.Types = splitTypeCodes(types.String)
	}
	return c, err
}

// fullListColumns are customerColumns and the customer's own personality types, in the order they
// were given, as Customer reads them.
var fullListColumns = "c." + strings.Join(strings.Fields(strings.ReplaceAll(customerColumns, ",", " ")), ", c.") +
	`, (SELECT group_concat(type_code, ',') FROM (SELECT type_code FROM person_types pt
		WHERE pt.customer_id = c.id AND pt.contact_id IS NULL ORDER BY pt.id))`

// extraScan reads the columns a scan function knows, then more after them.
type extraScan struct {
	r     rowScanner
	extra []any
}

func (e extraScan) Scan(dest ...any) error { return e.r.Scan(append(dest, e.extra...)...) }

// queryList runs the query of listSQL with the given columns and reads its rows with scan, then
// sorts by pinyin and limits when the order is by name, or breaks the ties of another order by
// pinyin (see breakTies).
func (s *Store) queryList(ctx context.Context, q ListQuery, columns string,
	scan func(rowScanner) (model.Customer, error)) ([]model.Customer, error) {
	query, args := listSQL(q, columns)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list customers: %w", err)
	}
	defer rows.Close()
	var out []model.Customer
	var keys []string
	for rows.Next() {
		var key string
		c, err := scan(extraScan{rows, []any{&key}})
		if err != nil {
			return nil, fmt.Errorf("list customers: %w", err)
		}
		out = append(out, c)
		keys = append(keys, key)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list customers: %w", err)
	}
	if q.Sort == SortName {
		out = sortByPinyin(out, keys)
		if q.Limit > 0 && len(out) > q.Limit {
			out = out[:q.Limit]
		}
		return out, nil
	}
	rows.Close() // the ties may need another query on this connection's turn
	return s.breakTies(ctx, q, columns, scan, out, keys)
}

// sortByPinyin orders customers by their names read as pinyin (keys are their stored name keys),
// then by name and id, as the search index orders them. It sorts their places, not the customers
// themselves, which are large to move about.
func sortByPinyin(cs []model.Customer, keys []string) []model.Customer {
	pinyin := make([]string, len(cs))
	order := make([]int, len(cs))
	for i := range cs {
		pinyin[i], order[i] = pinyinOfKey(keys[i], cs[i].Name), i
	}
	slices.SortFunc(order, func(a, b int) int {
		return compareByPinyin(pinyin[a], pinyin[b], cs[a].Name, cs[b].Name, cs[a].ID, cs[b].ID)
	})
	// Put each customer in its place by following the cycles of the order, one customer held.
	for i := range order {
		if order[i] < 0 {
			continue
		}
		held, j := cs[i], i
		for {
			from := order[j]
			order[j] = -1
			if from == i {
				cs[j] = held
				break
			}
			cs[j], j = cs[from], from
		}
	}
	return cs
}

// pinyinOfKey is a name read as pinyin, from its stored name key, or from the name when the key
// is of other rules.
func pinyinOfKey(key, name string) string {
	k, err := model.ParseNameKey(key)
	if err != nil {
		k = model.MakeNameKey(name)
	}
	return k.Pinyin()
}

// compareByPinyin orders two customers by their names read as pinyin, then by name and id.
func compareByPinyin(pinyinA, pinyinB, nameA, nameB string, idA, idB int64) int {
	if c := strings.Compare(pinyinA, pinyinB); c != 0 {
		return c
	}
	if c := strings.Compare(nameA, nameB); c != 0 {
		return c
	}
	return cmp.Compare(idA, idB)
}
