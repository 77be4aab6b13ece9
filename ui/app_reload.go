package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/ui/list"
)

// When the book changes, the list reads its search index again and the follow-up, for the
// header's count, its whole order: at 100,000 customers each is tens of megabytes being built, and
// the two at once took the program's peak over its memory bar. So the follow-up, when it is not the
// screen shown, waits for the list's index to be settled (list.IndexSettledMsg).

// reloadFollowUpAfterIndex reloads the follow-up now, or once the list's index load under way ends.
func (a *App) reloadFollowUpAfterIndex() tea.Cmd {
	if l, ok := a.tabs[tabList].(*list.Screen); ok && l.IndexBusy() {
		a.followUpWaits = true
		return nil
	}
	return a.tabs[tabFollowUp].Reload()
}

// followUpAfterIndex reloads the follow-up if it waited for the list's index.
func (a *App) followUpAfterIndex() tea.Cmd {
	if !a.followUpWaits {
		return nil
	}
	a.followUpWaits = false
	return a.tabs[tabFollowUp].Reload()
}
