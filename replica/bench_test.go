package replica

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/search"
	"guanxi/store"
)

// benchScale is the book of the speed bars: 100,000 customers, 1,000,000 logged contacts.
const benchScale = 100_000

// BenchmarkReplicationOverhead measures what replication costs the speed bars: the follow-up
// checklist and a keystroke's search of the list (the searches of words typed a character at a
// time), first with replication off, then with Litestream shipping the book to a folder replica;
// and apart from those, a write (a customer added) off and on. One op is a checklist and a word's
// keystrokes with replication on; the metrics are each one's time on and its ratio to off. Run it
// with:
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
	reads := func(s *store.Store, ix *search.Index) (checklist, keystroke time.Duration) {
		start := time.Now()
		if _, err := s.Checklist(ctx, benchbook.Today, 7); err != nil {
			b.Fatal(err)
		}
		checklist = time.Since(start)
		start = time.Now()
		for _, q := range texts {
			ix.Search(store.ListQuery{Text: q}, nil)
		}
		return checklist, time.Since(start) / time.Duration(len(texts))
	}
	writes := func(s *store.Store, from, n int) time.Duration {
		start := time.Now()
		for i := range n {
			if err := s.AddCustomer(ctx, newCustomer(fmt.Sprintf("基准客户%d", from+i))); err != nil {
				b.Fatal(err)
			}
		}
		return time.Since(start) / time.Duration(n)
	}
	const rounds, writeN = 10, 20

	s, err := store.Open(path, store.WithClock(benchbook.Now))
	if err != nil {
		b.Fatal(err)
	}
	ix, err := search.Load(ctx, s)
	if err != nil {
		b.Fatal(err)
	}
	offW := writes(s, 0, writeN)
	reads(s, ix) // the checklist after the writes, and a warm cache
	var offC, offK time.Duration
	for range rounds {
		c, k := reads(s, ix)
		offC, offK = offC+c, offK+k
	}
	offC, offK = offC/rounds, offK/rounds
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
	s, err = store.Open(path, store.WithClock(benchbook.Now))
	if err != nil {
		b.Fatal(err)
	}
	if err := sess.Attach(s); err != nil {
		b.Fatal(err)
	}
	if err := sess.Sync(ctx); err != nil {
		b.Fatal(err)
	}
	onW := writes(s, writeN, writeN)
	if err := sess.Sync(ctx); err != nil {
		b.Fatal(err)
	}
	reads(s, ix)
	var onC, onK time.Duration
	n := 0
	b.ResetTimer()
	for b.Loop() {
		c, k := reads(s, ix)
		onC, onK = onC+c, onK+k
		n++
	}
	b.StopTimer()
	s.Close()
	sess.Close()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	onC, onK = onC/time.Duration(n), onK/time.Duration(n)
	b.ReportMetric(ms(onC), "checklist-ms")
	b.ReportMetric(ms(onC)/ms(offC), "checklist-x-off")
	b.ReportMetric(ms(onK), "keystroke-ms")
	b.ReportMetric(ms(onK)/ms(offK), "keystroke-x-off")
	b.ReportMetric(ms(onW), "write-ms")
	b.ReportMetric(ms(onW)/ms(offW), "write-x-off")
}
