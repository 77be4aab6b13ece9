package replica

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/store"
)

// benchScale is the book of the speed bars: 100,000 customers, 1,000,000 logged contacts.
const benchScale = 100_000

// BenchmarkReplicationOverhead measures what replication costs the speed bars: the follow-up
// checklist, a keystroke's search of the list (the searches of words typed a character at a
// time), and a write (a customer added), first with replication off, then with Litestream
// shipping the book to a folder replica. One op is a round of all three with replication on; the
// metrics are each one's time on and its ratio to off. Run it with:
//
//	go test ./replica -run '^$' -bench ReplicationOverhead -benchtime 20x
//
// The benchmark book is built once (about a minute) and copied; see internal/benchbook.
func BenchmarkReplicationOverhead(b *testing.B) {
	ctx := context.Background()
	path := benchbook.Copy(b, benchScale)
	var texts []string
	for _, w := range []string{"zhangwei", "wjg", "张伟", "138 0013", "lixiao", "公司"} {
		r := []rune(w)
		for i := 1; i <= len(r); i++ {
			texts = append(texts, string(r[:i]))
		}
	}
	round := func(s *store.Store, ix *store.SearchIndex, n int) (checklist, keystroke, write time.Duration) {
		start := time.Now()
		if _, err := s.Checklist(ctx, benchbook.Today, 7); err != nil {
			b.Fatal(err)
		}
		checklist = time.Since(start)
		start = time.Now()
		for _, q := range texts {
			ix.Search(store.ListQuery{Text: q}, nil)
		}
		keystroke = time.Since(start) / time.Duration(len(texts))
		start = time.Now()
		if err := s.AddCustomer(ctx, newCustomer(fmt.Sprintf("基准客户%d", n))); err != nil {
			b.Fatal(err)
		}
		write = time.Since(start)
		return
	}
	measure := func(s *store.Store, ix *store.SearchIndex, rounds int) (c, k, w time.Duration) {
		for i := range rounds {
			dc, dk, dw := round(s, ix, -1-i)
			c, k, w = c+dc, k+dk, w+dw
		}
		return c / time.Duration(rounds), k / time.Duration(rounds), w / time.Duration(rounds)
	}

	s, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	s.Now = benchbook.Now
	ix, err := s.LoadSearchIndex(ctx)
	if err != nil {
		b.Fatal(err)
	}
	measure(s, ix, 3) // warm the cache
	offC, offK, offW := measure(s, ix, 20)
	s.Close()

	// Replication on: the book's first shipping (a whole snapshot) is done before the timing.
	cfg := filepath.Join(b.TempDir(), "config")
	if _, err := Set(cfg, filepath.Join(b.TempDir(), "replica")); err != nil {
		b.Fatal(err)
	}
	sess, err := Open(ctx, Options{Book: path, ConfigDir: cfg, Machine: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	s, err = store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	s.Now = benchbook.Now
	if err := sess.Attach(s); err != nil {
		b.Fatal(err)
	}
	if err := sess.Sync(ctx); err != nil {
		b.Fatal(err)
	}
	var onC, onK, onW time.Duration
	b.ResetTimer()
	n := 0
	for b.Loop() {
		c, k, w := round(s, ix, n)
		onC, onK, onW = onC+c, onK+k, onW+w
		n++
	}
	b.StopTimer()
	s.Close()
	sess.Close()
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(n) }
	b.ReportMetric(per(onC), "checklist-ms")
	b.ReportMetric(per(onC)/(float64(offC.Microseconds())/1000), "checklist-x-off")
	b.ReportMetric(per(onK), "keystroke-ms")
	b.ReportMetric(per(onK)/(float64(offK.Microseconds())/1000), "keystroke-x-off")
	b.ReportMetric(per(onW), "write-ms")
	b.ReportMetric(per(onW)/(float64(offW.Microseconds())/1000), "write-x-off")
}
