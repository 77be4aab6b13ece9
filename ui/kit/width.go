package kit

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"

	"guanxi/model"
	"guanxi/wording"
)

func init() {
	// go-runewidth (inside bubbles' textinput) reads the locale at start-up and, under zh_*, makes
	// ambiguous characters such as … and · two cells wide while lipgloss counts one: columns would
	// drift. Both must agree on narrow.
	runewidth.DefaultCondition.EastAsianWidth = false
}

// Cell returns user text made safe for one line and fitted to exactly w terminal cells: cut with an
// ellipsis when too wide, padded with spaces when too narrow.
func Cell(s string, w int) string {
	return Fit(model.SanitizeLine(s), w)
}

// Fit pads or cuts already-safe text to exactly w cells.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// FitRight is fit with the text aligned to the right, for numbers.
func FitRight(s string, w int) string {
	sw := ansi.StringWidth(s)
	if sw >= w {
		return Fit(s, w)
	}
	return strings.Repeat(" ", w-sw) + s
}

// Wrap breaks user text into lines of at most w cells, as the command line does (wording.Wrap).
func Wrap(s string, w int) []string { return wording.Wrap(s, max(w, 4)) }

// Width is the cell width of text.
func Width(s string) int { return ansi.StringWidth(s) }

// NewInput makes a one-line text field with a steady cursor: a blinking one would redraw the
// screen twice a second for nothing.
func NewInput(placeholder string, limit int) textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = placeholder
	in.CharLimit = limit
	in.Cursor.SetMode(cursor.CursorStatic)
	return in
}

func Indent(lines []string, pad string) []string {
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return lines
}
