package store_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"guanxi/exchange"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// The import and export budgets of the design: 100,000 CSV rows imported in 3 s and exported in
// 1 s, with at most 150 MB of memory; each figure is reported beside the same work done bare on
// SQLite, as a ratio. The CSV is generated from the sample data: a book of 100,000 generated
// customers is written once and exported, and that file is what the import benchmark reads.

const benchCustomers = 100_000

// benchData is the generated book and its CSV, kept while the benchmark that wrote them runs
// (the calls of one benchmark with growing b.N share them).
var benchData struct {
	book string // a book of benchCustomers generated customers
	csv  string // its CSV export
}

func benchFiles(b *testing.B) (book, csvPath string) {
	b.Helper()
	if _, err := os.Stat(benchData.csv); err == nil && benchData.csv != "" {
		return benchData.book, benchData.csv
	}
	dir := b.TempDir()
	book, csvPath = filepath.Join(dir, "book.db"), filepath.Join(dir, "customers.csv")
	s, err := store.Open(book)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := sample.Fill(ctx, s, sample.Options{Customers: benchCustomers, Seed: 7, Today: model.MustDate("2026-03-10")}); err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := exchange.Export(ctx, s, &buf, exchange.ExportOptions{Format: exchange.CSV, Lang: model.Zh}); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(csvPath, distinctRows(b, buf.Bytes()), 0o600); err != nil {
		b.Fatal(err)
	}
	benchData.book, benchData.csv = book, csvPath
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
	var ours, bare time.Duration
	var peak float64
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		s, err := store.Open(filepath.Join(dir, "import.db"))
		if err != nil {
			b.Fatal(err)
		}
		var sum exchange.Summary
		start := time.Now()
		peak = max(peak, peakHeap(func() {
			sum, err = exchange.Import(ctx, s, csvPath, exchange.Options{Lang: model.Zh})
		}))
		ours += time.Since(start)
		s.Close()
		if err != nil {
			b.Fatal(err)
		}
		if sum.Added+sum.Skipped != benchCustomers || sum.Skipped > 100 || len(sum.Errors) > 0 {
			b.Fatalf("imported %d of %d rows, skipped %d; %d errors", sum.Added, benchCustomers, sum.Skipped, len(sum.Errors))
		}
		b.StopTimer()
		bare += bareImport(b, csvPath, filepath.Join(dir, "bare.db"))
		b.StartTimer()
	}
	b.ReportMetric(float64(ours.Milliseconds())/float64(b.N), "ms/import")
	b.ReportMetric(float64(bare.Milliseconds())/float64(b.N), "bare-ms/import")
	b.ReportMetric(float64(ours)/float64(bare), "ratio")
	b.ReportMetric(peak, "peak-heap-MB")
}

// bareImport reads the same CSV with encoding/csv and inserts the cells of every row as they are
// into the customers table of a new book (the same schema, indexes and all), one prepared
// statement in one transaction: what SQLite alone costs for the rows the import writes.
func bareImport(b *testing.B, csvPath, dbPath string) time.Duration {
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
	f, err := os.Open(csvPath)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	start := time.Now()
	r := csv.NewReader(bufio.NewReader(f))
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		b.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	fields := []string{"姓名/名称", "公司", "电话", "邮箱", "微信", "地址", "地区", "行业", "备注", "标签"}
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	st, err := tx.Prepare(`INSERT INTO customers (uid, name, company, phone, email, wechat, address, region, industry,
		notes, tags, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		b.Fatal(err)
	}
	args := make([]any, len(fields)+3)
	now := time.Now().Unix()
	for n := 0; ; n++ {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		args[0] = strconv.FormatInt(int64(n)*2654435761, 16)
		for i, f := range fields {
			args[i+1] = row[col[f]]
		}
		args[len(fields)+1], args[len(fields)+2] = now, now
		if _, err := st.Exec(args...); err != nil {
			b.Fatal(err)
		}
	}
	st.Close()
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
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
		if err != nil || n != benchCustomers {
			b.Fatalf("exported %d of %d: %v", n, benchCustomers, err)
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
