package store_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/model"
	"guanxi/store"
)

// checklistScale is the book of DESIGN.md: 100,000 customers, 200,000 reminders.
const checklistScale = 100_000

// checklistBudget is DESIGN.md's bar for the follow-up checklist.
const checklistBudget = 10 * time.Millisecond

// BenchmarkChecklist reads the whole follow-up checklist (overdue, today and the next 7 days) of
// the benchmark book, and beside it the same statements run bare on SQLite with every row read and
// nothing done with it. It reports the bare time, the ratio, how many items, and the budget. The
// generated book has tens of thousands of items due in a week: this is what `guanxi today` reads.
// The book is built (about a minute, once per machine) only when -bench asks for this benchmark.
func BenchmarkChecklist(b *testing.B) {
	s := benchbook.Open(b, checklistScale)
	db := benchbook.Bare(b, checklistScale)
	ctx := context.Background()
	today := benchbook.Today
	if lead, err := store.GreetingLeadDaysOf(s); err != nil || lead != model.DefaultGreetingLeadDays {
		b.Fatalf("the benchmark book has a greeting lead of %d (%v); the bare queries assume %d", lead, err, model.DefaultGreetingLeadDays)
	}
	items, err := s.Checklist(ctx, today, 7)
	if err != nil {
		b.Fatal(err)
	}
	// The bare figure is the median of several runs, taken before the loop on a warm cache.
	var bare []time.Duration
	for range 15 {
		start := time.Now()
		for _, q := range store.ChecklistQueries(today, 7, items) {
			benchbook.Drain(b, db, q.SQL, q.Args...)
		}
		bare = append(bare, time.Since(start))
	}
	sort.Slice(bare, func(i, j int) bool { return bare[i] < bare[j] })
	bareMed := bare[len(bare)/2]

	b.ResetTimer()
	for b.Loop() {
		got, err := s.Checklist(ctx, today, 7)
		if err != nil || len(got) != len(items) {
			b.Fatalf("checklist of %d items (%v), want %d", len(got), err, len(items))
		}
	}
	per := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(bareMed.Microseconds())/1000, "bare-ms")
	b.ReportMetric(float64(per)/float64(bareMed), "x-bare")
	b.ReportMetric(float64(len(items)), "items")
	b.ReportMetric(float64(checklistBudget.Milliseconds()), "budget-ms")
}

// headShown is how many items the follow-up view reads.
const headShown = 100

// BenchmarkChecklistHead reads what the follow-up view shows of the same checklist: the earliest
// 100 items and the counts of overdue and today, beside the same statements run bare. cpu-ms/op
// and bare-cpu-ms are the processor time of each, steadier than wall time on a shared machine.
func BenchmarkChecklistHead(b *testing.B) {
	s := benchbook.Open(b, checklistScale)
	db := benchbook.Bare(b, checklistScale)
	ctx := context.Background()
	today := benchbook.Today
	h, err := s.ChecklistHead(ctx, today, 7, headShown)
	if err != nil {
		b.Fatal(err)
	}
	// The coming days are read only when overdue and today leave room in the head.
	coming := 0
	if !h.OverdueMore && !h.TodayMore {
		coming = headShown - h.Overdue - h.DueToday
	}
	var bare []time.Duration
	c0 := benchbook.CPU()
	for range 30 {
		start := time.Now()
		for _, q := range store.ChecklistHeadQueries(today, 7, headShown, coming, h.Items) {
			benchbook.Drain(b, db, q.SQL, q.Args...)
		}
		bare = append(bare, time.Since(start))
	}
	bareCPU := (benchbook.CPU() - c0) / 30
	sort.Slice(bare, func(i, j int) bool { return bare[i] < bare[j] })
	bareMed := bare[len(bare)/2]
	b.ResetTimer()
	c0 = benchbook.CPU()
	for b.Loop() {
		if _, err := s.ChecklistHead(ctx, today, 7, headShown); err != nil {
			b.Fatal(err)
		}
	}
	per := b.Elapsed() / time.Duration(b.N)
	// Processor time tells the work apart from waiting on a shared machine's other load.
	b.ReportMetric(float64((benchbook.CPU()-c0).Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(bareCPU.Nanoseconds())/1e6, "bare-cpu-ms")
	b.ReportMetric(float64(bareMed.Microseconds())/1000, "bare-ms")
	b.ReportMetric(float64(per)/float64(bareMed), "x-bare")
	b.ReportMetric(float64(len(h.Items)), "items")
	b.ReportMetric(float64(checklistBudget.Milliseconds()), "budget-ms")
	if per > checklistBudget {
		b.Logf("over the budget: %v a read, %v bare", per, bareMed)
	}
}
