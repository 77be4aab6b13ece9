package store_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/internal/samplebook"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
	"guanxi/wording"
)

// followUpBudget is the bar of a frame: opening the follow-up to its first rows, a page down and a
// jump to the last item each within one frame at 60 Hz.
const followUpBudget = 16 * time.Millisecond

// followUpPage is how many items the follow-up view reads at a time: a tall screen with a margin
// a screen high either side.
const followUpPage = 120

// benchBare runs the statements several times bare on SQLite, warm, and returns the median and
// the processor time of a run.
func benchBare(b *testing.B, qs []store.BareQuery, runs int) (med, cpu time.Duration) {
	db := benchbook.Bare(b, benchbook.Scale)
	var times []time.Duration
	c0 := benchbook.CPU()
	for range runs {
		start := time.Now()
		for _, q := range qs {
			benchbook.Drain(b, db, q.SQL, q.Args...)
		}
		times = append(times, time.Since(start))
	}
	cpu = (benchbook.CPU() - c0) / time.Duration(runs)
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	return times[len(times)/2], cpu
}

// reportFollowUp reports a read's time beside its bare median, as a ratio, and the budget; and
// the processor time of each (since c0), steadier than wall time on a shared machine.
func reportFollowUp(b *testing.B, bare, bareCPU, c0 time.Duration) {
	per := b.Elapsed() / time.Duration(b.N)
	cpu := benchbook.ReportCPU(b, c0)
	b.ReportMetric(float64(bare.Microseconds())/1000, "bare-ms")
	b.ReportMetric(float64(per)/float64(bare), "x-bare")
	b.ReportMetric(float64(bareCPU.Microseconds())/1000, "bare-cpu-ms")
	b.ReportMetric(float64(cpu)/float64(bareCPU), "x-bare-cpu")
	b.ReportMetric(float64(followUpBudget.Milliseconds()), "budget-ms")
}

// BenchmarkFollowUpOpen opens the follow-up view on the benchmark book: the first items of the
// checklist in its order (store.ChecklistHead), and the rows of its first page; beside it the same
// statements run bare. The whole checklist's order, which the view reads next in the background,
// is BenchmarkFollowUpIndex.
func BenchmarkFollowUpOpen(b *testing.B) {
	benchFollowUpEnd(b, (*store.Store).ChecklistHead, store.ChecklistHeadQueries, func(items []model.ChecklistItem) []model.ChecklistItem {
		return items[:min(followUpPage, len(items))]
	})
}

// BenchmarkFollowUpCounts counts the checklist's items overdue, today and in all without reading
// them (store.ChecklistCounts), as the follow-up view does after its head, for the header and the
// tab, before the whole checklist's order is read.
func BenchmarkFollowUpCounts(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	ctx := context.Background()
	b.ResetTimer()
	c0 := benchbook.CPU()
	var n store.ChecklistCounts
	for b.Loop() {
		var err error
		if n, err = s.ChecklistCounts(ctx, benchbook.Today, 7); err != nil {
			b.Fatal(err)
		}
	}
	benchbook.ReportCPU(b, c0)
	b.ReportMetric(float64(n.All), "items")
}

// BenchmarkFollowUpIndex reads what the follow-up view reads in the background once its first
// rows are shown: the whole checklist of the week as keys in its order (tens of thousands of
// items), with its counts; beside it the same statements run bare. index-MB is the memory the
// keys hold.
func BenchmarkFollowUpIndex(b *testing.B) {
	s, ctx, today, items := openFollowUpBench(b)
	var x *store.ChecklistIndex
	held, _ := benchbook.HeapHeld(func() any {
		var err error
		if x, err = s.ChecklistIndex(ctx, today, 7); err != nil {
			b.Fatal(err)
		}
		return x
	})
	bare, bareCPU := benchBare(b, store.ChecklistIndexQueries(today, 7, items), 9)
	b.ResetTimer()
	c0 := benchbook.CPU()
	for b.Loop() {
		if _, err := s.ChecklistIndex(ctx, today, 7); err != nil {
			b.Fatal(err)
		}
	}
	reportFollowUp(b, bare, bareCPU, c0)
	b.ReportMetric(float64(x.Len()), "items")
	b.ReportMetric(held/(1<<20), "index-MB")
}

// BenchmarkFollowUpPageDown reads the items of a page in the middle of the checklist, as a page
// down does when it leaves the part read; BenchmarkFollowUpEnd the last page, as end does.
func BenchmarkFollowUpPageDown(b *testing.B) { benchFollowUpPage(b, func(n int) int { return n / 2 }) }

// BenchmarkFollowUpEnd reads the items of the checklist's last page.
func BenchmarkFollowUpEnd(b *testing.B) {
	benchFollowUpPage(b, func(n int) int { return max(n-followUpPage, 0) })
}

