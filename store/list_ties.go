package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"guanxi/model"
)

// The list's orders put first what the user sorts by (the next due day, the level …) and break
// its ties by the name. SQL breaks them by the name's code points, the search index by the name
// read as pinyin (model.NameKey.Pinyin), so that 李 comes before 张. The first page of the list is
// read from SQL before the index is there; were its ties broken otherwise, its rows would change
// places under the cursor when the index arrives. So every list read here breaks them as the
// index does.

// placeOf is where a customer stands in the order k before ties are broken: two customers with
// the same place are a tie.
func placeOf(k SortKey, c model.Customer) any {
	switch k {
	case SortLastContact:
		return c.LastContactOn
	case SortLevel:
		return levelPlace(c.Level)
	case SortRevenue:
		return c.OrderTotal
	}
	return c.NextDueOn
}

// levelPlace is a level's place in the order by level, as levelOrder computes it in SQL.
func levelPlace(l model.Level) int { return model.LevelRank(l) }

// tiedWith returns the condition that keeps the customers with c's place in the order k, and its
// arguments.
func tiedWith(k SortKey, c model.Customer) (string, []any) {
	date := func(col string, d model.Date) (string, []any) {
		if d.IsZero() {
			return col + " IS NULL", nil
		}
		return col + " = ?", []any{dayArg(d)}
	}
	switch k {
	case SortLastContact:
		return date("c.last_contact_on", c.LastContactOn)
	case SortLevel:
		return levelOrder() + " = ?", []any{levelPlace(c.Level)}
	case SortRevenue:
		return "c.order_total = ?", []any{c.OrderTotal}
	}
	return tiedOnNextDue(c.NextDueOn)
}

// tiedOnNextDue keeps the customers next due on day d (zero: on no day) through the index of
// that order, customers_list_next_due, whose first column is "next_due_on IS NULL": the condition
// names that column so the index is searched instead of every customer read, which at 100,000
// customers cost the first page a fifth of a second of processor time. The day is given as a range
// of one day, not as an equality: SQLite would carry an equal constant into "next_due_on IS NULL",
// which would then no longer name the index's column.
func tiedOnNextDue(d model.Date) (string, []any) {
	if d.IsZero() {
		return "(c.next_due_on IS NULL) = 1 AND c.next_due_on IS NULL", nil
	}
	return "(c.next_due_on IS NULL) = 0 AND c.next_due_on >= ? AND c.next_due_on <= ?", []any{dayArg(d), dayArg(d)}
}

// breakTies orders each run of customers with the same place in q's order by their names read as
// pinyin, then name and id (keys are their stored name keys). When the rows stopped at q.Limit,
// the customers tied with the last are read first, with the columns and scan of the rows, so that
// the page is the first rows of the whole order.
func (s *Store) breakTies(ctx context.Context, q ListQuery, columns string, scan func(rowScanner) (model.Customer, error),
	out []model.Customer, keys []string) ([]model.Customer, error) {
	if len(out) == 0 {
		return out, nil
	}
	if q.Limit > 0 && len(out) == q.Limit {
		last := out[len(out)-1]
		start := len(out)
		for start > 0 && placeOf(q.Sort, out[start-1]) == placeOf(q.Sort, last) {
			start--
		}
		where, args := listWhere(q)
		tie, targs := tiedWith(q.Sort, last)
		if ids, ok, err := s.firstTiedOnNextDue(ctx, q, where, tie, targs, q.Limit-start); err != nil {
			return nil, err
		} else if ok {
			where, args = where+" AND c.id IN (SELECT value FROM json_each(?))", append(args, idList(ids))
		}
		rows, err := s.db.QueryContext(ctx, "SELECT "+columns+", c.name_key FROM customers c WHERE "+where+" AND "+tie,
			append(args, targs...)...)
		if err != nil {
			return nil, fmt.Errorf("list customers: %w", err)
		}
		defer rows.Close()
		out, keys = out[:start], keys[:start]
		for rows.Next() {
			var key string
			c, err := scan(extraScan{rows, []any{&key}})
			if err != nil {
				return nil, fmt.Errorf("list customers: %w", err)
			}
			out, keys = append(out, c), append(keys, key)
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("list customers: %w", err)
		}
	}
	for start := 0; start < len(out); {
		end := start + 1
		for end < len(out) && placeOf(q.Sort, out[end]) == placeOf(q.Sort, out[start]) {
			end++
		}
		if end-start > 1 {
			sortByPinyin(out[start:end], keys[start:end])
		}
		start = end
	}
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

// firstTiedOnNextDue returns the ids of the first n customers of the list's first order (every
// customer, by the next due day) tied on the day of where's tie, in the order breakTies puts them:
// ok is false for any other list. Only their ids and names are read, through the order's index,
// and ordered by the name read as pinyin (the reading the store writes as each name key): the
// first page then reads the list's columns of only those it shows, not of every customer due that
// day (447 at 100,000 customers, each with a search of its personality types), which took the
// page from 10 ms of processor time to 6.
func (s *Store) firstTiedOnNextDue(ctx context.Context, q ListQuery, where, tie string, targs []any, n int) ([]int64, bool, error) {
	if q.Sort != SortNextDue || where != (ListQuery{}.whereAlone()) {
		return nil, false, nil
	}
	type tied struct {
		id           int64
		name, pinyin string
	}
	var all []tied
	err := eachRowOf(ctx, s.db, "SELECT c.id, c.name FROM customers c WHERE "+where+" AND "+tie, targs, func(rows *sql.Rows) error {
		var t tied
		if err := rows.Scan(&t.id, &t.name); err != nil {
			return err
		}
		t.pinyin = pinyinOfKey("", t.name)
		all = append(all, t)
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("list customers: %w", err)
	}
	slices.SortFunc(all, func(a, b tied) int { return compareByPinyin(a.pinyin, b.pinyin, a.name, b.name, a.id, b.id) })
	ids := make([]int64, 0, min(n, len(all)))
	for _, t := range all[:min(n, len(all))] {
		ids = append(ids, t.id)
	}
	return ids, true, nil
}

// whereAlone is the condition of a list with no filter.
func (q ListQuery) whereAlone() string {
	where, _ := listWhere(q)
	return where
}
