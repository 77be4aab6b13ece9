package ui

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/benchbook"
	"guanxi/model"
	"guanxi/search"
	"guanxi/store"
	"guanxi/ui/detail"
	"guanxi/ui/kit"
	"guanxi/ui/list"
	"guanxi/ui/uitest"
)

// The benchmarks of the speed bars (docs/PERFORMANCE.md) that the list answers for, on the generated book of
// 100,000 customers, 1,000,000 logged contacts, 300,000 deals and 200,000 reminders. Each runs the
// same reads bare on SQLite in the same benchmark and reports both, and their ratio; each reports
// the processor time per operation too, which a shared machine does not inflate as it does the
// wall time. Run them with:
//
//	go test ./ui -run '^$' -bench 'FirstScreen|Keystroke|Scroll|Detail|NotesSearch' -benchtime 40x
//	go test ./ui -run '^$' -bench PeakMemory -benchtime 3x
//
// The book is built once (about a minute) and kept in the temporary folder; see internal/benchbook.

const scale = 100_000

// benchSize is the terminal the benchmarks draw: the larger of the two the tests use.
var benchSize = tea.WindowSizeMsg{Width: 120, Height: 40}

// loop runs an App as Bubble Tea does: each command on its own goroutine, each message it yields
// handed to Update, and the view drawn when asked.
type loop struct {
	a    *App
	msgs chan tea.Msg
	wg   sync.WaitGroup
	// noNotes drops the search of notes that follows each answer, for benchmarks that time the
	// keystroke alone: left running, it would take the processor from the keystrokes after it.
	noNotes bool
}

func newLoop(s *store.Store) *loop {
	return &loop{a: New(s, Options{Lang: model.Zh, NoColor: true}), msgs: make(chan tea.Msg, 64)}
}

func (l *loop) exec(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		l.run(cmd)
	}()
}

// run runs a command and hands over what it yields, returning when every command inside it has
// answered: a batch at once, a sequence one after another, as Bubble Tea runs them.
func (l *loop) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := cmd()
	if cmds, ok := uitest.Sequence(msg); ok {
		for _, c := range cmds {
			l.run(c)
		}
		return
	}
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		var wg sync.WaitGroup
		for _, c := range msg {
			wg.Add(1)
			go func() {
				defer wg.Done()
				l.run(c)
			}()
		}
		wg.Wait()
	default:
		l.msgs <- msg
	}
}

// send hands one message to the app and starts the commands it returns.
func (l *loop) send(msg tea.Msg) {
	_, cmd := l.a.Update(msg)
	if _, ok := msg.(list.SearchDoneMsg); ok && l.noNotes {
		l.list().StopNotes()
		return
	}
	l.exec(cmd)
}

// until handles messages as they come until done says the screen is ready.
func (l *loop) until(done func() bool) {
	for !done() {
		l.send(<-l.msgs)
	}
}

// settle handles messages until no command is left running.
func (l *loop) settle() {
	idle := make(chan struct{})
	go func() { l.wg.Wait(); close(idle) }()
	for {
		select {
		case m := <-l.msgs:
			l.send(m)
		case <-idle:
			for {
				select {
				case m := <-l.msgs:
					l.send(m)
				default:
					return
				}
			}
		}
	}
}

func (l *loop) list() *list.Screen { return l.a.tabs[tabList].(*list.Screen) }

// answer types key in the list and handles messages until the answer to the query it makes is
// shown.
func (l *loop) answer(key tea.Msg) {
	m := l.list()
	want := m.Seq + 1
	l.send(key)
	l.until(func() bool { return m.Shown == want })
}

// openBook opens the benchmark book, draws the first screen, and waits until the search index is
// loaded and everything else settled.
func openBook(b *testing.B) *loop {
	s := benchbook.Open(b, scale)
	l := newLoop(s)
	l.send(benchSize)
	l.exec(l.a.Init())
	l.until(func() bool { return l.list().Ix != nil && l.list().FromIndex })
	l.settle()
	return l
}

