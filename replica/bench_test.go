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

// followUpShown is how many rows of the checklist the follow-up view reads when it opens.
const followUpShown = 100

// BenchmarkReplicationOverhead measures what replication costs the speed bars: the follow-up
// view's read as it opens (the week's checklist in order and its first rows, the read of the
// follow-up bar) and a keystroke's search of the list (the searches of words typed a character at a
// time), first with replication off, then with Litestream shipping the book to a folder replica;
// and apart from those, a write (a customer added) off and on. One op is a checklist and a word's
// keystrokes with replication on; the metrics are each one's time on and its ratio to off, on
// the clock and (-cpu-) in processor time. Run it with:
//
//	go test ./replica -run '^$' -bench ReplicationOverhead -benchtime 20x
//
// The benchmark book is built once (about a minute) and copied; see internal/benchbook.
func BenchmarkReplicationOverhead(b *testing.B) {
	ctx := context.Background()
	path := benchbook.Copy(b, benchbook.Scale)
	var texts []string
	for _, w := range []string{"zhangwei", "wjg", "张伟", "138 0013", "lixiao", "公司"} {
		r := []rune(w)
		for i := 1; i <= len(r); i++ {
			texts = append(texts, string(r[:i]))
		}
	}
	// Each read is timed on the clock and in the process's processor time, which other programs
	// on a shared machine do not move; Litestream's own work in the process counts in it.
	reads := func(s *store.Store, ix *search.Index) (checklist, keystroke cost) {
		start, cpu := time.Now(), benchbook.CPU()
		x, err := s.ChecklistIndex(ctx, benchbook.Today, 7)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.ChecklistPage(ctx, x, 0, min(followUpShown, x.Len())); err != nil {
			b.Fatal(err)
		}
		checklist = cost{time.Since(start), benchbook.CPU() - cpu}
		start, cpu = time.Now(), benchbook.CPU()
		for _, q := range texts {
			ix.Search(store.ListQuery{Text: q}, nil)
		}
		n := time.Duration(len(texts))
		return checklist, cost{time.Since(start) / n, (benchbook.CPU() - cpu) / n}
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
	var offC, offK cost
	for range rounds {
		c, k := reads(s, ix)
		offC, offK = offC.add(c), offK.add(k)
	}
	offC, offK = offC.per(rounds), offK.per(rounds)
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
	var onC, onK cost
	n := 0
	b.ResetTimer()
	for b.Loop() {
		c, k := reads(s, ix)
		onC, onK = onC.add(c), onK.add(k)
		n++
	}
	b.StopTimer()
	s.Close()
	sess.Close()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	onC, onK = onC.per(n), onK.per(n)
	b.ReportMetric(ms(onC.wall), "checklist-ms")
	b.ReportMetric(ms(onC.wall)/ms(offC.wall), "checklist-x-off")
	b.ReportMetric(ms(onC.cpu)/ms(offC.cpu), "checklist-cpu-x-off")
	b.ReportMetric(ms(onK.wall), "keystroke-ms")
	b.ReportMetric(ms(onK.wall)/ms(offK.wall), "keystroke-x-off")
	b.ReportMetric(ms(onK.cpu)/ms(offK.cpu), "keystroke-cpu-x-off")
	b.ReportMetric(ms(onW), "write-ms")
	b.ReportMetric(ms(onW)/ms(offW), "write-x-off")
}

// cost is one read's time on the clock and in processor time.
type cost struct{ wall, cpu time.Duration }

func (c cost) add(d cost) cost { return cost{c.wall + d.wall, c.cpu + d.cpu} }
func (c cost) per(n int) cost  { return cost{c.wall / time.Duration(n), c.cpu / time.Duration(n)} }
