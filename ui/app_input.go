package ui

import (
	"github.com/charmbracelet/bubbles/help"
)

// typingOverlay is an overlay that holds typing: ctrl+c goes to it (a form asks before its changes
// are lost) instead of quitting the program.
type typingOverlay interface{ HoldsTyping() bool }

// overlayHoldsTyping tells whether the open overlay takes ctrl+c.
func (a *App) overlayHoldsTyping() bool {
	t, ok := a.overlay.(typingOverlay)
	return ok && t.HoldsTyping()
}

// footerKeys are the keys the footer shows: an open overlay's own, when it has them, else the
// screen's, so under a form the key line says what the form's keys do.
func (a *App) footerKeys() help.KeyMap {
	if km, ok := a.overlay.(help.KeyMap); ok {
		return km
	}
	return a.top()
}
