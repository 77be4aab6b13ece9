package cli

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// progressOn makes a progress on a screen of its own, begun some time ago.
func progressOn(term bool, ago time.Duration) (*progress, *bytes.Buffer) {
	var buf bytes.Buffer
	s := &screen{out: bufio.NewWriter(&buf), term: term, width: 80}
	return &progress{out: s, start: time.Now().Add(-ago), after: time.Second}, &buf
}

func TestProgressShowsNothingInTheFirstSecond(t *testing.T) {
	for _, term := range []bool{true, false} {
		p, buf := progressOn(term, 0)
		p.step("checking the book: every page")
		p.tick()
		p.end()
		if buf.Len() != 0 {
			t.Errorf("terminal %v: a quick operation showed %q", term, buf.String())
		}
	}
}

func TestProgressOnATerminalIsOneLineRewritten(t *testing.T) {
	p, buf := progressOn(true, 3*time.Second)
	p.step("checking the book: every page")
	p.tick()
	p.step("checking the book: dates\x1b[31m")
	p.end()
	out := buf.String()
	if strings.Count(out, "\n") != 0 || !strings.HasPrefix(out, "\rchecking the book: every page … 3s\x1b[K") {
		t.Errorf("progress on a terminal: %q", out)
	}
	if strings.Contains(out, "\x1b[31m") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("progress on a terminal lets an escape through or is not cleared: %q", out)
	}
}

func TestProgressToAPipeIsALineOfTextPerStep(t *testing.T) {
	p, buf := progressOn(false, 3*time.Second)
	p.step("checking the book: every page")
	p.tick()
	p.tick()
	p.step("checking the book: dates")
	p.end()
	if got, want := buf.String(), "checking the book: every page …\nchecking the book: dates …\n"; got != want {
		t.Errorf("progress to a pipe: %q, want %q", got, want)
	}
}

func TestCheckQuick(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	if got := b.ok("check", "--quick"); !strings.Contains(got, "ok") {
		t.Errorf("check --quick: %q", got)
	}
}

// showProgressAtOnce makes every operation of the test show its progress from the start.
func showProgressAtOnce(t *testing.T) {
	old := progressAfter
	progressAfter = 0
	t.Cleanup(func() { progressAfter = old })
}

// runCancelledAfter runs one command on the book with a context cancelled after d, as ctrl+c
// cancels it.
func (b *book) runCancelledAfter(d time.Duration, args ...string) result {
	b.t.Helper()
	var out, errb bytes.Buffer
	now := b.now
	c := newCLI(func(k string) string { return b.env[k] }, strings.NewReader(""), &out, &errb, func() time.Time { return now })
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	c.ctx = ctx
	code := c.main(append([]string{"--db", b.path}, args...))
	return result{code, out.String(), errb.String()}
}

func TestProgressBarCountsOnATerminal(t *testing.T) {
	p, buf := progressOn(true, 2*time.Second)
	p.step("importing")
	p.count(250, 1000)
	p.tick()
	if got, want := buf.String(), "\rimporting [######------------------]  25% 2s\x1b[K"; !strings.HasSuffix(got, want) {
		t.Errorf("bar: %q, want it to end %q", got, want)
	}
}

func TestProgressIsQuietForJSON(t *testing.T) {
	for _, term := range []bool{true, false} {
		p, buf := progressOn(term, 3*time.Second)
		p.quiet = true
		p.step("importing")
		p.count(5, 10)
		p.tick()
		p.step("building")
		p.end()
		if buf.Len() != 0 {
			t.Errorf("terminal %v: --json showed %q", term, buf.String())
		}
	}
}

// The long operations on a book large enough to take a while: the demo, an export, a backup and
// an import each show a line of progress to a pipe, none with --json, and each cancelled leaves no
// file and the book as it was.
func TestLongOperationsShowProgressAndCancel(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a book of 5,001 customers")
	}
	showProgressAtOnce(t)
	b := newBook(t)
	r := b.run("demo", "--size", "5001")
	if r.code != 0 {
		t.Fatalf("demo: exit %d, %q", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stderr, "writing the sample book: customers and their records …\n") {
		t.Errorf("demo's progress to a pipe: %q", r.stderr)
	}
	if strings.Contains(r.stderr, "\r") || strings.Contains(r.stderr, "\x1b") {
		t.Errorf("progress to a pipe holds a terminal's sequences: %q", r.stderr)
	}

	csv := filepath.Join(t.TempDir(), "book.csv")
	r = b.runCancelledWhen("", "export", "--out", csv)
	if r.code != 1 || !strings.Contains(r.stderr, "cancelled: no file was written") {
		t.Errorf("cancelled export: exit %d, %q", r.code, r.stderr)
	}
	if _, err := os.Stat(csv); !os.IsNotExist(err) {
		t.Errorf("a cancelled export left a file: %v", err)
	}
	if left, _ := os.ReadDir(filepath.Dir(csv)); len(left) != 0 {
		t.Errorf("a cancelled export left %v", left)
	}
	r = b.run("export", "--out", csv)
	if r.code != 0 || r.stderr != "exporting customers …\n" {
		t.Fatalf("export: exit %d, stderr %q", r.code, r.stderr)
	}

	backup := filepath.Join(t.TempDir(), "copy.db")
	r = b.runCancelledWhen("", "backup", backup)
	if r.code != 1 || !strings.Contains(r.stderr, "cancelled: no backup was written") {
		t.Errorf("cancelled backup: exit %d, %q", r.code, r.stderr)
	}
	if left, _ := os.ReadDir(filepath.Dir(backup)); len(left) != 0 {
		t.Errorf("a cancelled backup left %v", left)
	}
	if r = b.run("backup", backup); r.code != 0 || r.stderr != "backing up the book …\n" {
		t.Errorf("backup: exit %d, stderr %q", r.code, r.stderr)
	}

	other := newBook(t)
	other.add("--name", "张三", "--json") // its first write takes the day's snapshot: quiet with --json
	before := other.ok("list", "--json")
	r = other.runCancelledWhen("", "import", csv)
	if r.code != 1 || !strings.Contains(r.stderr, "cancelled: the book was not changed") {
		t.Errorf("cancelled import: exit %d, %q", r.code, r.stderr)
	}
	if after := other.ok("list", "--json"); after != before {
		t.Errorf("a cancelled import changed the book")
	}
	r = other.run("import", csv, "--json")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("import --json: exit %d, stderr %q", r.code, r.stderr)
	}
	if got := decodeObject(t, r.stdout); got["added"] != float64(5001) {
		t.Errorf("import --json: %v", got)
	}
}

func TestDemoCancelledLeavesNoFile(t *testing.T) {
	b := newBook(t)
	r := b.runCancelledAfter(300*time.Millisecond, "demo", "--size", "20000")
	if r.code != 1 || !strings.Contains(r.stderr, "cancelled: no book was written") {
		t.Fatalf("cancelled demo: exit %d, %q", r.code, r.stderr)
	}
	left, err := os.ReadDir(filepath.Dir(b.path))
	if err != nil || len(left) != 0 {
		t.Errorf("a cancelled demo left %v (%v)", left, err)
	}
}
