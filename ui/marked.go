package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/ui/kit"
	"guanxi/ui/list"
)

// Acting on the customers marked in the list: change their level, add a tag, set a personality
// type, move them to the trash, or export them. Each change is one transaction in the store, and
// the key right after it (u, or ctrl+z in the list, where u is typed into the search) takes it
// back exactly.

// onMarkedChanged closes the form, clears the marks, says what was done with the offer to undo
// it, and reloads what is shown.
func (a *App) onMarkedChanged(msg kit.MarkedChangedMsg) tea.Cmd {
	if f, ok := a.overlay.(*kit.Form); ok && f.Saving {
		a.overlay = nil
	}
	if l, ok := a.tabs[tabList].(*list.Screen); ok {
		l.ClearMarks()
	}
	a.markedUndo = msg.Undo
	text := msg.Text
	if !msg.Undo.Empty() {
		text += a.c.T(kit.Texts.Marked.UndoHint)
	}
	a.setStatus(text, false)
	return a.reloadAll()
}

// markedUndoKey takes the last change to many customers back when the key right after it is the
// undo key; any other key ends the offer.
func (a *App) markedUndoKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	offer := a.markedUndo
	a.markedUndo = kit.MarkedUndo{}
	if offer.Empty() || !a.undoes(msg) {
		return nil, false
	}
	a.setStatus(a.c.T(kit.Texts.Marked.Undoing), false)
	return kit.UndoMarked(a.c.Store, offer), true
}
