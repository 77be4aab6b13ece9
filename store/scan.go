package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"guanxi/model"
)

// dateArg stores a date as TEXT, or NULL when unset.
func dateArg(d model.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// parseStoredDate reads a date column; a malformed value (never written by guanxi) reads as unset
// rather than failing the whole screen, and `guanxi check` reports it.
func parseStoredDate(ns sql.NullString) model.Date { return anyDate(ns.String) } // NULL's String is ""

// anyText, anyInt and anyDate read a column scanned into any: text, an integer, a stored date.
// NULL, or a value of another type than the column's, reads as the zero value.
func anyText(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []byte:
		return string(t)
	}
	return ""
}

func anyInt(v any) int64 {
	n, _ := v.(int64)
	return n
}

func anyDate(v any) model.Date {
	s := anyText(v)
	if s == "" {
		return model.Date{}
	}
	d, err := model.ParseISODate(s)
	if err != nil {
		return model.Date{}
	}
	return d
}

// atFormat is how the time of a logged contact is stored: local wall time, which sorts as text and
// whose first ten characters are its calendar date.
const atFormat = "2006-01-02 15:04"

func atArg(t time.Time) string { return t.In(time.Local).Format(atFormat) }

func parseAt(s string) time.Time {
	t, err := time.ParseInLocation(atFormat, s, time.Local)
	if err != nil {
		return time.Time{}
	}
	return t
}

// tagsArg joins tags with newlines, which a tag never holds (SplitTags splits on spaces too).
func tagsArg(tags []string) string { return strings.Join(tags, "\n") }

func splitStoredTags(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// eachRow runs a query of one argument and hands every row to scan.
func eachRow(ctx context.Context, db querier, query string, arg any, scan func(*sql.Rows) error) error {
	return eachRowOf(ctx, db, query, []any{arg}, scan)
}

// eachRowOf runs a query with its arguments and hands every row to scan.
func eachRowOf(ctx context.Context, db querier, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// idList writes ids as a JSON array, the one parameter json_each reads them from.
func idList(ids []int64) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	b.WriteByte(']')
	return b.String()
}

// readAll reads every row a query answers, each made by scan, and closes the rows before it
// returns, so the caller may run other statements in the same transaction over what it read.
func readAll[T any](ctx context.Context, q querier, query string, scan func(*sql.Rows) (T, error), args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// readRecords reads every row a query answers as a record, each read by the function that scans its
// kind (record_rows.go); an error says it was reading what (a customer's "deals", "payments" …).
func readRecords[T any](ctx context.Context, q querier, what, query string, scan func(rowScanner) (T, error), args ...any) ([]T, error) {
	out, err := readAll(ctx, q, query, func(rows *sql.Rows) (T, error) { return scan(rows) }, args...)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return out, nil
}

// readStrings reads the one text column of every row a query answers.
func readStrings(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	return readColumn[string](ctx, q, query, args...)
}

// readIDs reads the one integer column of every row a query answers: ids, as a rule.
func readIDs(ctx context.Context, q querier, query string, args ...any) ([]int64, error) {
	return readColumn[int64](ctx, q, query, args...)
}

// readColumn reads the one column of every row a query answers.
func readColumn[T any](ctx context.Context, q querier, query string, args ...any) ([]T, error) {
	return readAll(ctx, q, query, func(rows *sql.Rows) (T, error) {
		var v T
		err := rows.Scan(&v)
		return v, err
	}, args...)
}

// readMap reads the two columns of every row a query answers into a map from the first to the
// second.
func readMap[K comparable, V any](ctx context.Context, q querier, query string, args ...any) (map[K]V, error) {
	out := map[K]V{}
	err := eachRowOf(ctx, q, query, args, func(rows *sql.Rows) error {
		var k K
		var v V
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		out[k] = v
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
