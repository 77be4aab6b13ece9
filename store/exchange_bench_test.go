package store_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"testing"
	"time"

	"guanxi/exchange"
	"guanxi/internal/benchbook"
	"guanxi/model"
	"guanxi/store"
)

// The import and export bars of docs/PERFORMANCE.md: 100,000 CSV rows imported in 3 s, exported in
// 1 s, with at most 150 MB of memory; each figure is reported beside the same work done bare on
// SQLite, as a ratio. The book is the benchmark book (see internal/benchbook); its
// CSV export, made distinct row by row, is what the import benchmark reads.

// benchFiles returns the benchmark book and the CSV the import reads. The CSV is written once,
// beside the book in the temporary folder and named after it, so it is made again only when the
// book is; it is written aside and renamed, so a run stopped halfway leaves no file that looks
// finished.
func benchFiles(b *testing.B) (book, csvPath string) {
	b.Helper()
	book = benchbook.Path(b, benchbook.Scale)
	csvPath = book + ".import.csv"
	if info, err := os.Stat(csvPath); err == nil && info.Size() > 0 {
		return book, csvPath
	}
	// CSVs of books built before, which their books no longer match, go with them.
	old, _ := filepath.Glob(filepath.Join(filepath.Dir(book), "guanxi-bench-*.import.csv"))
	for _, o := range old {
		if o != csvPath {
			os.Remove(o)
		}
	}
	s, err := store.Open(book)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var buf bytes.Buffer
	if _, err := exchange.Export(context.Background(), s, &buf, exchange.ExportOptions{Format: exchange.CSV, Lang: model.Zh}); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(csvPath+".tmp", distinctRows(b, buf.Bytes()), 0o600); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(csvPath+".tmp", csvPath); err != nil {
		b.Fatal(err)
	}
	return book, csvPath
}

// distinctRows numbers the name, company and email of every row and drops its lasting identifier:
// at 100,000 customers the generator repeats companies and their addresses, which an import
// rightly takes for duplicates, and the benchmark is of 100,000 new customers.
func distinctRows(b *testing.B, data []byte) []byte {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	rows, err := r.ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, row := range rows[1:] {
		n := strconv.Itoa(i + 1)
		if row[col["公司"]] == row[col["姓名/名称"]] {
			row[col["公司"]] += n
		} else if row[col["公司"]] != "" {
			row[col["公司"]] += n
		}
		row[col["姓名/名称"]] += n
		if e := row[col["邮箱"]]; e != "" {
			row[col["邮箱"]] = n + "." + e
		}
		row[col["唯一编号"]] = ""
	}
	var out bytes.Buffer
	out.WriteString("\ufeff")
	w := csv.NewWriter(&out)
	w.WriteAll(rows)
	return out.Bytes()
}

// peakHeap samples the heap while fn runs and returns the most it held, in MB.
func peakHeap(fn func()) float64 {
	runtime.GC()
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse+ms.StackInuse)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	fn()
	close(stop)
	<-done
	return float64(peak) / (1 << 20)
}

func BenchmarkImportCSV100k(b *testing.B) {
	_, csvPath := benchFiles(b)
	ctx := context.Background()
	// As `guanxi import` does: a soft limit keeps the collector from letting the heap double.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(exchange.MemoryLimit))
	var ours, bare, oursCPU, bareCPU time.Duration
	var peak float64
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		s, err := store.Open(filepath.Join(dir, "import.db"))
		if err != nil {
			b.Fatal(err)
		}
		var sum exchange.Summary
		start, cpu := time.Now(), benchbook.CPU()
		peak = max(peak, peakHeap(func() {
			sum, err = exchange.Import(ctx, s, csvPath, exchange.Options{Lang: model.Zh})
		}))
		ours += time.Since(start)
		oursCPU += benchbook.CPU() - cpu
		s.Close()
		if err != nil {
			b.Fatal(err)
		}
		if sum.Added+sum.Skipped != benchbook.Scale || sum.Skipped > 100 || len(sum.Errors) > 0 {
			b.Fatalf("imported %d of %d rows, skipped %d; %d errors", sum.Added, benchbook.Scale, sum.Skipped, len(sum.Errors))
		}
		b.StopTimer()
		wall, cpuTime := bareImport(b, csvPath, filepath.Join(dir, "import.db"), filepath.Join(dir, "bare.db"))
		bare, bareCPU = bare+wall, bareCPU+cpuTime
		b.StartTimer()
	}
	b.ReportMetric(float64(ours.Milliseconds())/float64(b.N), "ms/import")
	b.ReportMetric(float64(bare.Milliseconds())/float64(b.N), "bare-ms/import")
	b.ReportMetric(float64(ours)/float64(bare), "ratio")
	b.ReportMetric(float64(oursCPU.Milliseconds())/float64(b.N), "cpu-ms/import")
	b.ReportMetric(float64(bareCPU.Milliseconds())/float64(b.N), "bare-cpu-ms/import")
	b.ReportMetric(peak, "peak-heap-MB")
}

