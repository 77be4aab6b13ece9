package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// followUpDays is how far ahead the checklist looks.
const followUpDays = 7

// followUpScreen is the day's checklist: overdue, today and the coming days, with the playbook of
// the customer under the cursor.
type followUpScreen struct {
	c      *common
	items  []model.ChecklistItem
	loaded bool
	err    error
	cursor int
	offset int
	width  int
	height int
}

func newFollowUpScreen(c *common) *followUpScreen { return &followUpScreen{c: c} }

func (m *followUpScreen) Title() string    { return m.c.t("view.followup") }
func (m *followUpScreen) Typing() bool     { return false }
func (m *followUpScreen) SetSize(w, h int) { m.width, m.height = w, h; m.clamp() }

func (m *followUpScreen) Reload() tea.Cmd {
	return loadChecklist(m.c.store, m.c.today(), followUpDays)
}

// badge counts what needs doing now (overdue and today) for the tab's title.
func (m *followUpScreen) badge() string {
	if !m.loaded {
		return ""
	}
	today := m.c.today()
	n := 0
	for _, it := range m.items {
		if !it.DueOn.After(today) {
			n++
		}
	}
	return fmt.Sprintf(" (%d)", n)
}

// cardHeight is the room kept under the list for the playbook card.
func (m *followUpScreen) cardHeight() int {
	if m.height < 14 {
		return 0
	}
	return min(6, m.height/3)
}

// listHeight is the room for the rows of the checklist, with their group headings.
func (m *followUpScreen) listHeight() int { return max(m.height-1-m.cardHeight(), 1) }

// group tells which heading an item falls under: 0 overdue, 1 today, 2 coming up.
func (m *followUpScreen) group(it model.ChecklistItem) int {
	today := m.c.today()
	switch {
	case it.DueOn.Before(today):
		return 0
	case it.DueOn == today:
		return 1
	}
	return 2
}

// lines lays out the headings and rows; rowOf maps each item to its line.
func (m *followUpScreen) layout() (lines []int, rowOf []int) {
	// A line is an item index, or -1-g for the heading of group g.
	last := -1
	rowOf = make([]int, len(m.items))
	for i, it := range m.items {
		if g := m.group(it); g != last {
			lines = append(lines, -1-g)
			last = g
		}
		rowOf[i] = len(lines)
		lines = append(lines, i)
	}
	return lines, rowOf
}

func (m *followUpScreen) clamp() {
	m.cursor = max(0, min(m.cursor, len(m.items)-1))
	if len(m.items) == 0 {
		m.offset = 0
		return
	}
	lines, rowOf := m.layout()
	row := rowOf[m.cursor]
	if m.cursor == 0 || row-1 < m.offset {
		m.offset = max(row-1, 0) // keep the heading above the first row in view
	}
	vis := m.listHeight()
	if row >= m.offset+vis {
		m.offset = row - vis + 1
	}
	m.offset = max(0, min(m.offset, len(lines)-vis))
}

func (m *followUpScreen) selected() (model.ChecklistItem, bool) {
	if m.cursor < len(m.items) && len(m.items) > 0 {
		return m.items[m.cursor], true
	}
	return model.ChecklistItem{}, false
}

