package store_test

import (
	"context"
	"fmt"
	"testing"

	"guanxi/internal/benchbook"
	"guanxi/model"
	"guanxi/store"
)

// followUpShown is how many items the follow-up view reads around what it shows.
const followUpShown = 100

// BenchmarkFollowUpRead reads what the follow-up view reads when it opens: the whole checklist's
// keys in order with its counts (store.ChecklistIndex), then the first items shown. It runs on a
// copy of the benchmark book, as generated and after a few customers were added one at a time the
// way a user adds them: new rows must not turn an indexed read into a walk over the book.
// cpu-ms/op is the processor time of a read, steadier than wall time on a shared machine.
func BenchmarkFollowUpRead(b *testing.B) {
	for _, added := range []int{0, 20} {
		b.Run(fmt.Sprintf("added=%d", added), func(b *testing.B) {
			s, err := store.Open(benchbook.Copy(b, benchbook.Scale), store.WithClock(benchbook.Now))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { s.Close() })
			ctx := context.Background()
			for i := range added {
				c := &model.Customer{Name: fmt.Sprintf("新客户%02d", i), Company: "新公司", Phone: fmt.Sprintf("1390000%04d", i)}
				if err := s.AddCustomer(ctx, c); err != nil {
					b.Fatal(err)
				}
			}
			today := benchbook.Today
			read := func() int {
				x, err := s.ChecklistIndex(ctx, today, 7)
				if err != nil {
					b.Fatal(err)
				}
				items, err := s.ChecklistPage(ctx, x, 0, followUpShown)
				if err != nil || len(items) != min(followUpShown, x.Len()) {
					b.Fatalf("%d items of %d (%v)", len(items), x.Len(), err)
				}
				return x.Len()
			}
			n := read()
			b.ResetTimer()
			cpu := benchbook.CPU()
			for b.Loop() {
				read()
			}
			benchbook.ReportCPU(b, cpu)
			b.ReportMetric(float64(n), "items")
			b.ReportMetric(float64(checklistBudget.Milliseconds()), "budget-ms")
		})
	}
}
