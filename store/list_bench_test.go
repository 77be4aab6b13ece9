package store_test

import (
	"context"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/store"
)

// BenchmarkListFullCustomers reads every customer with every field, as `guanxi list --json` does,
// in one query; one-by-one-ms is the way it read them before, the list's rows and then each
// customer on their own; bare is the same columns read by SQLite alone.
func BenchmarkListFullCustomers(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	ctx := context.Background()
	bare := benchbook.TimeBare(b, benchbook.Scale, `SELECT c.*, (SELECT group_concat(type_code, ',') FROM person_types pt
		WHERE pt.customer_id = c.id AND pt.contact_id IS NULL) FROM customers c WHERE c.deleted_at IS NULL
		ORDER BY c.next_due_on IS NULL, c.next_due_on, c.name, c.id`)
	start := time.Now()
	rows, err := s.ListCustomers(ctx, store.ListQuery{})
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range rows {
		if _, err := s.Customer(ctx, r.ID); err != nil {
			b.Fatal(err)
		}
	}
	oneByOne := time.Since(start)
	b.ResetTimer()
	for b.Loop() {
		all, err := s.ListFullCustomers(ctx, store.ListQuery{})
		if err != nil || len(all) != benchbook.Scale {
			b.Fatalf("%d customers, %v", len(all), err)
		}
	}
	b.ReportMetric(float64(oneByOne.Milliseconds()), "one-by-one-ms")
	b.ReportMetric(float64(bare.Milliseconds()), "bare-ms")
}
