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

// listed is one customer's place in the list's order, as listOrder reads it.
type listed struct {
	id     int64
	text   sql.NullString // the order's column as stored: a date, or the level's code
	number int64          // the order's column when it is a number: the order total
	name   string
	pinyin string
}

// placeColumn is the column of the customers table an order sorts by first.
func placeColumn(k SortKey) string {
	switch k {
	case SortLastContact:
		return "c.last_contact_on"
	case SortLevel:
		return "c.level"
	case SortRevenue:
		return "c.order_total"
	}
	return "c.next_due_on"
}

// listOrder returns the ids of q's customers in q's order (not by name, see sortByPinyin), the
// ties of the order broken by the names read as pinyin, then name and id, as queryList orders them
// through SQL and breakTies. It reads the customers table straight through, once, rather than in
// the order's index: a row read off an index is a jump to its page of the table, and with the
// book's page cache of 2 MB a list of 100,000 customers read that way reads each page of the
// table twenty-five times over.
func listOrder(ctx context.Context, db querier, q ListQuery) ([]int64, error) {
	where, args := listWhere(q)
	rows, err := db.QueryContext(ctx, "SELECT c.id, "+placeColumn(q.Sort)+", c.name, c.name_key FROM customers c NOT INDEXED WHERE "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("list customers: %w", err)
	}
	defer rows.Close()
	var all []listed
	for rows.Next() {
		var l listed
		var key string
		place := any(&l.text)
		if q.Sort == SortRevenue {
			place = &l.number
		}
		if err := rows.Scan(&l.id, place, &l.name, &key); err != nil {
			return nil, fmt.Errorf("list customers: %w", err)
		}
		l.pinyin = pinyinOfKey(key, l.name)
		all = append(all, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list customers: %w", err)
	}
	place := placeCompare(q.Sort)
	slices.SortFunc(all, func(a, b listed) int {
		if c := place(a, b); c != 0 {
			return c
		}
		return compareByPinyin(a.pinyin, b.pinyin, a.name, b.name, a.id, b.id)
	})
	ids := make([]int64, len(all))
	for i := range all {
		ids[i] = all[i].id
	}
	return ids, nil
}

// placeCompare compares two customers' places in the order k as orderBy's SQL does: dates compare
// as their stored text, a customer without one after every customer with one.
func placeCompare(k SortKey) func(a, b listed) int {
	dates := func(a, b sql.NullString) int {
		switch {
		case !a.Valid || !b.Valid:
			return cmp.Compare(boolPlace(!a.Valid), boolPlace(!b.Valid))
		}
		return strings.Compare(a.String, b.String)
	}
	switch k {
	case SortLastContact:
		return func(a, b listed) int {
			if !a.text.Valid || !b.text.Valid {
				return dates(a.text, b.text)
			}
			return -dates(a.text, b.text)
		}
	case SortLevel:
		return func(a, b listed) int {
			return cmp.Compare(levelPlace(model.Level(a.text.String)), levelPlace(model.Level(b.text.String)))
		}
	case SortRevenue:
		return func(a, b listed) int { return -cmp.Compare(a.number, b.number) }
	}
	return func(a, b listed) int { return dates(a.text, b.text) }
}

// boolPlace is 1 for true, 0 for false: SQL's value of "x IS NULL" in an ORDER BY.
func boolPlace(b bool) int {
	if b {
		return 1
	}
	return 0
}

// listChunk is how many customers of the order EachListed reads at a time, in the order of their
// ids so that each page of the table is read about once per chunk: about 13 MB of customers held.
const listChunk = 16_384

// eachInOrder reads the customers of ids, in that order, with the columns and scan given, and
// calls fn with each: size of them at a time, each chunk read in the order of the table.
func eachInOrder(ctx context.Context, db querier, ids []int64, size int, columns string,
	scan func(rowScanner) (model.Customer, error), fn func(*model.Customer) error) error {
	query := "SELECT " + columns + " FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))"
	chunk := make([]model.Customer, 0, min(len(ids), size))
	at := make(map[int64]int, cap(chunk))
	for start := 0; start < len(ids); start += size {
		part := ids[start:min(start+size, len(ids))]
		clear(at)
		for i, id := range part {
			at[id] = i
		}
		chunk = chunk[:len(part)]
		clear(chunk)
		rows, err := db.QueryContext(ctx, query, idList(part))
		if err != nil {
			return fmt.Errorf("list customers: %w", err)
		}
		for rows.Next() {
			c, err := scan(rows)
			if err != nil {
				rows.Close()
				return fmt.Errorf("list customers: %w", err)
			}
			chunk[at[c.ID]] = c
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("list customers: %w", err)
		}
		if err := EachCustomerOf(chunk, fn); err != nil {
			return err
		}
	}
	return nil
}
