package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/ui/overlays"
)

// updateOverlay hands a message to the open overlay and closes it when it is done; after an
// import that wrote to the book, every screen reloads.
func (a *App) updateOverlay(msg tea.Msg) tea.Cmd {
	if a.overlay == nil {
		return nil
	}
	var cmd tea.Cmd
	a.overlay, cmd = a.overlay.Update(msg)
	a.closeOverlayIfDone()
	if overlays.ChangesBook(msg) {
		return tea.Batch(cmd, a.reloadAll())
	}
	return cmd
}
