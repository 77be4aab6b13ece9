package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/text/encoding/simplifiedchinese"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/followup"
	"guanxi/wording"
)

// The follow-up view at the real size of a book: every item of `guanxi today --json` is reachable
// in the view, in the same order, item for item, and the last is the same.

// scaleLevels are the levels the imported book's customers take in turn, as a sheet names them.
var scaleLevels = []string{"战略客户", "VIP客户", "重点客户", "贵宾客户", "榜样客户", "自由客户", "新客户", "休眠客户", "低价值客户"}

// writeScaleSheet writes a sheet of n customers as Excel on Chinese Windows saves it, in GB18030:
// four-character people at twenty-character companies, every level.
func writeScaleSheet(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("姓名,公司,手机,级别,备注\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "欧阳%s,上海浦东新区华东精密机械制造%04d有限公司,139%08d,%s,第%d位客户\n",
			[]string{"建国", "丽华", "志强", "晓燕"}[i%4], i, i, scaleLevels[i%len(scaleLevels)], i)
	}
	enc, err := simplifiedchinese.GB18030.NewEncoder().String(b.String())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "客户名单.csv")
	if err := os.WriteFile(path, []byte(enc), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// todayJSON is one item of `guanxi today --json`.
type todayJSON struct {
	CustomerID   int64  `json:"customer_id"`
	CustomerName string `json:"customer_name"`
	Kind         string `json:"kind"`
	DueOn        string `json:"due_on"`
	OverdueDays  int    `json:"overdue_days"`
	Note         string `json:"note"`
}

// runToday runs `guanxi today --json` in Chinese on a book.
func runToday(t *testing.T, bin, book string) []todayJSON {
	t.Helper()
	cmd := exec.Command(bin, "--db", book, "--lang", "zh", "today", "--json")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("guanxi today --json: %v\n%s", err, errb.String())
	}
	var items []todayJSON
	if err := json.Unmarshal(out.Bytes(), &items); err != nil {
		t.Fatal(err)
	}
	return items
}

// walkFollowUp opens the book on disk and its follow-up view at 80×24, and pages through it to its
// end with pgdown, as a person would, and returns every item it passed, in order; then checks that
// end lands on the last.
func walkFollowUp(t *testing.T, book string) []model.ChecklistItem {
	t.Helper()
	s, err := store.Open(book)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a := newTestApp(t, s, model.Zh, 80, 24)
	m := fuScreen(a)
	if m.Err != nil || m.Count() == 0 {
		t.Fatalf("the follow-up read %d items (%v, loaded %v):\n%s", m.Count(), m.Err, m.Loaded, screenText(a))
	}
	var got []model.ChecklistItem
	next := 0
	for {
		for ; next <= m.Cursor; next++ {
			it, ok := m.Item(m.Fu.Order[next])
			if !ok {
				t.Fatalf("item %d passed on the screen was never read:\n%s", next, screenText(a))
			}
			got = append(got, it)
		}
		if next >= m.Count() {
			break
		}
		press(a, tea.KeyPgDown)
		if m.Cursor < next {
			t.Fatalf("pgdown stopped at %d of %d:\n%s", m.Cursor, m.Count(), screenText(a))
		}
	}
	press(a, tea.KeyHome)
	press(a, tea.KeyEnd)
	if last, ok := m.Selected(); !ok || !followup.SameItem(last, got[len(got)-1]) {
		t.Errorf("end lands on %+v, want %+v", last, got[len(got)-1])
	}
	return got
}

// compareWithToday checks the view's items against `guanxi today --json`, item for item.
func compareWithToday(t *testing.T, got []model.ChecklistItem, want []todayJSON) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("the view has %d items, guanxi today %d", len(got), len(want))
	}
	today := model.DateOf(time.Now())
	for i, w := range want {
		it := got[i]
		name := it.CustomerName
		if it.CustomerID == 0 {
			name = it.Due.Holiday.In(model.Zh)
		}
		g := todayJSON{it.CustomerID, name, string(it.Kind), it.DueOn.String(), it.OverdueDays, wording.Why(&it, model.Zh, today)}
		if g != w {
			t.Fatalf("item %d: the view has %+v, guanxi today %+v", i, g, w)
		}
	}
}

// TestFollowUpMatchesTodayOnAnImportedBook imports a sheet of 2,000 customers with the program,
// then walks the view to its end: every item of `guanxi today` is there, in its order.
func TestFollowUpMatchesTodayOnAnImportedBook(t *testing.T) {
	bin := buildGuanxi(t)
	book := filepath.Join(t.TempDir(), "book", "guanxi.db")
	imp := exec.Command(bin, "--db", book, "import", writeScaleSheet(t, 2000))
	if out, err := imp.CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	want := runToday(t, bin, book)
	got := walkFollowUp(t, book)
	compareWithToday(t, got, want)
	// The first visits of a new book spread over the plans' first interval: not all due today.
	dueToday := 0
	for _, it := range got {
		if it.DueOn == model.DateOf(time.Now()) {
			dueToday++
		}
	}
	if dueToday > len(got)/5 {
		t.Errorf("%d of %d items are due today: the first visits should spread", dueToday, len(got))
	}
}

// demo100k is the demo book of 100,000 customers that `guanxi demo` writes, made once per test
// binary: it takes a minute or more.
var demo100k struct {
	once      sync.Once
	dir, book string
	err       error
}

// demoBook100k returns the path of the demo book of 100,000 customers, writing it the first time.
func demoBook100k(t *testing.T, bin string) string {
	t.Helper()
	demo100k.once.Do(func() {
		if demo100k.dir, demo100k.err = os.MkdirTemp("", "guanxi-demo100k-"); demo100k.err != nil {
			return
		}
		demo100k.book = filepath.Join(demo100k.dir, "guanxi.db")
		out, err := exec.Command(bin, "demo", "--size", "100000", "--db", demo100k.book).CombinedOutput()
		if err != nil {
			demo100k.err = fmt.Errorf("guanxi demo: %v\n%s", err, out)
		}
	})
	if demo100k.err != nil {
		t.Fatal(demo100k.err)
	}
	t.Cleanup(func() { os.RemoveAll(demo100k.dir) })
	return demo100k.book
}

// TestFollowUpMatchesTodayAt100000 does the same on the demo book of 100,000 customers.
func TestFollowUpMatchesTodayAt100000(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads a book of 100,000 customers")
	}
	bin := buildGuanxi(t)
	book := demoBook100k(t, bin)
	want := runToday(t, bin, book)
	compareWithToday(t, walkFollowUp(t, book), want)
}
