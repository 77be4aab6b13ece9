package store_test

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/sample"
	"guanxi/store"
)

// The tables a generated book fills, in the order the bare side writes them (customers before the
// rows that refer to them).
var wholeBookTables = []string{"customers", "contacts", "person_types", "interactions", "deals", "reminders", "complaints"}

// wholeCustomers is the size of BenchmarkWholeBook's book; -whole-customers 100000 measures the
// size of `guanxi demo --size 100000` (its bare side then holds 1.7 million rows in memory).
var wholeCustomers = flag.Int("whole-customers", 20_000, "customers of BenchmarkWholeBook's book")

// BenchmarkWholeBook sets `guanxi demo` beside bare SQLite writing the same rows, in turns: each
// operation generates and writes a new book of 20,000 customers (or -whole-customers) in the
// benchmark book's proportions as `guanxi demo --size 20000` does, then writes the very rows of
// that book bare (see bareWhole).
// It reports the wall and processor time of both and their ratio.
//
//	go test ./store -run '^$' -bench WholeBook -benchtime 3x [-args -whole-customers 100000]
func BenchmarkWholeBook(b *testing.B) {
	n := *wholeCustomers
	if testing.Short() {
		n = 6_000 // still written whole: CI checks the path, not its time
	}
	ctx := context.Background()
	today := time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)
	clock := store.WithClock(func() time.Time { return today })
	fill := func(s *store.Store) error {
		return sample.Fill(ctx, s, sample.Options{Customers: n, Seed: 1, Scale: true})
	}
	dir := b.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := store.CreateFilled(empty, nil); err != nil {
		b.Fatal(err)
	}
	var ours, bare, oursCPU, bareCPU time.Duration
	var rows int
	for i := 0; i < b.N; i++ {
		path := filepath.Join(dir, fmt.Sprintf("demo-%d.db", i))
		runtime.GC()
		start, cpu := time.Now(), benchbook.CPU()
		if err := store.CreateFilled(path, fill, clock); err != nil {
			b.Fatal(err)
		}
		ours += time.Since(start)
		oursCPU += benchbook.CPU() - cpu
		b.StopTimer()
		tables := bookRows(b, path)
		os.Remove(path)
		wall, cpuTime, written := bareWhole(b, tables, empty, filepath.Join(dir, fmt.Sprintf("bare-%d.db", i)))
		bare, bareCPU, rows = bare+wall, bareCPU+cpuTime, written
		tables = nil
		b.StartTimer()
	}
	b.ReportMetric(float64(ours.Milliseconds())/float64(b.N), "ms/book")
	b.ReportMetric(float64(bare.Milliseconds())/float64(b.N), "bare-ms/book")
	b.ReportMetric(float64(oursCPU.Milliseconds())/float64(b.N), "cpu-ms/book")
	b.ReportMetric(float64(bareCPU.Milliseconds())/float64(b.N), "bare-cpu-ms/book")
	b.ReportMetric(float64(oursCPU)/float64(bareCPU), "cpu-ratio")
	b.ReportMetric(float64(rows), "rows")
}

// tableRows are the rows of one table: its columns, and each row's values in that order.
type tableRows struct {
	name   string
	cols   []string
	values [][]any
}

// insert writes the rows bare in tx, one prepared INSERT a row, and returns how many it wrote.
func (t tableRows) insert(b *testing.B, tx *sql.Tx) int {
	st := benchbook.Insert(b, tx, t.name, t.cols)
	defer st.Close()
	must := benchbook.Must(b)
	for _, v := range t.values {
		must(st.Exec(v...))
	}
	return len(t.values)
}

// bookRows reads every row of the tables a generated book fills, in the order of their ids.
func bookRows(b *testing.B, path string) []tableRows {
	db, err := benchbook.OpenBare(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var out []tableRows
	for _, t := range wholeBookTables {
		tr := tableRows{name: t}
		tr.cols, tr.values = benchbook.Rows(b, db, "SELECT * FROM "+t+" ORDER BY rowid")
		out = append(out, tr)
	}
	return out
}

// bareWhole writes tables into a copy of the empty book at emptyPath, at path, the plain way a
// program using SQLite would write a new database from nothing: the connection's journal, sync and
// foreign keys off and the same page cache as the book's bulk writer, one transaction, the
// secondary indexes of the tables dropped, one prepared INSERT per row, the indexes built again
// (with the same two sorting threads). It does none of guanxi's work: no generating, no checking,
// no derived figures. It returns the wall and processor time, and how many rows it wrote.
func bareWhole(b *testing.B, tables []tableRows, emptyPath, path string) (time.Duration, time.Duration, int) {
	data, err := os.ReadFile(emptyPath)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	defer os.Remove(path)
	// The rows held here would make a memory limit run the collector without end.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	runtime.GC()
	start, cpu := time.Now(), benchbook.CPU()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)&_pragma=foreign_keys(0)")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	must := benchbook.Must(b)
	tx := benchbook.Begin(b, db, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384; PRAGMA threads = 2")
	marks := strings.TrimSuffix(strings.Repeat("?,", len(wholeBookTables)), ",")
	args := make([]any, len(wholeBookTables))
	for i, t := range wholeBookTables {
		args[i] = t
	}
	creates := benchbook.DropIndexes(b, tx, `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
		AND upper(sql) NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (`+marks+`)`, args...)
	written := 0
	for _, t := range tables {
		written += t.insert(b, tx)
	}
	for _, create := range creates {
		must(tx.Exec(create))
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start), benchbook.CPU() - cpu, written
}
