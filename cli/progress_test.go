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
	return &progress{out: s, start: time.Now().Add(-ago)}, &buf
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

func TestDemoShowsProgressToAPipe(t *testing.T) {
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
	if got := b.ok("list", "--json"); strings.Count(got, `"id":`) != 5001 {
		t.Errorf("the demo book does not list 5,001 customers")
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
