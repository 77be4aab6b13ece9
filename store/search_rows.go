package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"guanxi/model"
)

// The in-memory search (package search) knows no SQL: it reads the rows it needs through the
// functions of this file, which hand each row to a callback as it is read, so nothing is held
// twice.

// SearchRow is one customer as a search reads it: what a row of the list shows, the stored key of
// the name (model.NameKey.String) and the search column, which holds the name, company, phone
// digits, email, WeChat, tags, region and industry, lower-cased and separated by U+001F.
type SearchRow struct {
	ID                       int64
	Name, Company            string
	NameKey, Search          string
	Level, Stage             string
	LastContactOn, NextDueOn model.Date
	OrderTotal               model.Money
}

// CustomerIDRange returns the least and greatest id of the customers, the trash included; both 0
// in an empty book. A search reads the customers in parts of this range at once.
func (s *Store) CustomerIDRange(ctx context.Context) (first, last int64, err error) {
	var lo, hi sql.NullInt64
	if err := s.db.QueryRowContext(ctx, "SELECT min(id), max(id) FROM customers").Scan(&lo, &hi); err != nil {
		return 0, 0, fmt.Errorf("read customers for the search: %w", err)
	}
	return lo.Int64, hi.Int64, nil
}

// SearchHolds is a test SQLite makes of a text column before a search reads its rows: the column
// holds, for every set, at least one of the set's texts. A search makes it of what it looks for, as
// a condition every row it can find meets, so it is handed only those rows; it still tests them
// itself. An empty SearchHolds holds for every row.
type SearchHolds [][]string

// holdsSQL appends to args the texts of h and returns the SQL condition that col holds h.
func holdsSQL(col string, h SearchHolds, args *[]any) string {
	if len(h) == 0 {
		return "1"
	}
	all := make([]string, 0, len(h))
	for _, set := range h {
		one := make([]string, 0, len(set))
		for _, text := range set {
			*args = append(*args, text)
			one = append(one, fmt.Sprintf("instr(%s, ?%d) > 0", col, len(*args)))
		}
		all = append(all, "("+strings.Join(one, " OR ")+")")
	}
	return "(" + strings.Join(all, " AND ") + ")"
}

// anyHoldsSQL is the condition that col holds one of hs; false for none.
func anyHoldsSQL(col string, hs []SearchHolds, args *[]any) string {
	if len(hs) == 0 {
		return "0"
	}
	one := make([]string, 0, len(hs))
	for _, h := range hs {
		one = append(one, holdsSQL(col, h, args))
	}
	return "(" + strings.Join(one, " OR ") + ")"
}

// SearchKeyFilter narrows EachSearchKey to the customers a search may find: those whose name key
// holds Key, or whose search column holds one of Search, and those whose name key does not start
// with KeyVersion (written under other rules: the search reads the name itself).
type SearchKeyFilter struct {
	KeyVersion string
	Key        SearchHolds
	Search     []SearchHolds
}

// EachSearchKey calls each with the id, stored name key and search column of the customers whose
// ids are from from up to to (not included), out of the trash, in id order: what a search needs
// to tell whether it may find a customer, before it reads the rest of the few it may. With a filter,
// only the customers it lets through.
func (s *Store) EachSearchKey(ctx context.Context, from, to int64, filter *SearchKeyFilter, each func(id int64, nameKey, search string)) error {
	args := []any{from, to}
	where := ""
	if filter != nil {
		where = " AND (" + keyMayMatch(filter, &args) + " OR " + anyHoldsSQL("search", filter.Search, &args) + ")"
	}
	// NOT INDEXED: the range of ids is read off the table itself, in its order; SQLite would
	// otherwise walk an index of the customers out of the trash and jump to the table for each.
	err := eachIDAndTexts(ctx, s.db, `SELECT id, name_key, search FROM customers NOT INDEXED
		WHERE deleted_at IS NULL AND id >= ?1 AND id < ?2`+where+` ORDER BY id`, args, each)
	if err != nil {
		return fmt.Errorf("read customers for the search: %w", err)
	}
	return nil
}

// eachIDAndTexts calls each with every row of a query of an id and two texts, read into the same
// variables row after row, as the search reads its customers' keys and its contacts.
func eachIDAndTexts(ctx context.Context, q querier, query string, args []any, each func(id int64, a, b string)) error {
	var id int64
	var a, b string
	return eachRowOf(ctx, q, query, args, func(rows *sql.Rows) error {
		if err := rows.Scan(&id, &a, &b); err != nil {
			return err
		}
		each(id, a, b)
		return nil
	})
}