// BenchmarkFollowUpEndFirst is end pressed as the first key, before the whole checklist's order
// is read: the last items of the checklist in its order (store.ChecklistTail) and their rows;
// beside it the same statements run bare.
func BenchmarkFollowUpEndFirst(b *testing.B) {
	benchFollowUpEnd(b, (*store.Store).ChecklistTail, store.ChecklistTailQueries, func(items []model.ChecklistItem) []model.ChecklistItem {
		return items[max(len(items)-followUpPage, 0):]
	})
}

// openFollowUpBench opens the benchmark book and reads its whole checklist of the week, the items
// the bare statements of a benchmark are made for.
func openFollowUpBench(b *testing.B) (*store.Store, context.Context, model.Date, []model.ChecklistItem) {
	s := benchbook.Open(b, benchbook.Scale)
	ctx := context.Background()
	today := benchbook.Today
	items, err := s.Checklist(ctx, today, 7)
	if err != nil {
		b.Fatal(err)
	}
	return s, ctx, today, items
}

// benchFollowUpEnd measures one end of the checklist read first, before its whole order: the
// first or last items in its order (read, ChecklistHead or ChecklistTail) and the rows of their
// page; beside it the same statements run bare (queries for the end, and the page of the items
// page picks from the whole checklist).
func benchFollowUpEnd(b *testing.B,
	read func(s *store.Store, ctx context.Context, today model.Date, days, n int) (*store.ChecklistIndex, error),
	queries func(today model.Date, days, n int, whole []model.ChecklistItem) []store.BareQuery,
	page func(items []model.ChecklistItem) []model.ChecklistItem,
) {
	s, ctx, today, items := openFollowUpBench(b)
	bare, bareCPU := benchBare(b, append(queries(today, 7, followUpPage, items), store.ChecklistPageQueries(page(items))...), 31)
	b.ResetTimer()
	c0 := benchbook.CPU()
	for b.Loop() {
		x, err := read(s, ctx, today, 7, followUpPage)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.ChecklistItemsAt(ctx, x, places(0, x.Len())); err != nil {
			b.Fatal(err)
		}
	}
	reportFollowUp(b, bare, bareCPU, c0)
	b.ReportMetric(float64(len(items)), "items")
}

func benchFollowUpPage(b *testing.B, from func(n int) int) {
	s := benchbook.Open(b, benchbook.Scale)
	ctx := context.Background()
	x, err := s.ChecklistIndex(ctx, benchbook.Today, 7)
	if err != nil {
		b.Fatal(err)
	}
	at := places(from(x.Len()), min(from(x.Len())+followUpPage, x.Len()))
	items, err := s.ChecklistItemsAt(ctx, x, at)
	if err != nil {
		b.Fatal(err)
	}
	bare, bareCPU := benchBare(b, store.ChecklistPageQueries(items), 31)
	b.ResetTimer()
	c0 := benchbook.CPU()
	for b.Loop() {
		if _, err := s.ChecklistItemsAt(ctx, x, at); err != nil {
			b.Fatal(err)
		}
	}
	reportFollowUp(b, bare, bareCPU, c0)
}

// places are the checklist places from from to to, not included.
func places(from, to int) []int {
	out := make([]int, 0, max(to-from, 0))
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

// TestFollowUpReadsInShortMode runs the benchmarks' reads on a small book in short mode, so CI
// checks the path they measure: the index and its pages give the whole checklist, item for item.
func TestFollowUpReadsInShortMode(t *testing.T) {
	s := openFollowUpBook(t)
	ctx := context.Background()
	today := s.Today()
	want, err := s.Checklist(ctx, today, 7)
	if err != nil {
		t.Fatal(err)
	}
	x, err := s.ChecklistIndex(ctx, today, 7)
	if err != nil || x.Len() != len(want) {
		t.Fatalf("index of %d items (%v), want %d", x.Len(), err, len(want))
	}
	var got []model.ChecklistItem
	for from := 0; from < x.Len(); from += 7 {
		page, err := s.ChecklistItemsAt(ctx, x, places(from, min(from+7, x.Len())))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, page...)
	}
	for i := range want {
		if got[i].CustomerID != want[i].CustomerID || got[i].Kind != want[i].Kind || got[i].DueOn != want[i].DueOn ||
			wording.Why(&got[i], model.Zh, today) != wording.Why(&want[i], model.Zh, today) {
			t.Fatalf("item %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if _, err := s.ChecklistItemsAt(ctx, x, []int{x.Len()}); err == nil {
		t.Errorf("a place past the end should be refused")
	}
}

// openFollowUpBook is a generated book of 400 customers with their records, at the sample's today.
func openFollowUpBook(t *testing.T) *store.Store {
	t.Helper()
	today := model.MustDate("2026-03-10")
	return samplebook.Open(t, testbook.At(time.Date(today.Y, today.M, today.D, 9, 0, 0, 0, time.Local)),
		sample.Options{Customers: 400, Seed: 5, Today: today})
}
