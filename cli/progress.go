package cli

import (
	"fmt"
	"time"

	"guanxi/model"
)

// progressAfter is how long an operation runs before its progress is shown: a quick one shows none.
const progressAfter = time.Second

// progress shows on standard error how a long operation is going: nothing in its first second;
// then on a terminal one line, rewritten in place, of what it is doing and for how long; to a pipe
// one line of text when it begins to take long, and one for each step after. It is the invocation
// goroutine's, like the screen it writes to; the operation runs on another and reports to it.
type progress struct {
	out   *screen
	start time.Time
	what  string // the step under way, in the user's language
	shown bool   // a line was shown
}

// newProgress begins the progress of an operation that starts now.
func (c *cli) newProgress() *progress {
	return &progress{out: c.stderr, start: time.Now()}
}

// step says the operation moved on to another step.
func (p *progress) step(what string) {
	p.what = what
	if p.shown && !p.out.term {
		p.out.progressLine(what + " …")
	}
	p.tick()
}

// tick shows the line again, once the operation has run longer than progressAfter.
func (p *progress) tick() {
	elapsed := time.Since(p.start)
	if elapsed < progressAfter {
		return
	}
	if p.out.term {
		p.out.progressLine(fmt.Sprintf("%s … %ds", p.what, int(elapsed.Seconds())))
	} else if !p.shown {
		p.out.progressLine(p.what + " …")
	}
	p.shown = true
}

// end clears the line on a terminal, so what the operation prints next starts on a clean line.
func (p *progress) end() {
	if p.shown && p.out.term {
		p.out.clearProgressLine()
	}
}

// progressLine writes text, sanitized, as the line of progress: on a terminal over the line shown
// before (a carriage return and an erase to the end of the line, our own sequences), elsewhere as
// a line of its own; and writes it out at once, since the operation runs on.
func (s *screen) progressLine(text string) {
	s.yield()
	s.flushPartial()
	if s.term {
		s.out.WriteString("\r" + model.SanitizeLine(text) + "\x1b[K")
	} else {
		s.out.WriteString(model.SanitizeLine(text) + "\n")
	}
	s.out.Flush()
}

// clearProgressLine erases the line of progress on a terminal.
func (s *screen) clearProgressLine() {
	s.out.WriteString("\r\x1b[K")
	s.out.Flush()
}
