package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// step moves a position (a cursor, or a scroll offset) by a key that moves through rows: one up
// or down, a page of page rows up or down, to the top, or to end, past the last row, which the
// screen clamps as it clamps every move. It tells whether the key was one of these.
func (k keyMap) step(msg tea.KeyMsg, pos, page, end int) (int, bool) {
	switch {
	case key.Matches(msg, k.Up):
		return pos - 1, true
	case key.Matches(msg, k.Down):
		return pos + 1, true
	case key.Matches(msg, k.PageUp):
		return pos - page, true
	case key.Matches(msg, k.PageDown):
		return pos + page, true
	case key.Matches(msg, k.Top):
		return 0, true
	case key.Matches(msg, k.Bottom):
		return end, true
	}
	return pos, false
}
