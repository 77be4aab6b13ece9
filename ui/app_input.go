package ui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/ui/detail"
	"guanxi/ui/kit"
	"guanxi/ui/trash"
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

// openTrash shows the trash over the current view.
func (a *App) openTrash() tea.Cmd {
	t := trash.New(a.c)
	t.SetSize(a.c.Width, a.bodyHeight())
	a.stack = []kit.Screen{t}
	return t.Reload()
}

// openArchive shows a customer's archive over the current view, as after adding them.
func (a *App) openArchive(id int64) tea.Cmd {
	d := detail.New(a.c, id)
	d.SetSize(a.c.Width, a.bodyHeight())
	a.stack = append(a.stack, d)
	return d.Reload()
}
