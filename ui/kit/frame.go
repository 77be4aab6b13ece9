package kit

import (
	"strings"

	"guanxi/model"
)

// SafeFrame is the last step of every frame the TUI draws: the app's View passes the whole
// screen through it, so text that reaches the terminal is safe by construction, as the command
// line's one writer makes it, and not only where a call site remembered to sanitize. It keeps the
// colour and style sequences the theme writes (SGR: ESC [ parameters m) and the newlines between
// lines, and shows everything else that could act on the terminal as text, as model.Sanitize
// does: other escape sequences (cursor moves, titles, the clipboard, links), C0 and C1 controls,
// bidi controls and line separators. Text already sanitized passes unchanged.
//
// What it cannot tell apart is an SGR sequence of ours from one in user text a call site forgot
// to sanitize: such text could change colours on the screen, and nothing more.
func SafeFrame(view string) string {
	var b strings.Builder
	start := 0 // view[start:i] is text not yet written
	for i := 0; i < len(view); {
		esc := strings.IndexByte(view[i:], 0x1b)
		if esc < 0 {
			break
		}
		i += esc
		n := sgrLength(view[i:])
		if n == 0 {
			i++ // an escape that is not a colour: shown by the sanitizer below
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(view) + 16)
		}
		b.WriteString(model.Sanitize(view[start:i]))
		b.WriteString(view[i : i+n])
		i += n
		start = i
	}
	if start == 0 {
		return model.Sanitize(view)
	}
	b.WriteString(model.Sanitize(view[start:]))
	return b.String()
}

// sgrLength is the length of the SGR sequence s starts with — ESC, [, parameter bytes (digits,
// ; and :), m — or 0 when s starts with anything else.
func sgrLength(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9' || c == ';' || c == ':':
		case c == 'm':
			return i + 1
		default:
			return 0
		}
	}
	return 0
}
