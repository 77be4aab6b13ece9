package ui

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

// cell returns user text made safe for one line and fitted to exactly w terminal cells: cut with an
// ellipsis when too wide, padded with spaces when too narrow.
func cell(s string, w int) string {
	return fit(model.SanitizeLine(s), w)
}

// fit pads or cuts already-safe text to exactly w cells.
func fit(s string, w int) string {
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

// fitRight is fit with the text aligned to the right, for numbers.
func fitRight(s string, w int) string {
	sw := ansi.StringWidth(s)
	if sw >= w {
		return fit(s, w)
	}
	return strings.Repeat(" ", w-sw) + s
}

// wrap breaks user text into lines of at most w cells, as the command line does (wording.Wrap).
func wrap(s string, w int) []string { return wording.Wrap(s, max(w, 4)) }

// width is the cell width of text.
func width(s string) int { return ansi.StringWidth(s) }

// newInput makes a one-line text field with a steady cursor: a blinking one would redraw the
// screen twice a second for nothing.
func newInput(placeholder string, limit int) textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = placeholder
	in.CharLimit = limit
	in.Cursor.SetMode(cursor.CursorStatic)
	return in
}
