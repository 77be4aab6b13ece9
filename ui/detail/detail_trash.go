package detail

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// trashKey handles the delete key of the detail view: a confirmation that says what goes.
func (m *Screen) trashKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	del, _ := m.c.TrashKeys()
	if !key.Matches(msg, del) {
		return nil, false
	}
	cu := m.D.Customer
	records := len(m.D.Contacts) + len(m.D.Interactions) + len(m.D.Deals) + len(m.D.Reminders) + len(m.D.Complaints)
	name := model.SanitizeLine(cu.Name)
	title := fmt.Sprintf(m.c.T(kit.Texts.Trash.Confirm), name)
	body := fmt.Sprintf(m.c.TN(kit.Texts.Trash.ConfirmBody, records), records, cu.ID)
	return kit.AskFirst(m.c, title, body, kit.TrashCustomer(m.c.Store, cu.ID, cu.Name)), true
}

// trashHelp is the delete key as help shows it.
func (m *Screen) trashHelp() key.Binding {
	del, _ := m.c.TrashKeys()
	return del
}