// report puts the figures of a benchmark beside those of its bare SQLite counterpart.
func report(b *testing.B, cpu time.Duration, bare, bareCPU time.Duration) {
	n := float64(b.N)
	ours := float64(b.Elapsed().Nanoseconds()) / n
	benchbook.ReportCPUSpent(b, cpu)
	b.ReportMetric(float64(bare.Nanoseconds())/1e6, "bare-ms/op")
	b.ReportMetric(float64(bareCPU.Nanoseconds())/1e6, "bare-cpu-ms/op")
	if bare > 0 {
		b.ReportMetric(ours/float64(bare.Nanoseconds()), "x-bare")
	}
}

// timeBare runs f n times and returns the mean wall and processor time of one run.
func timeBare(n int, f func(i int)) (wall, cpu time.Duration) {
	c0, t0 := benchbook.CPU(), time.Now()
	for i := range n {
		f(i)
	}
	return time.Since(t0) / time.Duration(n), (benchbook.CPU() - c0) / time.Duration(n)
}

// firstPageSQL is the list's first page as a program with no index would read it.
const firstPageSQL = `SELECT c.id, c.kind, c.name, c.company, c.phone, c.level, c.stage, c.relation,
	c.last_contact_on, c.next_due_on, c.order_total, c.owed,
	(SELECT group_concat(type_code, ',') FROM person_types pt WHERE pt.customer_id = c.id)
	FROM customers c WHERE c.deleted_at IS NULL ORDER BY c.next_due_on IS NULL, c.next_due_on, c.name, c.id LIMIT 200`

// BenchmarkFirstScreen opens the book and draws the list's first screen, with the personality
// catalog for the badges; the search index and the checklist go on loading in the background, as
// they do in the program. Bare: open the file and read the same first page.
func BenchmarkFirstScreen(b *testing.B) {
	path := benchbook.Path(b, scale)
	bare, bareCPU := timeBare(20, func(int) {
		db, err := benchbook.OpenBare(path)
		if err != nil {
			b.Fatal(err)
		}
		benchbook.Drain(b, db, firstPageSQL)
		db.Close()
	})
	var cpu time.Duration
	b.ResetTimer()
	for b.Loop() {
		c0 := benchbook.CPU()
		s, err := store.Open(path, store.WithClock(benchbook.Now))
		if err != nil {
			b.Fatal(err)
		}
		l := newLoop(s)
		l.send(benchSize)
		l.exec(l.a.Init())
		l.until(func() bool { return l.list().Loaded && l.a.c.Catalog != nil })
		if view := l.a.View(); !strings.Contains(view, "下次联系") || l.list().RowCount() == 0 {
			b.Fatalf("no first screen:\n%s", view)
		}
		cpu += benchbook.CPU() - c0
		b.StopTimer()
		l.settle()
		s.Close()
		b.StartTimer()
	}
	report(b, cpu, bare, bareCPU)
}

// typing is what the keystroke benchmark types and erases, over and over: pinyin initials, full
// pinyin, Chinese characters and a phone number, as people look for someone.
var typing = []string{"zhangwei", "wjg", "张伟", "138 0013", "lixiao", "公司"}

// bareLikeSQL is a keystroke's search on SQLite alone: the text ?1 looked up with LIKE, a page of
// rows read.
const bareLikeSQL = `SELECT id, name, company, level, stage, last_contact_on, next_due_on FROM customers
	WHERE deleted_at IS NULL AND (search LIKE ?1 OR name_key LIKE ?1)
	ORDER BY next_due_on IS NULL, next_due_on, name, id LIMIT 40`

