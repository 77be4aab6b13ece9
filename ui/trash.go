package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/ui/detail"
	"guanxi/ui/kit"
)

// Deleting a customer: D (or delete) in the detail view asks first, then moves the customer with
// all its records to the trash and goes back; the key right after, u (ctrl+z while typing in a
// search), brings it back. The trash itself is listed, restored and emptied from the command line
// (guanxi trash, guanxi restore, guanxi trash purge).

// trashUndo is the customer just moved to the trash, while the next key may bring it back.
type trashUndo struct {
	id   int64
	name string
}

// onTrashed closes the screens of the deleted customer, says what happened and offers the undo.
func (a *App) onTrashed(msg kit.CustomerTrashedMsg) tea.Cmd {
	kept := a.stack[:0]
	for _, s := range a.stack {
		if d, ok := s.(*detail.Screen); ok && d.ID == msg.ID {
			continue
		}
		kept = append(kept, s)
	}
	a.stack = kept
	a.trashed = trashUndo{msg.ID, msg.Name}
	done := kit.Texts.Trash.Done
	if a.top().Typing() {
		done = kit.Texts.Trash.DoneTyping // a u would go into the search
	}
	a.setStatus(fmt.Sprintf(a.c.T(done), msg.Name), false)
	return a.reloadAll()
}

// undoes tells whether a key pressed right after a removal undoes it: the undo key, but a u typed
// into a search stays a u.
func (a *App) undoes(msg tea.KeyMsg) bool {
	_, undo := a.c.TrashKeys()
	return key.Matches(msg, undo) && !(msg.String() == "u" && a.top().Typing())
}

// undoKey brings back the customer just deleted when the key right after the deletion is the undo
// key; any key ends the offer. A u typed into a search stays a u.
func (a *App) undoKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	offer := a.trashed
	a.trashed = trashUndo{}
	if offer.id == 0 || !a.undoes(msg) {
		return nil, false
	}
	a.setStatus(a.c.T(kit.Texts.Trash.Restoring), false)
	return kit.RestoreCustomer(a.c.Store, offer.id), true
}