// EachSearchCustomer calls each with the customers whose ids are from from up to to (not
// included), out of the trash, in id order; when ids is not nil, only those of ids (in increasing
// order). The row is reused for the next call.
func (s *Store) EachSearchCustomer(ctx context.Context, from, to int64, ids []int64, each func(*SearchRow)) error {
	where, args := "", []any{from, to}
	if ids != nil {
		where, args = " AND id IN (SELECT value FROM json_each(?))", append(args, idList(ids))
	}
	var r SearchRow
	var last, next sql.NullString
	err := eachRowOf(ctx, s.db, `SELECT id, name, company, name_key, search, level, stage,
		last_contact_on, next_due_on, order_total FROM customers NOT INDEXED WHERE deleted_at IS NULL AND id >= ? AND id < ?`+
		where+` ORDER BY id`, args, func(rows *sql.Rows) error {
		if err := rows.Scan(&r.ID, &r.Name, &r.Company, &r.NameKey, &r.Search, &r.Level, &r.Stage, &last, &next,
			&r.OrderTotal); err != nil {
			return err
		}
		r.LastContactOn, r.NextDueOn = quickStoredDate(last), quickStoredDate(next)
		each(&r)
		return nil
	})
	if err != nil {
		return fmt.Errorf("read customers for the search: %w", err)
	}
	return nil
}

// SearchContactFilter narrows EachSearchContact to the contacts a search may find: those whose
// name holds one of Name, or whose phone holds one of Phone.
type SearchContactFilter struct {
	Name, Phone []SearchHolds
}

// EachSearchContact calls each with the name and phone of every contact person, in customer order
// (a customer's in the order they were added); with a filter, only the contacts it lets through.
// Contacts of customers in the trash are among them, unjoined to their customers: a search keeps
// only the contacts of the customers it reads.
func (s *Store) EachSearchContact(ctx context.Context, filter *SearchContactFilter, each func(customer int64, name, phone string)) error {
	var args []any
	// Read whole, the contacts come off their index by customer, a jump to the table for each; a
	// filter lets few through, so the table is read straight through and SQLite sorts those.
	from := "contacts"
	if filter != nil {
		from = "contacts NOT INDEXED WHERE " + anyHoldsSQL("name", filter.Name, &args) + " OR " + anyHoldsSQL("phone", filter.Phone, &args)
	}
	err := eachIDAndTexts(ctx, s.db, `SELECT customer_id, name, phone FROM `+from+` ORDER BY customer_id, id`, args, each)
	if err != nil {
		return fmt.Errorf("read contacts for the search: %w", err)
	}
	return nil
}

// EachSearchTypes calls each with the personality type codes of every customer who has any
// (theirs and their contacts'), in customer order. Customers sharing a set of types share one
// slice, which must not be changed.
func (s *Store) EachSearchTypes(ctx context.Context, each func(customer int64, codes []string)) error {
	return s.EachSearchTypesOf(ctx, nil, each)
}

// EachSearchTypesOf is EachSearchTypes of the customers of ids alone (in increasing order); of
// every customer when ids is nil.
func (s *Store) EachSearchTypesOf(ctx context.Context, ids []int64, each func(customer int64, codes []string)) error {
	where, args := "", []any(nil)
	if ids != nil {
		where, args = " WHERE customer_id IN (SELECT value FROM json_each(?))", []any{idList(ids)}
	}
	sets := map[string][]string{} // customers often share a set of types: one slice per set
	var id int64
	var joined string
	err := eachRowOf(ctx, s.db, `SELECT customer_id, group_concat(type_code) FROM person_types`+where+` GROUP BY customer_id`, args, func(rows *sql.Rows) error {
		if err := rows.Scan(&id, &joined); err != nil {
			return err
		}
		set, ok := sets[joined]
		if !ok {
			set = splitTypeCodes(joined)
			sets[joined] = set
		}
		each(id, set)
		return nil
	})
	if err != nil {
		return fmt.Errorf("read personality types for the search: %w", err)
	}
	return nil
}

// quickStoredDate reads a date column as parseStoredDate does, quickly for the usual YYYY-MM-DD:
// a search reads two of them for every customer of the book.
func quickStoredDate(ns sql.NullString) model.Date {
	s := ns.String
	if !ns.Valid || s == "" {
		return model.Date{}
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, ok1 := digitsValue(s[0:4])
		m, ok2 := digitsValue(s[5:7])
		d, ok3 := digitsValue(s[8:10])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return model.Date{Y: y, M: time.Month(m), D: d}
		}
	}
	return parseStoredDate(ns)
}

// digitsValue reads a run of ASCII digits as a number; false when s holds anything else.
func digitsValue(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
