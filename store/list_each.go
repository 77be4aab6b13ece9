package store

import (
	"context"
	"fmt"
	"strings"

	"guanxi/model"
)

// EachListed calls fn with each customer SearchCustomers would return for q, in the same order,
// as the rows are read instead of holding them all: the command line's list of a whole book of
// 100,000 customers then needs memory for one customer at a time. full reads every field, as
// ListFullCustomers. A search, and the order by name (by pinyin, which needs every row), are read
// whole first, as SearchCustomers reads them.
func (s *Store) EachListed(ctx context.Context, q ListQuery, full bool, fn func(*model.Customer) error) error {
	if q.Sort == SortName || strings.TrimSpace(q.Text) != "" {
		rows, err := s.SearchCustomers(ctx, q, full)
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
	for rows.Next() {
		var key string
		c, err := scan(extraScan{rows, []any{&key}})
		if err != nil {
			return fmt.Errorf("list customers: %w", err)
		}
		if err := fn(&c); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list customers: %w", err)
	}
	return nil
}
