package store_test

import (
	"context"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/store"
)

// scale is the size of the benchmark book (docs/PERFORMANCE.md).
const scale = 100_000

// BenchmarkLoadSearchIndex reads the whole book into the search index, as the list does in the
// background after its first screen; bare is the same rows read by SQLite and thrown away.
func BenchmarkLoadSearchIndex(b *testing.B) {
	s := benchbook.Open(b, scale)
	ctx := context.Background()
	db := benchbook.Bare(b, scale)
	start := time.Now()
	benchbook.Drain(b, db, `SELECT id, name, name_key, company, phone, email, wechat, tags,
		region, industry, level, stage, last_contact_on, next_due_on, order_total
		FROM customers WHERE deleted_at IS NULL ORDER BY id`)
	bare := time.Since(start)
	b.ResetTimer()
	c0 := benchbook.CPU()
	for b.Loop() {
		ix, err := s.LoadSearchIndex(ctx)
		if err != nil || ix.Len() != scale {
			b.Fatalf("index of %d customers, %v", ix.Len(), err)
		}
	}
	b.ReportMetric(float64((benchbook.CPU()-c0).Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(bare.Microseconds())/1000, "bare-ms")
}

// BenchmarkSearch100k is a search of the whole index, as for the first character typed, without
// drawing.
func BenchmarkSearch100k(b *testing.B) {
	s := benchbook.Open(b, scale)
	ix, err := s.LoadSearchIndex(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"z", "zs", "zhang", "张", "138", "公司", "zhangwei"} {
		b.Run(q, func(b *testing.B) {
			n := 0
			c0 := benchbook.CPU()
			for b.Loop() {
				n = ix.Search(store.ListQuery{Text: q}, nil).Len()
			}
			b.ReportMetric(float64((benchbook.CPU()-c0).Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
			b.ReportMetric(float64(n), "found")
		})
	}
}

// BenchmarkTyping100k is the searches of the list as words are typed and erased a character at a
// time, each told the answers before it as the list does (see SearchCache): one op is one keystroke.
func BenchmarkTyping100k(b *testing.B) {
	s := benchbook.Open(b, scale)
	ix, err := s.LoadSearchIndex(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, w := range []string{"zhangwei", "wjg", "张伟", "138 0013", "lixiao", "公司"} {
		r := []rune(w)
		for i := 1; i <= len(r); i++ {
			texts = append(texts, string(r[:i]))
		}
		for i := len(r) - 1; i >= 0; i-- {
			texts = append(texts, string(r[:i]))
		}
	}
	var cache store.SearchCache
	cache.Put(ix.Search(store.ListQuery{}, nil))
	i := 0
	c0 := benchbook.CPU()
	for b.Loop() {
		q := store.ListQuery{Text: texts[i%len(texts)]}
		prev, _ := cache.Lookup(ix, q, nil)
		cache.Put(ix.SearchAfter(prev, q, nil))
		i++
	}
	b.ReportMetric(float64((benchbook.CPU()-c0).Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkListFullCustomers reads every customer with every field, as `guanxi list --json` does,
// in one query; one-by-one-ms is the way it read them before, the list's rows and then each
// customer on their own; bare is the same columns read by SQLite alone.
func BenchmarkListFullCustomers(b *testing.B) {
	s := benchbook.Open(b, scale)
	ctx := context.Background()
	db := benchbook.Bare(b, scale)
	start := time.Now()
	benchbook.Drain(b, db, `SELECT c.*, (SELECT group_concat(type_code, ',') FROM person_types pt
		WHERE pt.customer_id = c.id AND pt.contact_id IS NULL) FROM customers c WHERE c.deleted_at IS NULL
		ORDER BY c.next_due_on IS NULL, c.next_due_on, c.name, c.id`)
	bare := time.Since(start)
	start = time.Now()
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
		if err != nil || len(all) != scale {
			b.Fatalf("%d customers, %v", len(all), err)
		}
	}
	b.ReportMetric(float64(oneByOne.Milliseconds()), "one-by-one-ms")
	b.ReportMetric(float64(bare.Milliseconds()), "bare-ms")
}
