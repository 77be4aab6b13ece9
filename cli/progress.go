package cli

import (
	"fmt"
	"strings"
	"time"

	"guanxi/model"
)

// progressAfter is how long an operation runs before its progress is shown: a quick one shows none.
// Tests set it to nothing, to see the progress of operations they keep short.
var progressAfter = time.Second

// barCells is the width of the progress bar, in cells of ASCII (a block character is of ambiguous
// width and would be drawn two cells wide by some terminals under a Chinese locale).
const barCells = 24

// progress shows on standard error how a long operation is going: nothing in its first second;
// then on a terminal one line, rewritten in place, of what it is doing, a bar of how far it is
// when it can count, and for how long; to a pipe one line of text when it begins to take long,
// and one for each step after. With quiet (--json) it shows nothing. It is the invocation
// goroutine's, like the screen it writes to; the operation runs on another and reports to it.
type progress struct {
	out         *screen
	start       time.Time
	after       time.Duration // how long before anything shows (progressAfter)
	what        string        // the step under way, in the user's language
	done, total int64         // how far the step is, when it can count (total > 0)
	shown       bool          // a line was shown
	quiet       bool
}

// newProgress begins the progress of an operation that starts now.
func (c *cli) newProgress() *progress {
	return &progress{out: c.stderr, start: time.Now(), after: progressAfter}
}

// step says the operation moved on to another step, which does not count yet.
func (p *progress) step(what string) {
	if what == p.what {
		return
	}
	p.what, p.done, p.total = what, 0, 0
	if p.shown && !p.out.term && !p.quiet {
		p.out.progressLine(what + " …")
	}
	p.tick()
}

// count says how far the step under way is: done of total.
func (p *progress) count(done, total int64) {
	p.done, p.total = min(max(done, 0), total), total
}

// tick shows the line again, once the operation has run longer than p.after.
func (p *progress) tick() {
	elapsed := time.Since(p.start)
	if elapsed < p.after || p.quiet {
		return
	}
	if p.out.term {
		p.out.progressLine(fmt.Sprintf("%s %s%ds", p.what, p.bar(), int(elapsed.Seconds())))
	} else if !p.shown {
		p.out.progressLine(p.what + " …")
	}
	p.shown = true
}

// bar is the bar and the percentage of a step that counts, "… " for one that does not.
func (p *progress) bar() string {
	if p.total <= 0 {
		return "… "
	}
	filled := int(p.done * barCells / p.total)
	return fmt.Sprintf("[%s%s] %3d%% ", strings.Repeat("#", filled), strings.Repeat("-", barCells-filled), p.done*100/p.total)
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