// BenchmarkKeystroke is one keystroke of search to the redrawn screen, pinyin included: the key,
// the search in its command, the answer, and the view. It types each word of typing a character
// at a time and erases it, so first letters (a search of the whole book) and later ones (a search
// of the last answer) both count. Searching notes and logged contacts, which follows in the
// background, is left out (see BenchmarkNotesSearch). Bare: the same texts looked up with LIKE in
// SQLite, a page of rows read; it finds no pinyin.
func BenchmarkKeystroke(b *testing.B) {
	l := openBook(b)
	db := benchbook.Bare(b, scale)
	var keys []tea.KeyMsg
	var texts []string
	for _, w := range typing {
		typed := ""
		for _, r := range w {
			keys = append(keys, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			typed += string(r)
			texts = append(texts, typed)
		}
		for range []rune(w) {
			keys = append(keys, tea.KeyMsg{Type: tea.KeyBackspace})
			typed = string([]rune(typed)[:len([]rune(typed))-1])
			texts = append(texts, typed)
		}
	}
	bare, bareCPU := timeBare(len(texts), func(i int) {
		benchbook.Drain(b, db, bareLikeSQL, "%"+strings.ToLower(texts[i])+"%")
	})
	cpu := measureKeys(b, l, func(i int) tea.Msg { return keys[i%len(keys)] }, nil)
	report(b, cpu, bare, bareCPU)
}

// measureKeys types key(i) in the list for each run i, until its answer is shown and drawn, and
// returns the processor time of all (after, when given, runs untimed after each); searching notes
// and logged contacts is left out (see BenchmarkNotesSearch), and the list is settled at the end.
func measureKeys(b *testing.B, l *loop, key func(i int) tea.Msg, after func()) (cpu time.Duration) {
	l.noNotes = true
	i := 0
	b.ResetTimer()
	for b.Loop() {
		c0 := benchbook.CPU()
		l.answer(key(i))
		l.a.View()
		cpu += benchbook.CPU() - c0
		if after != nil {
			b.StopTimer()
			after()
			b.StartTimer()
		}
		i++
	}
	b.StopTimer()
	l.settle()
	return cpu
}

// BenchmarkKeystrokeFirstLetter is the slowest keystroke: the first letter of a query, which
// searches the whole book, with no earlier answer kept (then erased, which shows the whole list
// again, untimed). Bare: the same letter with LIKE in SQLite, which stops at the first page.
func BenchmarkKeystrokeFirstLetter(b *testing.B) {
	l := openBook(b)
	db := benchbook.Bare(b, scale)
	letters := []rune("zwlc张王")
	bare, bareCPU := timeBare(len(letters), func(i int) {
		benchbook.Drain(b, db, bareLikeSQL, "%"+string(letters[i])+"%")
	})
	m := l.list()
	cpu := measureKeys(b, l, func(i int) tea.Msg {
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{letters[i%len(letters)]}}
	}, func() {
		l.answer(tea.KeyMsg{Type: tea.KeyBackspace})
		m.Cache = search.Cache{} // the next letter searches the whole book again
	})
	report(b, cpu, bare, bareCPU)
}

// BenchmarkScroll is one page down the whole list and its redraw: no work that grows with the book.
// Bare: the next page read from SQLite with LIMIT and OFFSET, as a list without an index would.
func BenchmarkScroll(b *testing.B) {
	l := openBook(b)
	db := benchbook.Bare(b, scale)
	bare, bareCPU := timeBare(20, func(i int) {
		benchbook.Drain(b, db, strings.Replace(firstPageSQL, "LIMIT 200", fmt.Sprintf("LIMIT 37 OFFSET %d", 50_000+37*i), 1))
	})
	var cpu time.Duration
	b.ResetTimer()
	for b.Loop() {
		c0 := benchbook.CPU()
		l.send(tea.KeyMsg{Type: tea.KeyPgDown})
		l.a.View()
		cpu += benchbook.CPU() - c0
	}
	report(b, cpu, bare, bareCPU)
}

// detailSQL are the reads of one customer's archive, as a program would run them bare.
var detailSQL = []string{
	`SELECT * FROM customers WHERE id = ?1 AND deleted_at IS NULL`,
	`SELECT * FROM contacts WHERE customer_id = ?1 ORDER BY id`,
	`SELECT * FROM person_types WHERE customer_id = ?1 ORDER BY id`,
	`SELECT * FROM interactions WHERE customer_id = ?1 ORDER BY at DESC, id DESC LIMIT 200`,
	`SELECT * FROM deals WHERE customer_id = ?1 ORDER BY on_date`,
	`SELECT * FROM reminders WHERE customer_id = ?1 AND done_at IS NULL ORDER BY due_on`,
	`SELECT * FROM complaints WHERE customer_id = ?1 ORDER BY on_date`,
}

