package store

import (
	"context"
	"database/sql"
	"fmt"
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
}

// listColumns are what one row of the list shows; the rest of a customer stays unread.
const listColumns = `c.id, c.kind, c.name, c.company, c.phone, c.level, c.stage, c.relation, c.last_contact_on,
	c.next_due_on, c.order_total, c.owed,
	(SELECT group_concat(type_code, ',') FROM person_types pt WHERE pt.customer_id = c.id)`

func scanListRow(r rowScanner) (model.Customer, error) {
	var c model.Customer
	var last, next, types sql.NullString
	err := r.Scan(&c.ID, &c.Kind, &c.Name, &c.Company, &c.Phone, &c.Level, &c.Stage, &c.Relation, &last, &next,
		&c.OrderTotal, &c.Owed, &types)
	c.LastContactOn, c.NextDueOn = parseStoredDate(last), parseStoredDate(next)
	if types.Valid && types.String != "" {
		c.Types = strings.Split(types.String, ",")
	}
	return c, err
}

// levelOrder sorts levels in the order model lists them, most valuable first.
func levelOrder() string {
	var b strings.Builder
	b.WriteString("CASE c.level")
	for i, l := range model.Levels {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", l.Code, i)
	}
	b.WriteString(" ELSE 99 END")
	return b.String()
}

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

// ListCustomers returns the customers that q selects, in its order, with the columns the list shows.
func (s *Store) ListCustomers(ctx context.Context, q ListQuery) ([]model.Customer, error) {
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
	query := "SELECT " + listColumns + " FROM customers c WHERE " + strings.Join(where, " AND ") + " ORDER BY " + orderBy(q.Sort)
	if q.Limit > 0 {
		query += fmt.Sprintf(" LIMIT %d", q.Limit)
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list customers: %w", err)
	}
	defer rows.Close()
	var out []model.Customer
	for rows.Next() {
		c, err := scanListRow(rows)
		if err != nil {
			return nil, fmt.Errorf("list customers: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
