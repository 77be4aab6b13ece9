package ui

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Marking customers in the list to act on many at once: space (or ctrl+space while a search is
// typed) marks the customer under the cursor and moves on, ctrl+a marks everyone in the list as
// it stands, esc clears the marks, enter opens what can be done to the marked (marked.go). A space
// goes into the search only while it is being typed and nothing is marked, since a query may hold
// spaces. ctrl+u clears the search line.

// markKey handles the keys of marking; false leaves the key to the list.
func (m *listScreen) markKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := m.c.InputKeys()
	s := msg.String()
	switch {
	case key.Matches(msg, k.ClearLine):
		if m.search.Value() == "" {
			return nil, true
		}
		m.search.SetValue("")
		return m.afterTyping(), true
	case s == "ctrl+@" || s == " " && (len(m.marked) > 0 || m.search.Value() == ""):
		if c, ok := m.selected(); ok {
			m.toggleMark(c.ID)
			m.move(1)
		}
		return nil, true
	case key.Matches(msg, k.MarkAll):
		if m.marked == nil {
			m.marked = map[int64]bool{}
		}
		for i := range m.rowCount() {
			m.marked[m.rowAt(i).Customer.ID] = true
		}
		return nil, true
	case len(m.marked) > 0 && key.Matches(msg, k.Unmark):
		m.clearMarks()
		return nil, true
	case len(m.marked) > 0 && key.Matches(msg, k.Bulk):
		return openMarkedForm(m.c, m.markedIDs()), true
	}
	return nil, false
}

func (m *listScreen) toggleMark(id int64) {
	if m.marked == nil {
		m.marked = map[int64]bool{}
	}
	if m.marked[id] {
		delete(m.marked, id)
	} else {
		m.marked[id] = true
	}
}

func (m *listScreen) clearMarks() { m.marked = nil }

// markedIDs are the marked customers, in a steady order.
func (m *listScreen) markedIDs() []int64 {
	ids := make([]int64, 0, len(m.marked))
	for id := range m.marked {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// markedText is the count of marked customers for the status, or "" when none are.
func (m *listScreen) markedText() string {
	if len(m.marked) == 0 {
		return ""
	}
	return "  " + m.c.Styles.Marked.Render(fmt.Sprintf(m.c.T("mark.count"), len(m.marked)))
}

// markCol is the second cell of a row's cursor column: a tick on a marked customer.
func (m *listScreen) markCol(id int64) string {
	if m.marked[id] {
		return "✓"
	}
	return " "
}

// markKeys are the list's keys while customers are marked, for help and the footer.
func (m *listScreen) markKeys() []key.Binding {
	k := m.c.InputKeys()
	return []key.Binding{k.Bulk, k.Mark, k.MarkAll, k.Unmark}
}
