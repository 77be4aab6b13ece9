package benchbook

import (
	"database/sql"
	"net/url"
	"testing"

	_ "modernc.org/sqlite" // the driver the store uses
)

// Bare opens the book of Path straight on SQLite, with none of guanxi around it, read-only, and
// closes it when the benchmark ends: the benchmarks run the query behind each figure on it and
// report the two side by side.
func Bare(tb testing.TB, customers int) *sql.DB {
	tb.Helper()
	db, err := OpenBare(Path(tb, customers))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// OpenBare opens a book straight on SQLite, read-only, and checks that it answers.
func OpenBare(path string) (*sql.DB, error) {
	v := url.Values{}
	v.Add("_pragma", "query_only(1)")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+v.Encode())
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Drain runs a query and reads every row and column, as a program that shows them must.
func Drain(tb testing.TB, db *sql.DB, query string, args ...any) int {
	tb.Helper()
	rows, err := db.Query(query, args...)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		tb.Fatal(err)
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			tb.Fatal(err)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return n
}