// BenchmarkDetail opens one customer's archive from the list and draws it: the customer, contacts,
// personality tags, 200 latest logged contacts, deals, reminders, complaints, payments and plans.
// Bare: the same tables read for the same customer.
func BenchmarkDetail(b *testing.B) {
	l := openBook(b)
	db := benchbook.Bare(b, scale)
	ids := make([]int64, 64)
	for i := range ids {
		ids[i] = int64(1 + i*1543)
	}
	bare, bareCPU := timeBare(len(ids), func(i int) {
		for _, q := range detailSQL {
			benchbook.Drain(b, db, q, ids[i])
		}
	})
	var cpu time.Duration
	i := 0
	b.ResetTimer()
	for b.Loop() {
		id := ids[i%len(ids)]
		c0 := benchbook.CPU()
		l.send(kit.NavigateMsg{Page: kit.PageDetail, ID: id})
		d, ok := l.a.stack[len(l.a.stack)-1].(*detail.Screen)
		if !ok {
			b.Fatalf("the detail did not open")
		}
		l.until(func() bool { return d.Loaded })
		view := l.a.View()
		cpu += benchbook.CPU() - c0
		b.StopTimer()
		if d.Err != nil || !strings.Contains(view, d.D.Customer.Name) {
			b.Fatalf("detail of %d: %v\n%s", id, d.Err, view)
		}
		l.send(tea.KeyMsg{Type: tea.KeyEsc})
		l.settle()
		b.StartTimer()
		i++
	}
	report(b, cpu, bare, bareCPU)
}

// BenchmarkNotesSearch is what follows a keystroke in the background: the text looked for in every
// customer's notes and every logged contact (1,000,000 of them), and the customers found appended
// to the answer. Bare: the same query on SQLite.
func BenchmarkNotesSearch(b *testing.B) {
	s := benchbook.Open(b, scale)
	db := benchbook.Bare(b, scale)
	ix, err := search.Load(b.Context(), s)
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"交期", "样品", "报价"}
	bare, bareCPU := timeBare(len(words), func(i int) {
		benchbook.Drain(b, db, `SELECT id FROM customers WHERE deleted_at IS NULL AND notes LIKE ?1
			UNION SELECT customer_id FROM interactions WHERE summary LIKE ?1 OR next_step LIKE ?1`, "%"+words[i]+"%")
	})
	var cpu time.Duration
	found := 0
	i := 0
	b.ResetTimer()
	for b.Loop() {
		c0 := benchbook.CPU()
		w := words[i%len(words)]
		ids, err := s.SearchNotes(b.Context(), w)
		if err != nil {
			b.Fatal(err)
		}
		found = ix.Search(store.ListQuery{Text: w}, nil).WithNotes(ids).Len()
		cpu += benchbook.CPU() - c0
		i++
	}
	report(b, cpu, bare, bareCPU)
	b.ReportMetric(float64(found), "found")
}

// BenchmarkPeakMemory measures the most memory the program holds while searching and scrolling the
// whole book: the resident set at its peak (as the kernel counts it) of a child process — this test
// binary again, running TestPeakMemoryChild — that opens the book, waits for the search index, types
// every word of typing with the notes searched after each, pages through the whole list in every
// order, and opens customers. Bare: a child that runs the same reads on SQLite alone.
func BenchmarkPeakMemory(b *testing.B) {
	path := benchbook.Path(b, scale)
	child := func(mode string) (rss int64, heap string) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPeakMemoryChild$", "-test.v")
		cmd.Env = append(os.Environ(), "GUANXI_PEAK_CHILD="+mode, "GUANXI_PEAK_BOOK="+path)
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "PASS") {
			b.Fatalf("the %s child failed: %v\n%s", mode, err, out)
		}
		if _, after, ok := strings.Cut(string(out), "heap-peak-MB="); ok {
			heap, _, _ = strings.Cut(after, "\n")
		}
		return benchbook.MaxRSS(cmd.ProcessState.SysUsage()), strings.TrimSpace(heap)
	}
	var rss int64
	var heap string
	for b.Loop() {
		rss, heap = child("guanxi")
	}
	bare, _ := child("bare")
	mb := func(n int64) float64 { return float64(n) / (1 << 20) }
	b.ReportMetric(mb(rss), "peak-MB")
	b.ReportMetric(mb(bare), "bare-peak-MB")
	if bare > 0 {
		b.ReportMetric(float64(rss)/float64(bare), "x-bare")
	}
	var h float64
	fmt.Sscan(heap, &h)
	b.ReportMetric(h, "go-heap-peak-MB")
}

