package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"guanxi/model"
)

// EachListed calls fn with each customer ListCustomers would return for q, in the same order,
// as the rows are read instead of holding them all: the command line's list of a whole book of
// 100,000 customers then needs memory for the customers of one tie of the order at a time. full
// reads every field, as ListFullCustomers. A limit and the order by name (by pinyin, which needs
// every row) are read whole first. A query with text is a search, not a list: an error.
func (s *Store) EachListed(ctx context.Context, q ListQuery, full bool, fn func(*model.Customer) error) error {
	if strings.TrimSpace(q.Text) != "" {
		return errors.New("list customers: a search is answered by package search, not read as a list")
	}
	if q.Sort == SortName || q.Limit > 0 {
		list := s.ListCustomers
		if full {
			list = s.ListFullCustomers
		}
		rows, err := list(ctx, q)
		if err != nil {
			return err
		}
		for i := range rows {
			if err := fn(&rows[i]); err != nil {
				return err
			}
		}
		return nil
	}
	columns, scan := listColumns, scanListRow
	if full {
		columns, scan = fullListColumns, scanFullListRow
	}
	query, args := listSQL(q, columns)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("list customers: %w", err)
	}
	defer rows.Close()
	// The rows tied in the order are held until the tie ends, and put in the order of their names
	// read as pinyin, as queryList puts them (see breakTies).
	var tied []model.Customer
	var keys []string
	emit := func() error {
		sortByPinyin(tied, keys)
		for i := range tied {
			if err := fn(&tied[i]); err != nil {
				return err
			}
		}
		tied, keys = tied[:0], keys[:0]
		return nil
	}
	for rows.Next() {
		var key string
		c, err := scan(extraScan{rows, []any{&key}})
		if err != nil {
			return fmt.Errorf("list customers: %w", err)
		}
		if len(tied) > 0 && placeOf(q.Sort, c) != placeOf(q.Sort, tied[0]) {
			if err := emit(); err != nil {
				return err
			}
		}
		tied, keys = append(tied, c), append(keys, key)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list customers: %w", err)
	}
	return emit()
}