// bareImport does bare on SQLite the work the import did in imported: it reads the same CSV with
// encoding/csv and writes, for each row, the very values the import wrote for it, with the
// statements the import runs: in one transaction, the customers' secondary indexes dropped, one
// prepared INSERT a row, then the rows of the other tables the import wrote (the logged contacts,
// put-offs and reminders of a sheet's days), the customers' indexes built again. The values are read from imported before the
// clock starts, so what is timed is the file's parsing and SQLite's writing alone. It returns the
// wall and processor time.
func bareImport(b *testing.B, csvPath, imported, dbPath string) (time.Duration, time.Duration) {
	cols, values := importedRows(b, imported, "customers")
	// The rows of a sheet's last contacts and next due days, which the import writes after the
	// customers, a table at a time.
	var records []tableRows
	for _, table := range []string{"interactions", "plan_snoozes", "reminders"} {
		c, v := importedRows(b, imported, table)
		records = append(records, tableRows{name: table, cols: c, values: v})
	}
	s, err := store.Open(dbPath)
	if err != nil {
		b.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", "file:"+dbPath+"?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	f, err := os.Open(csvPath)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	// The values held here would make the import's memory limit run the collector without end.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	runtime.GC()
	start, cpu := time.Now(), benchbook.CPU()
	must := benchbook.Must(b)
	// The connection settings of a large import (see store.WriteBulkMany).
	tx := benchbook.Begin(b, db, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384")
	creates := benchbook.DropIndexes(b, tx, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customers' AND sql IS NOT NULL")
	r := csv.NewReader(bufio.NewReader(f))
	r.ReuseRecord = true
	if _, err := r.Read(); err != nil {
		b.Fatal(err)
	}
	st := benchbook.Insert(b, tx, "customers", cols)
	for n := 0; ; n++ {
		if _, err := r.Read(); err == io.EOF {
			break
		} else if err != nil {
			b.Fatal(err)
		}
		if n < len(values) {
			must(st.Exec(values[n]...))
		}
	}
	st.Close()
	for _, t := range records {
		t.insert(b, tx)
	}
	for _, create := range creates {
		must(tx.Exec(create))
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start), benchbook.CPU() - cpu
}

// importedRows reads every column but the id (where the table has one) of every row of a table of
// a book, in the order of its key.
func importedRows(b *testing.B, path, table string) ([]string, [][]any) {
	db, err := benchbook.OpenBare(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	cols, rows := benchbook.Rows(b, db, "SELECT * FROM "+table+" ORDER BY 1")
	if cols[0] != "id" {
		return cols, rows
	}
	out := make([][]any, len(rows))
	for i, vals := range rows {
		out[i] = vals[1:]
	}
	return cols[1:], out
}

func BenchmarkExportCSV100k(b *testing.B) {
	book, _ := benchFiles(b)
	ctx := context.Background()
	s, err := store.Open(book)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var ours, bare time.Duration
	var peak float64
	for i := 0; i < b.N; i++ {
		var n int
		start := time.Now()
		peak = max(peak, peakHeap(func() {
			n, err = exchange.Export(ctx, s, io.Discard, exchange.ExportOptions{Format: exchange.CSV, Lang: model.Zh})
		}))
		ours += time.Since(start)
		if err != nil || n != benchbook.Scale {
			b.Fatalf("exported %d of %d: %v", n, benchbook.Scale, err)
		}
		b.StopTimer()
		bare += bareExport(b, book)
		b.StartTimer()
	}
	b.ReportMetric(float64(ours.Milliseconds())/float64(b.N), "ms/export")
	b.ReportMetric(float64(bare.Milliseconds())/float64(b.N), "bare-ms/export")
	b.ReportMetric(float64(ours)/float64(bare), "ratio")
	b.ReportMetric(peak, "peak-heap-MB")
}

// bareExport reads every column of every customer and writes them with encoding/csv: what SQLite
// and the CSV writer alone cost.
func bareExport(b *testing.B, book string) time.Duration {
	db, err := sql.Open("sqlite", "file:"+book+"?mode=ro")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	rows, err := db.Query("SELECT * FROM customers WHERE deleted_at IS NULL ORDER BY id")
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]sql.NullString, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	w := csv.NewWriter(bufio.NewWriter(io.Discard))
	w.Write(cols)
	row := make([]string, len(cols))
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			b.Fatal(err)
		}
		for i, v := range vals {
			row[i] = v.String
		}
		w.Write(row)
	}
	w.Flush()
	return time.Since(start)
}