// TestPeakMemoryChild is the child of BenchmarkPeakMemory; on its own it does nothing.
func TestPeakMemoryChild(t *testing.T) {
	mode, path := os.Getenv("GUANXI_PEAK_CHILD"), os.Getenv("GUANXI_PEAK_BOOK")
	if mode == "" || path == "" {
		t.Skip("run by BenchmarkPeakMemory in a process of its own")
	}
	var peak uint64
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse+ms.StackInuse)
	}
	if mode == "bare" {
		db, err := benchbook.OpenBare(path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		benchbook.Drain(t, db, firstPageSQL)
		for _, w := range typing {
			typed := ""
			for _, r := range w {
				typed += string(r)
				benchbook.Drain(t, db, `SELECT id, name, company, level, stage, last_contact_on, next_due_on FROM customers
					WHERE deleted_at IS NULL AND (search LIKE ?1 OR name_key LIKE ?1)
					ORDER BY next_due_on IS NULL, next_due_on, name, id LIMIT 40`, "%"+strings.ToLower(typed)+"%")
				sample()
			}
			benchbook.Drain(t, db, `SELECT id FROM customers WHERE deleted_at IS NULL AND notes LIKE ?1
				UNION SELECT customer_id FROM interactions WHERE summary LIKE ?1 OR next_step LIKE ?1`, "%"+w+"%")
		}
		for off := 0; off < scale; off += 2000 {
			benchbook.Drain(t, db, strings.Replace(firstPageSQL, "LIMIT 200", fmt.Sprintf("LIMIT 37 OFFSET %d", off), 1))
			sample()
		}
		for id := int64(1); id < scale; id += 5003 {
			for _, q := range detailSQL {
				benchbook.Drain(t, db, q, id)
			}
		}
		sample()
		fmt.Printf("heap-peak-MB=%.1f\n", float64(peak)/(1<<20))
		return
	}
	limitMemory() // as Run does
	s, err := store.Open(path, store.WithClock(benchbook.Now))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l := newLoop(s)
	l.send(benchSize)
	l.exec(l.a.Init())
	m := l.list()
	l.until(func() bool { return m.Ix != nil && m.FromIndex })
	l.settle()
	sample()
	for _, w := range typing {
		for _, r := range w {
			l.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			l.settle() // the search, then the notes
			l.a.View()
			sample()
		}
		for range []rune(w) {
			l.send(tea.KeyMsg{Type: tea.KeyBackspace})
		}
		l.settle()
	}
	for range store.SortKeys { // every order of the whole list, paged through
		l.send(tea.KeyMsg{Type: tea.KeyCtrlO})
		l.settle()
		for range 60 {
			for range 50 {
				l.send(tea.KeyMsg{Type: tea.KeyPgDown})
			}
			l.a.View()
			sample()
		}
		l.send(tea.KeyMsg{Type: tea.KeyHome})
	}
	for id := int64(1); id < scale; id += 5003 {
		l.send(kit.NavigateMsg{Page: kit.PageDetail, ID: id})
		l.settle()
		l.a.View()
		sample()
		l.send(tea.KeyMsg{Type: tea.KeyEsc})
		l.settle()
	}
	if m.RowCount() != scale {
		t.Errorf("the list shows %d customers, want %d", m.RowCount(), scale)
	}
	fmt.Printf("heap-peak-MB=%.1f\n", float64(peak)/(1<<20))
}
