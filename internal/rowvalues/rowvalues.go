// Package rowvalues reads the rows of a query straight off database/sql, each as the driver's own
// values, for what reads a book bare beside guanxi: the benchmarks' bare reads (internal/benchbook)
// and the least Go program that answers `guanxi show` (scripts/startcost/floor). It imports nothing
// but database/sql, so the floor program stays the least a Go program does.
package rowvalues

import "database/sql"

// Each runs a query on db and hands row every row it answers, as the driver's values in the order
// of its columns, which it returns; the values are read into the same slice row after row, so row
// keeps a copy of what it keeps. It stops at the first error.
func Each(db *sql.DB, query string, args []any, row func(values []any)) ([]string, error) {
	rows, err := db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		row(vals)
	}
	return cols, rows.Err()
}
