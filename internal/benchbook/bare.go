package benchbook

import (
	"database/sql"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite" // the driver the store uses

	"guanxi/internal/rowvalues"
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

// TimeBare reads every row of a query once on the bare book of customers (see Bare and Drain) and
// returns the wall time it took.
func TimeBare(tb testing.TB, customers int, query string, args ...any) time.Duration {
	tb.Helper()
	db := Bare(tb, customers)
	start := time.Now()
	Drain(tb, db, query, args...)
	return time.Since(start)
}

// Drain runs a query and reads every row and column, as a program that shows them must.
func Drain(tb testing.TB, db *sql.DB, query string, args ...any) int {
	tb.Helper()
	n := 0
	eachRow(tb, db, query, args, func([]any) { n++ })
	return n
}

// Rows reads every row of a query, each as the driver's values in the order of its columns.
func Rows(tb testing.TB, db *sql.DB, query string, args ...any) (cols []string, values [][]any) {
	tb.Helper()
	cols = eachRow(tb, db, query, args, func(v []any) { values = append(values, slices.Clone(v)) })
	return cols, values
}

// eachRow runs a query and hands row every row it answers, as the driver's values in the order of
// its columns, which it returns; the values are read into the same slice row after row.
func eachRow(tb testing.TB, db *sql.DB, query string, args []any, row func(values []any)) []string {
	tb.Helper()
	cols, err := rowvalues.Each(db, query, args, row)
	if err != nil {
		tb.Fatal(err)
	}
	return cols
}

// DropIndexes drops in tx the indexes a query of sqlite_schema names (its columns: name, sql), as
// a bare bulk write does before its rows, and returns the statements that build them again.
func DropIndexes(tb testing.TB, tx *sql.Tx, query string, args ...any) (creates []string) {
	tb.Helper()
	var names []string
	rows, err := tx.Query(query, args...)
	if err != nil {
		tb.Fatal(err)
	}
	for rows.Next() {
		var name, create string
		if err := rows.Scan(&name, &create); err != nil {
			tb.Fatal(err)
		}
		names, creates = append(names, name), append(creates, create)
	}
	rows.Close()
	for _, name := range names {
		if _, err := tx.Exec(`DROP INDEX "` + name + `"`); err != nil {
			tb.Fatal(err)
		}
	}
	return creates
}

// Insert prepares in tx the plain INSERT of one row of table's columns cols, which a bare bulk
// write runs once a row.
func Insert(tb testing.TB, tx *sql.Tx, table string, cols []string) *sql.Stmt {
	tb.Helper()
	st, err := tx.Prepare("INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES (" +
		strings.TrimSuffix(strings.Repeat("?,", len(cols)), ",") + ")")
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// Must returns a function that fails tb on a statement's error, to be written around a write:
// must(tx.Exec(…)).
func Must(tb testing.TB) func(sql.Result, error) {
	return func(_ sql.Result, err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// Begin sets a bare write's connection settings (pragmas) on db and begins its one transaction.
func Begin(tb testing.TB, db *sql.DB, pragmas string) *sql.Tx {
	tb.Helper()
	Must(tb)(db.Exec(pragmas))
	tx, err := db.Begin()
	if err != nil {
		tb.Fatal(err)
	}
	return tx
}
