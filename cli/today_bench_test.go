package cli

import (
	"context"
	"os"
	"strconv"
	"testing"

	"guanxi/internal/benchbook"
	"guanxi/model"
)

// benchSizes are the books the command line's benchmarks run on; -short keeps the small one, so
// CI checks the measured path without building the large book.
func benchSizes() []int {
	if testing.Short() {
		return []int{1_000}
	}
	return []int{10_000, 100_000}
}

// devNull is the null device, so output costs what it costs on a real file: one system call per
// write that reaches it.
func devNull(b *testing.B) *os.File {
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { f.Close() })
	return f
}

// benchMain runs the command line in-process on the benchmark book of n customers, in Chinese,
// with args after the book's, from the command line to the last byte written to the null device;
// it reports the processor time of a run, steadier than wall time on a shared machine.
func benchMain(b *testing.B, n int, args ...string) {
	path := benchbook.Path(b, n)
	out := devNull(b)
	env := func(string) string { return "" }
	args = append([]string{"--db", path, "--lang", "zh"}, args...)
	c0 := benchbook.CPU()
	for b.Loop() {
		c := newCLI(env, nil, out, out, benchbook.Now)
		if code := c.main(args); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
	benchbook.ReportCPU(b, c0)
}

// BenchmarkToday runs `guanxi today` in-process, from the command line to the last byte written,
// as a table and as JSON.
func BenchmarkToday(b *testing.B) {
	benchTableAndJSON(b, "today")
}

// benchTableAndJSON runs `guanxi command` on each book (benchMain), as a table and as JSON
// (--json), each a sub-benchmark named by the book's size and the format: 10k/table, 10k/json.
func benchTableAndJSON(b *testing.B, command string) {
	for _, n := range benchSizes() {
		for _, format := range []string{"table", "json"} {
			b.Run(sizeName(n)+"/"+format, func(b *testing.B) {
				args := []string{command}
				if format == "json" {
					args = append(args, "--json")
				}
				benchMain(b, n, args...)
			})
		}
	}
}

// BenchmarkTodayPrint times only the printing of the checklist: the table laid out, measured and
// written, on the items of the whole book's next week.
func BenchmarkTodayPrint(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(sizeName(n), func(b *testing.B) {
			s := benchbook.Open(b, n)
			items, err := s.Checklist(context.Background(), benchbook.Today, 7)
			if err != nil {
				b.Fatal(err)
			}
			out := devNull(b)
			c := newCLI(func(string) string { return "" }, nil, out, out, benchbook.Now)
			c.lang = model.Zh
			_, catalog, err := c.catalog(s)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				c.printChecklist(itemList(items), catalog, benchbook.Today, 7)
				c.stdout.Flush()
			}
			b.ReportMetric(float64(len(items)), "items")
		})
	}
}

// sizeName names a sub-benchmark by its book's size: 10k, 100k.
func sizeName(n int) string {
	if n%1000 == 0 {
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}
