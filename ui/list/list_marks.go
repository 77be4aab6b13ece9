package list

import (
	"fmt"
	"slices"

	"guanxi/ui/forms"
	"guanxi/ui/kit"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Marking customers in the list to act on many at once: space (or ctrl+space while a search is
// typed) marks the customer under the cursor and moves on, ctrl+a marks everyone in the list as
// it stands, esc clears the marks, enter opens what can be done to the marked (marked.go). A space
// goes into the search only while it is being typed and nothing is marked, since a query may hold
// spaces. ctrl+u clears the search line.

// markKey handles the keys of marking; false leaves the key to the list.
func (m *Screen) markKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := m.c.InputKeys()
	s := msg.String()
	switch {
	case key.Matches(msg, k.ClearLine):
		if m.Search.Value() == "" {
			return nil, true
		}
		m.Search.SetValue("")
		return m.afterTyping(), true
	case s == "ctrl+@" || s == " " && (len(m.Marked) > 0 || m.Search.Value() == ""):
		if c, ok := m.Selected(); ok {
			m.toggleMark(c.ID)
			m.move(1)
		}
		return nil, true
	case key.Matches(msg, k.MarkAll):
		if m.Marked == nil {
			m.Marked = map[int64]bool{}
		}
		for i := range m.RowCount() {
			m.Marked[m.RowAt(i).Customer.ID] = true
		}
		return nil, true
	case len(m.Marked) > 0 && key.Matches(msg, k.Unmark):
		m.ClearMarks()
		return nil, true
	case len(m.Marked) > 0 && key.Matches(msg, k.Bulk):
		return forms.OpenMarked(m.c, m.MarkedIDs()), true
	}
	return nil, false
}

func (m *Screen) toggleMark(id int64) {
	if m.Marked == nil {
		m.Marked = map[int64]bool{}
	}
	if m.Marked[id] {
		delete(m.Marked, id)
	} else {
		m.Marked[id] = true
	}
}

func (m *Screen) ClearMarks() { m.Marked = nil }

// MarkedIDs are the marked customers, in a steady order.
func (m *Screen) MarkedIDs() []int64 {
	ids := make([]int64, 0, len(m.Marked))
	for id := range m.Marked {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// markedText is the count of marked customers for the status, or "" when none are.
func (m *Screen) markedText() string {
	if len(m.Marked) == 0 {
		return ""
	}
	return "  " + m.c.Styles.Marked.Render(fmt.Sprintf(m.c.T(kit.Texts.Marked.Count), len(m.Marked)))
}

// markCol is the second cell of a row's cursor column: a tick on a marked customer.
func (m *Screen) markCol(id int64) string {
	if m.Marked[id] {
		return "✓"
	}
	return " "
}

// markKeys are the list's keys while customers are marked, for help and the footer.
func (m *Screen) markKeys() []key.Binding {
	k := m.c.InputKeys()
	return []key.Binding{k.Bulk, k.Mark, k.MarkAll, k.Unmark}
}
