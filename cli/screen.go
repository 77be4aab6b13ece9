package cli

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/term"

	"guanxi/model"
)

// screen is the one writer through which the command line writes to standard output and standard
// error. Every byte written to it is sanitized as it passes (model.Sanitize: a control character
// or escape sequence is shown, not acted on; newline and tab are kept), so user text cannot reach
// the terminal raw however a message was put together. What is not text comes through two narrow
// doors: style, which wraps text in one of the fixed SGR sequences below when the stream takes
// colour, and data, which hands the bytes of an export through unchanged but only to a stream
// that is not a terminal.
//
// Output is buffered and written when the invocation ends, before a question is asked, and before
// anything is written to the other stream, so stdout and stderr keep their order on one terminal.
// A screen is one goroutine's: the invocation's (the TUI's background snapshot writes only while
// the invocation waits for the UI).
type screen struct {
	out     *bufio.Writer
	term    bool    // the stream is a terminal
	color   bool    // the stream is a terminal that takes colour
	width   int     // the terminal's width in cells, 80 when it is not one
	partial []byte  // the first bytes of a character cut by the end of the last write
	other   *screen // the other stream, written out before this one is written to
}

// style is an SGR sequence of our own: headings bold, what is overdue red.
type style string

const (
	styleBold  style = "\x1b[1m"
	styleRed   style = "\x1b[31m"
	styleReset style = "\x1b[0m"
)

// newScreen wraps w; env decides whether a terminal takes colour (NO_COLOR, TERM=dumb).
func newScreen(w io.Writer, env func(string) string) *screen {
	s := &screen{out: bufio.NewWriterSize(w, 64<<10), width: 80}
	if f, ok := w.(interface{ Fd() uintptr }); ok && term.IsTerminal(f.Fd()) {
		s.term = true
		s.color = env("NO_COLOR") == "" && env("TERM") != "dumb"
		if width, _, err := term.GetSize(f.Fd()); err == nil && width >= 40 {
			s.width = width
		}
	}
	return s
}

// Write sanitizes p and buffers it. A character cut by the end of p waits for the rest of it in
// the next write, so text written in pieces is sanitized as it would be whole.
func (s *screen) Write(p []byte) (int, error) {
	s.yield()
	text := p
	if len(s.partial) > 0 {
		text = append(s.partial, p...)
		s.partial = nil
	}
	if cut := incompleteTail(text); cut < len(text) {
		s.partial = append([]byte(nil), text[cut:]...)
		text = text[:cut]
	}
	if _, err := s.out.WriteString(model.Sanitize(string(text))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// WriteString is Write for a string, without copying it when it ends on a whole character.
func (s *screen) WriteString(text string) (int, error) {
	if len(s.partial) > 0 || !endsWhole(text) {
		return s.Write([]byte(text))
	}
	s.yield()
	if _, err := s.out.WriteString(model.Sanitize(text)); err != nil {
		return 0, err
	}
	return len(text), nil
}

// style writes text, sanitized, in the style st when the stream takes colour, and plain otherwise.
func (s *screen) style(st style, text string) {
	if !s.color || st == "" || text == "" {
		s.WriteString(text)
		return
	}
	s.yield()
	s.flushPartial()
	s.out.WriteString(string(st))
	s.WriteString(text)
	s.flushPartial()
	s.out.WriteString(string(styleReset))
}

// data returns a writer that passes bytes through unchanged, for an export on standard output,
// or false when the stream is a terminal: an export is the data as it is, which a terminal would
// act on.
func (s *screen) data() (io.Writer, bool) {
	if s.term {
		return nil, false
	}
	s.yield()
	s.flushPartial()
	return s.out, true
}

// Flush writes out what is buffered, a character still cut short shown as U+FFFD.
func (s *screen) Flush() error {
	s.flushPartial()
	return s.out.Flush()
}

// yield writes out the other stream before this one is written to.
func (s *screen) yield() {
	if s.other != nil && s.other.out.Buffered()+len(s.other.partial) > 0 {
		s.other.Flush()
	}
}

// flushPartial writes a character left cut short, sanitized (it is not valid UTF-8 on its own).
func (s *screen) flushPartial() {
	if len(s.partial) > 0 {
		s.out.WriteString(model.Sanitize(string(s.partial)))
		s.partial = nil
	}
}

// endsWhole tells whether text does not end in the first bytes of a character cut short, nor in
// a carriage return, which is dropped before a newline and shown anywhere else.
func endsWhole(text string) bool {
	if strings.HasSuffix(text, "\r") {
		return false
	}
	for i := len(text) - 1; i >= 0 && i >= len(text)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(text[i]) {
			return utf8.FullRuneInString(text[i:])
		}
	}
	return true
}

// incompleteTail returns where a UTF-8 character cut short at the end of p begins, or len(p)
// when p ends on a whole character (or on bytes that could never become one). A carriage return at
// the end waits too, to see whether a newline follows.
func incompleteTail(p []byte) int {
	if len(p) > 0 && p[len(p)-1] == '\r' {
		return len(p) - 1
	}
	for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax+1; i-- {
		if !utf8.RuneStart(p[i]) {
			continue
		}
		if !utf8.FullRune(p[i:]) {
			return i
		}
		break
	}
	return len(p)
}

// styledLine writes text in the style st and ends the line.
func (s *screen) styledLine(st style, text string) {
	s.style(st, text)
	s.WriteString("\n")
}
