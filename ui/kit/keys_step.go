package kit

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Step moves a position (a cursor, or a scroll offset) by a key that moves through rows: one up
// or down, a page of page rows up or down, to the top, or to end, past the last row, which the
// screen clamps as it clamps every move. It tells whether the key was one of these.
func (k KeyMap) Step(msg tea.KeyMsg, pos, page, end int) (int, bool) {
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

// StepKeys are the keys Step answers, in the order help lists them.
func (k KeyMap) StepKeys() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

// wheelRows is how many rows one notch of the mouse wheel moves.
const wheelRows = 3

// WheelStep is how far a mouse event moves a list or a page: a notch of the wheel up or down,
// nothing for any other event.
func WheelStep(msg tea.MouseMsg) int {
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		return -wheelRows
	case tea.MouseButtonWheelDown:
		return wheelRows
	}
	return 0
}
