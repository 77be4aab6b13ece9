package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// followUpDays is how far ahead the checklist looks.
const followUpDays = 7

// followUpScreen is the day's checklist: overdue, today and the coming days, with the playbook of
// the customer under the cursor.
type followUpScreen struct {
	c *common
	// idx is the whole checklist, as keys in its order; win holds the items of the part around
	// what is shown, read when the view moves there.
	idx    *store.ChecklistIndex
	win    fuWindow
	pb     playbookCard
	fu     fuState
	loaded bool
	err    error
	cursor int
	offset int
	width  int
	height int
}

func newFollowUpScreen(c *common) *followUpScreen { return &followUpScreen{c: c} }

func (m *followUpScreen) Title() string { return m.c.t("view.followup") }
func (m *followUpScreen) Typing() bool  { return false }
func (m *followUpScreen) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layoutLines() // a narrow screen puts long reasons on a second line
	m.clamp()
}

func (m *followUpScreen) Reload() tea.Cmd {
	return loadChecklist(m.c.store, m.c.today(), followUpDays)
}

// badge counts what needs doing now (overdue and today) for the tab's title.
func (m *followUpScreen) badge() string {
	if !m.loaded {
		return ""
	}
	return m.badgeText()
}

// cardHeight is the room kept under the list for the playbook card.
func (m *followUpScreen) cardHeight() int {
	if m.height < 14 {
		return 0
	}
	if m.height >= 30 {
		// A tall terminal has room to read the whole advice without turning pages.
		return min(m.height/3, 14)
	}
	return min(6, m.height/3)
}

// listHeight is the room for the rows of the checklist, with their group headings.
func (m *followUpScreen) listHeight() int { return max(m.height-1-m.cardHeight(), 1) }

func (m *followUpScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case checklistLoadedMsg:
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			m.idx = msg.idx
			m.win = fuWindow{}
			m.takePage(msg.page)
		}
		m.relayout()
		m.clamp()
		return m, m.fetch()
	case checklistPageMsg:
		if msg.idx != m.idx {
			return m, nil // a page of a checklist since read again
		}
		m.win.loading = false
		if msg.err != nil {
			return m, statusCmd(model.SanitizeLine(m.c.errSentence(msg.err, "err.load")), true)
		}
		m.takePage(msg)
		m.layoutLines() // the items read may take a second line
		m.clamp()
		return m, m.fetch()
	case tea.MouseMsg:
		m.cursor += wheelStep(msg)
		m.clamp()
		return m, m.fetch()
	case tea.KeyMsg:
		if cmd, handled := m.act(msg); handled {
			return m, cmd
		}
		if cur, moved := k.step(msg, m.cursor, m.listHeight(), m.count()); moved {
			m.cursor = cur
			m.clamp()
			return m, m.fetch()
		}
		it, ok := m.selected()
		switch {
		case !ok:
			return m, nil
		case key.Matches(msg, k.Tag):
			return m, openTagForm(m.c, it.CustomerID)
		case key.Matches(msg, k.CardUp):
			m.turnCard(it, -1)
		case key.Matches(msg, k.CardDown):
			m.turnCard(it, 1)
		}
		m.clamp()
	}
	return m, nil
}

func statusCmd(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return statusMsg{text, isErr} }
}

func (m *followUpScreen) View() string {
	c, st := m.c, m.c.st
	today := c.today()
	var b strings.Builder
	b.WriteString(st.Header.Render(m.headerText(today)) + "\n")
	switch {
	case m.err != nil:
		return b.String() + st.Error.Render(model.SanitizeLine(c.errSentence(m.err, "err.load")))
	case !m.loaded:
		return b.String() + st.Dim.Render(c.t("list.loading"))
	case m.count() == 0:
		return b.String() + st.Dim.Render(fmt.Sprintf(c.t("fu.empty"), followUpDays))
	}
	b.WriteString(m.listView())
	if it, ok := m.selected(); ok && it.CustomerID == 0 && m.cardHeight() > 0 {
		b.WriteString(m.holidayCard(it))
	} else if m.cardHeight() > 0 {
		b.WriteString(m.card())
	}
	return strings.TrimRight(b.String(), "\n")
}

// card shows how to talk to the customer under the cursor: for each tagged person their types,
// what to do, what to avoid and how to recognise them, a page at a time ([ and ] turn it).
func (m *followUpScreen) card() string {
	it, ok := m.selected()
	if !ok {
		return ""
	}
	body := m.cardBody(it, m.width-1)
	page := m.cardPage()
	top := m.shownPage(it) * page
	lines := append([]string{m.cardTitle(it)}, body[top:min(top+page, len(body))]...)
	return strings.Join(lines, "\n")
}

// HelpNote says in the help what order the checklist is in.
func (m *followUpScreen) HelpNote() string { return model.ChecklistOrderText.In(m.c.lang) }

func (m *followUpScreen) ShortHelp() []key.Binding {
	k, fk := m.c.keys, m.c.fuKeys()
	return []key.Binding{k.Open, k.Log, k.Done, k.Snooze, k.Remind, fk.Group, fk.Settings, k.Help}
}

func (m *followUpScreen) FullHelp() [][]key.Binding {
	k, fk := m.c.keys, m.c.fuKeys()
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Log, k.Done, k.Snooze, k.Remind, k.Tag, k.CardUp, k.CardDown},
		{fk.Reschedule, fk.Delete, fk.Undo, fk.Group, fk.Settings},
	}
}
