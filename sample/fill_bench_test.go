package sample

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"guanxi/store"
)

// BenchmarkFillScale writes the benchmark book as `guanxi demo --size 100000` does: 100,000
// customers with about 1,000,000 logged contacts, 300,000 deals and 200,000 reminders.
//
//	go test -run '^$' -bench FillScale -benchtime 1x ./sample/
func BenchmarkFillScale(b *testing.B) {
	n := 100_000
	if testing.Short() {
		n = 6_000 // above wholeAbove: CI checks the path of a large book, not its time
	}
	benchmarkFill(b, n)
}

// BenchmarkFillWhole writes a book of 20,000 customers the way a large one is written (whole, in
// one transaction, its indexes set aside): a fifth of the time of FillScale, for profiling the
// writing with -cpuprofile without waiting for the whole benchmark book.
//
//	go test -run '^$' -bench FillWhole -benchtime 3x -cpuprofile cpu.prof ./sample/
func BenchmarkFillWhole(b *testing.B) {
	n := 20_000
	if testing.Short() {
		n = wholeAbove + 1
	}
	benchmarkFill(b, n)
}

// benchmarkFill writes a new book of n customers in the benchmark book's proportions per
// operation, as `guanxi demo --size n` does, and reports the file's size and the Go heap.
func benchmarkFill(b *testing.B, n int) {
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		b.StartTimer()
		// As `guanxi demo` writes it: a new book, filled under a temporary name.
		err := store.CreateFilled(filepath.Join(dir, "scale.db"), func(s *store.Store) error {
			return Fill(ctx, s, Options{Customers: n, Seed: 1, Today: testToday, Scale: true})
		})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if info, err := os.Stat(filepath.Join(dir, "scale.db")); err == nil {
			b.ReportMetric(float64(info.Size())/(1<<20), "MB-file")
		}
		os.RemoveAll(dir)
		b.StartTimer()
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "MB-heap")
}
