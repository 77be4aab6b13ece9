package cli

import (
	"bufio"
	"bytes"
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
