package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// Deleting a customer: D (or delete) in the detail view asks first, then moves the customer with
// all its records to the trash and goes back; the key right after, u (ctrl+z while typing in a
// search), brings it back. The trash itself is listed, restored and emptied from the command line
// (guanxi trash, guanxi restore, guanxi trash purge).

// trashKeys returns the keys that delete a customer and undo it, in the user's language.
func (c *common) trashKeys() (del, undo key.Binding) {
	del = bind(c.lang, []string{"D", "delete"}, "D/del", model.Text{Zh: "删除客户", En: "delete customer"})
	undo = bind(c.lang, []string{"u", "ctrl+z"}, "u", model.Text{Zh: "撤销删除", En: "undo delete"})
	return del, undo
}

// customerTrashedMsg says a customer went to the trash; the app offers to undo it.
type customerTrashedMsg struct {
	id   int64
	name string
}

// trashUndo is the customer just moved to the trash, while the next key may bring it back.
type trashUndo struct {
	id   int64
	name string
}

// trashKey handles the delete key of the detail view: a confirmation that says what goes.
func (m *detailScreen) trashKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	del, _ := m.c.trashKeys()
	if !key.Matches(msg, del) {
		return nil, false
	}
	cu := m.d.customer
	records := len(m.d.contacts) + len(m.d.interactions) + len(m.d.deals) + len(m.d.reminders) + len(m.d.complaints)
	name := model.SanitizeLine(cu.Name)
	title := fmt.Sprintf(m.c.t("trash.confirm"), name)
	body := fmt.Sprintf(m.c.t("trash.confirmBody"), records, cu.ID)
	return askFirst(m.c, title, body, trashCustomer(m.c.store, cu.ID, cu.Name)), true
}

// onTrashed closes the screens of the deleted customer, says what happened and offers the undo.
func (a *App) onTrashed(msg customerTrashedMsg) tea.Cmd {
	kept := a.stack[:0]
	for _, s := range a.stack {
		if d, ok := s.(*detailScreen); ok && d.id == msg.id {
			continue
		}
		kept = append(kept, s)
	}
	a.stack = kept
	a.trashed = trashUndo{msg.id, msg.name}
	done := "trash.done"
	if a.top().Typing() {
		done = "trash.doneTyping" // a u would go into the search
	}
	a.setStatus(fmt.Sprintf(a.c.t(done), msg.name), false)
	return a.reloadAll()
}

// undoKey brings back the customer just deleted when the key right after the deletion is the undo
// key; any key ends the offer. A u typed into a search stays a u.
func (a *App) undoKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	offer := a.trashed
	a.trashed = trashUndo{}
	if offer.id == 0 {
		return nil, false
	}
	_, undo := a.c.trashKeys()
	if !key.Matches(msg, undo) || msg.String() == "u" && a.top().Typing() {
		return nil, false
	}
	a.setStatus(a.c.t("trash.restoring"), false)
	return restoreCustomer(a.c.store, offer.id), true
}

// trashHelp is the delete key as help shows it.
func (m *detailScreen) trashHelp() key.Binding {
	del, _ := m.c.trashKeys()
	return del
}
