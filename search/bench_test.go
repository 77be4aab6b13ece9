package search_test

import (
	"context"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/search"
	"guanxi/store"
)

// BenchmarkLoadSearchIndex reads the whole book into the search index, as the list does in the
// background after its first screen; bare is the same rows read by SQLite and thrown away.
func BenchmarkLoadSearchIndex(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	ctx := context.Background()
	bare := benchbook.TimeBare(b, benchbook.Scale, `SELECT id, name, name_key, company, phone, email, wechat, tags,
		region, industry, level, stage, last_contact_on, next_due_on, order_total
		FROM customers WHERE deleted_at IS NULL ORDER BY id`)
	b.ResetTimer()
	c0 := benchbook.CPU()
	for b.Loop() {
		ix, err := search.Load(ctx, s)
		if err != nil || ix.Len() != benchbook.Scale {
			b.Fatalf("index of %d customers, %v", ix.Len(), err)
		}
	}
	benchbook.ReportCPU(b, c0)
	b.ReportMetric(float64(bare.Microseconds())/1000, "bare-ms")
}

// benchIndex is the whole index of the benchmark book.
func benchIndex(b *testing.B) *search.Index {
	ix, err := search.Load(context.Background(), benchbook.Open(b, benchbook.Scale))
	if err != nil {
		b.Fatal(err)
	}
	return ix
}

// BenchmarkSearch100k is a search of the whole index, as for the first character typed, without
// drawing.
func BenchmarkSearch100k(b *testing.B) {
	ix := benchIndex(b)
	for _, q := range []string{"z", "zs", "zhang", "张", "138", "公司", "zhangwei"} {
		b.Run(q, func(b *testing.B) {
			n := 0
			c0 := benchbook.CPU()
			for b.Loop() {
				n = ix.Search(store.ListQuery{Text: q}, nil).Len()
			}
			benchbook.ReportCPU(b, c0)
			b.ReportMetric(float64(n), "found")
		})
	}
}

// BenchmarkTyping100k is the searches of the list as words are typed and erased a character at a
// time, each told the answers before it as the list does (see Cache): one op is one keystroke.
func BenchmarkTyping100k(b *testing.B) {
	ix := benchIndex(b)
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
	var cache search.Cache
	cache.Put(ix.Search(store.ListQuery{}, nil))
	i := 0
	c0 := benchbook.CPU()
	for b.Loop() {
		q := store.ListQuery{Text: texts[i%len(texts)]}
		prev, _ := cache.Lookup(ix, q, nil)
		cache.Put(ix.SearchAfter(prev, q, nil))
		i++
	}
	benchbook.ReportCPU(b, c0)
}

// BenchmarkOneShot100k is `guanxi list --query` at 100,000 customers: search.Customers, which
// reads only the customers the query may find, then their rows. bare-ms is what SQLite alone takes
// to search the same fields for the same text the plain way, in one statement: the name key and
// the search column, the contacts' names and phones, the notes and the logged contacts (LIKE),
// and the list's columns of the customers found, in the list's order.
func BenchmarkOneShot100k(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	db := benchbook.Bare(b, benchbook.Scale)
	ctx := context.Background()
	for _, q := range []string{"zw", "张伟", "zhangwei", "138"} {
		b.Run(q, func(b *testing.B) {
			like := "%" + q + "%"
			bare := time.Duration(1 << 62)
			for range 3 {
				start := time.Now()
				benchbook.Drain(b, db, `SELECT c.id, c.kind, c.name, c.company, c.phone, c.level, c.stage, c.relation,
					c.last_contact_on, c.next_due_on, c.order_total, c.owed,
					(SELECT group_concat(type_code, ',') FROM person_types pt WHERE pt.customer_id = c.id)
					FROM customers c WHERE c.deleted_at IS NULL AND (c.name_key LIKE ?1 OR c.search LIKE ?1 OR c.notes LIKE ?1
						OR c.id IN (SELECT customer_id FROM contacts WHERE name LIKE ?1 OR phone LIKE ?1)
						OR c.id IN (SELECT customer_id FROM interactions WHERE summary LIKE ?1 OR next_step LIKE ?1))
					ORDER BY c.next_due_on IS NULL, c.next_due_on, c.name, c.id`, like)
				bare = min(bare, time.Since(start))
			}
			n := 0
			c0 := benchbook.CPU()
			for b.Loop() {
				rows, err := search.Customers(ctx, s, store.ListQuery{Text: q}, false)
				if err != nil || len(rows) == 0 {
					b.Fatalf("%q: %d found, %v", q, len(rows), err)
				}
				n = len(rows)
			}
			benchbook.ReportCPU(b, c0)
			b.ReportMetric(float64(bare.Microseconds())/1000, "bare-ms")
			b.ReportMetric(float64(n), "found")
		})
	}
}

// BenchmarkSearchIndexBytes reports what the index of the whole book holds on the Go heap, per
// customer (bytes/customer), and the heap allocated while it is read (alloc-MB/op): the index is
// held by the TUI beside SQLite's caches within the memory bar of the whole program.
func BenchmarkSearchIndexBytes(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	ctx := context.Background()
	var held, alloc float64
	for b.Loop() {
		held, alloc = benchbook.HeapHeld(func() any {
			ix, err := search.Load(ctx, s)
			if err != nil || ix.Len() != benchbook.Scale {
				b.Fatalf("index of %d customers, %v", ix.Len(), err)
			}
			return ix
		})
	}
	b.ReportMetric(held/benchbook.Scale, "bytes/customer")
	b.ReportMetric(alloc/1e6, "alloc-MB/op")
}

// BenchmarkScreenful100k is a key typed before the index is loaded, at 100,000 customers: the
// first 37 rows of the answer (a screen of 40 lines), read from the names alone (search.Screenful);
// "typed on" is a character added to a word, answered from the names the shorter text found.
func BenchmarkScreenful100k(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	ctx := context.Background()
	for _, q := range []string{"z", "zhang", "zhangwei", "张伟", "wjg"} {
		b.Run(q, func(b *testing.B) {
			c0 := benchbook.CPU()
			for b.Loop() {
				if _, _, err := search.Screenful(ctx, s, store.ListQuery{Text: q}, nil, 37, nil); err != nil {
					b.Fatal(err)
				}
			}
			benchbook.ReportCPU(b, c0)
		})
	}
	b.Run("typed on", func(b *testing.B) {
		_, hits, err := search.Screenful(ctx, s, store.ListQuery{Text: "zhan"}, nil, 37, nil)
		if err != nil {
			b.Fatal(err)
		}
		c0 := benchbook.CPU()
		for b.Loop() {
			if _, _, err := search.Screenful(ctx, s, store.ListQuery{Text: "zhang"}, nil, 37, hits); err != nil {
				b.Fatal(err)
			}
		}
		benchbook.ReportCPU(b, c0)
	})
}