func (m *followUpScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case checklistLoadedMsg:
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			m.items = msg.items
		}
		m.clamp()
		return m, nil
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			m.cursor -= 3
		case tea.MouseButtonWheelDown:
			m.cursor += 3
		}
		m.clamp()
		return m, nil
	case tea.KeyMsg:
		it, ok := m.selected()
		switch {
		case key.Matches(msg, k.Up):
			m.cursor--
		case key.Matches(msg, k.Down):
			m.cursor++
		case key.Matches(msg, k.PageUp):
			m.cursor -= m.listHeight()
		case key.Matches(msg, k.PageDown):
			m.cursor += m.listHeight()
		case key.Matches(msg, k.Top):
			m.cursor = 0
		case key.Matches(msg, k.Bottom):
			m.cursor = len(m.items)
		case !ok:
			return m, nil
		case key.Matches(msg, k.Open):
			return m, func() tea.Msg { return openCustomerMsg{it.CustomerID} }
		case key.Matches(msg, k.Log):
			channel := model.ChannelVisit
			if it.Kind == model.ItemCall {
				channel = model.ChannelCall
			}
			return m, openForm(logForm(m.c, it.CustomerID, channel, it.ReminderID))
		case key.Matches(msg, k.Remind):
			return m, openForm(reminderForm(m.c, it.CustomerID))
		case key.Matches(msg, k.Tag):
			return m, openTagForm(m.c, it.CustomerID)
		case key.Matches(msg, k.Done):
			if it.ReminderID == 0 {
				return m, statusCmd(m.c.t("err.onlyReminders"), true)
			}
			return m, completeReminder(m.c.store, it.ReminderID, it.CustomerID)
		case key.Matches(msg, k.Snooze):
			if it.ReminderID == 0 {
				return m, statusCmd(m.c.t("err.onlyReminders"), true)
			}
			return m, snoozeReminder(m.c.store, it.ReminderID, it.CustomerID, model.EarliestDate(m.c.today(), it.DueOn).AddDays(1))
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
	overdue, due := 0, 0
	for _, it := range m.items {
		switch m.group(it) {
		case 0:
			overdue++
		case 1:
			due++
		}
	}
	b.WriteString(st.Header.Render(fmt.Sprintf(c.t("fu.header"), today.String(), due, overdue)) + "\n")
	switch {
	case m.err != nil:
		return b.String() + st.Error.Render(c.t("err.load")+model.SanitizeLine(m.err.Error()))
	case !m.loaded:
		return b.String() + st.Dim.Render(c.t("list.loading"))
	case len(m.items) == 0:
		return b.String() + st.Dim.Render(fmt.Sprintf(c.t("fu.empty"), followUpDays))
	}
	lines, _ := m.layout()
	end := min(m.offset+m.listHeight(), len(lines))
	headings := []string{c.t("fu.overdue"), c.t("fu.today"), c.t("fu.upcoming")}
	headStyles := []func(...string) string{st.Overdue.Render, st.Today.Render, st.Upcoming.Render}
	rendered := 0
	for _, l := range lines[m.offset:end] {
		if l < 0 {
			g := -1 - l
			b.WriteString(headStyles[g](headings[g]) + "\n")
		} else {
			b.WriteString(m.renderItem(m.items[l], today, l == m.cursor) + "\n")
		}
		rendered++
	}
	for ; rendered < m.listHeight(); rendered++ {
		b.WriteString("\n")
	}
	if m.cardHeight() > 0 {
		b.WriteString(m.card())
	}
	return strings.TrimRight(b.String(), "\n")
}

// itemColumns are the widths of a checklist row at the screen's width.
func (m *followUpScreen) itemColumns() (when, kind, name, level, last, types int) {
	when, kind, level, last = 14, 8, 10, 15
	rest := m.width - when - kind - level - last - 6
	if m.width >= 100 {
		types = 16
		rest -= types + 1
	}
	return when, kind, max(rest, 8), level, last, types
}

func (m *followUpScreen) renderItem(it model.ChecklistItem, today model.Date, selected bool) string {
	c, st := m.c, m.c.st
	wWhen, wKind, wName, wLevel, wLast, wTypes := m.itemColumns()
	var when string
	switch n := today.DaysSince(it.DueOn); {
	case n > 0:
		when = fmt.Sprintf(c.t("fu.days"), n)
	case n == 0:
		when = c.t("fu.today")
	default:
		when = it.DueOn.String()
	}
	name := it.CustomerName
	if it.Company != "" && it.Company != it.CustomerName {
		name += " · " + it.Company
	}
	if it.Note != "" {
		name += " — " + it.Note
	}
	last := c.t("fu.never")
	if !it.LastContactOn.IsZero() {
		last = it.LastContactOn.String()
	}
	mark := "  "
	if selected {
		mark = "▸ "
	}
	whenCell := fit(when, wWhen)
	if !selected && it.OverdueDays > 0 {
		whenCell = st.Overdue.Render(whenCell)
	}
	line := mark + whenCell + " " + fit(c.codeName(model.ItemKinds, string(it.Kind)), wKind) + " " +
		cell(name, wName) + " " + fit(c.codeName(model.LevelCodes, string(it.Level)), wLevel) + " " +
		fit(c.t("fu.lastContact")+last, wLast)
	if wTypes > 0 {
		line += " " + st.Badge.Render(cell(c.badges(it.Types), wTypes))
	}
	if selected {
		return st.Selected.Render(line)
	}
	return line
}

// card shows how to talk to the customer under the cursor: the approach of their first types.
func (m *followUpScreen) card() string {
	c, st := m.c, m.c.st
	it, ok := m.selected()
	if !ok {
		return ""
	}
	h := m.cardHeight()
	var lines []string
	title := st.Section.Render(c.t("d.playbook")) + " · " + model.SanitizeLine(it.CustomerName)
	lines = append(lines, fit(title, m.width))
	if len(it.Types) == 0 {
		lines = append(lines, st.Dim.Render(fit(c.t("fu.noType"), m.width)))
	}
	for _, code := range it.Types {
		t, found := c.typeByCode(code)
		if !found {
			continue
		}
		lines = append(lines, wrap("【"+t.Name.In(c.lang)+"】"+c.t("d.approach")+t.Approach.In(c.lang), m.width-1)...)
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

func (m *followUpScreen) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Open, k.Log, k.Done, k.Snooze, k.Remind, k.SwitchView, k.Help}
}

func (m *followUpScreen) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Log, k.Done, k.Snooze, k.Remind, k.Tag},
	}
}
