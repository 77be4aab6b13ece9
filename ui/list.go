package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// firstPage is how many rows the list asks for first, so the first screen appears at once; the
// whole list follows in a second query.
const firstPage = 200

// listScreen is the home view: every customer in a windowed table, filtered as the user types.
type listScreen struct {
	c      *common
	search textinput.Model
	rows   []model.Customer
	total  int
	cursor int
	offset int
	seq    int // number of the newest query sent
	shown  int // number of the query whose rows are shown
	loaded bool
	err    error
	sort   store.SortKey
	level  model.Level // "" for every level
	width  int
	height int
}

func newListScreen(c *common) *listScreen {
	in := newInput(c.t("list.searchHint"), 100)
	in.Focus()
	return &listScreen{c: c, search: in, sort: store.SortNextDue}
}

func (m *listScreen) Title() string { return m.c.t("view.list") }

func (m *listScreen) Typing() bool { return true }

func (m *listScreen) SetSize(w, h int) {
	m.width, m.height = w, h
	m.search.Width = max(w/3, 10)
	m.clamp()
}

func (m *listScreen) query(limit int) store.ListQuery {
	return store.ListQuery{Text: m.search.Value(), Level: m.level, Sort: m.sort, Limit: limit}
}

// Reload asks for a quick first page and then every matching row; answers are numbered so an
// older query never replaces a newer one.
func (m *listScreen) Reload() tea.Cmd {
	m.seq += 2
	return tea.Batch(loadCustomers(m.c.store, m.seq-1, m.query(firstPage)), loadCustomers(m.c.store, m.seq, m.query(0)))
}

// visibleRows is how many customer rows fit under the search line and the header.
func (m *listScreen) visibleRows() int { return max(m.height-3, 1) }

func (m *listScreen) clamp() {
	if m.cursor >= len(m.rows) {
		m.cursor = len(m.rows) - 1
	}
	if m.cursor < 0 {
		m.cursor = 0
	}
	vis := m.visibleRows()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+vis {
		m.offset = m.cursor - vis + 1
	}
	m.offset = max(0, min(m.offset, len(m.rows)-vis))
}

func (m *listScreen) move(delta int) {
	m.cursor += delta
	m.clamp()
}

func (m *listScreen) selected() (model.Customer, bool) {
	if m.cursor < len(m.rows) && len(m.rows) > 0 {
		return m.rows[m.cursor], true
	}
	return model.Customer{}, false
}

func (m *listScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case customersLoadedMsg:
		if msg.seq < m.shown || msg.seq > m.seq {
			return m, nil // stale: a newer query's rows are already shown
		}
		m.shown, m.loaded, m.err = msg.seq, true, msg.err
		if msg.err == nil {
			keep, _ := m.selected()
			m.rows, m.total = msg.rows, msg.total
			m.cursor = 0
			for i, r := range m.rows {
				if r.ID == keep.ID {
					m.cursor = i
					break
				}
			}
			m.clamp()
		}
		return m, nil
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			m.move(-3)
		case tea.MouseButtonWheelDown:
			m.move(3)
		}
		return m, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			m.move(-1)
			return m, nil
		case key.Matches(msg, k.Down):
			m.move(1)
			return m, nil
		case key.Matches(msg, k.PageUp):
			m.move(-m.visibleRows())
			return m, nil
		case key.Matches(msg, k.PageDown):
			m.move(m.visibleRows())
			return m, nil
		case msg.String() == "home":
			m.move(-len(m.rows))
			return m, nil
		case msg.String() == "end":
			m.move(len(m.rows))
			return m, nil
		case key.Matches(msg, k.Open):
			if c, ok := m.selected(); ok {
				return m, func() tea.Msg { return openCustomerMsg{c.ID} }
			}
			return m, nil
		case key.Matches(msg, k.Sort):
			m.sort = nextSort(m.sort)
			return m, m.Reload()
		case key.Matches(msg, k.FilterLevel):
			m.level = nextLevel(m.level)
			return m, m.Reload()
		case key.Matches(msg, k.Back), key.Matches(msg, k.ClearFilter):
			if m.search.Value() == "" && m.level == "" {
				return m, nil
			}
			m.search.SetValue("")
			m.level = ""
			return m, m.Reload()
		case key.Matches(msg, k.Add):
			return m, func() tea.Msg { return openFormMsg{customerForm(m.c, model.Customer{})} }
		}
		before := m.search.Value()
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		if m.search.Value() != before {
			return m, tea.Batch(cmd, m.Reload())
		}
		return m, cmd
	}
	return m, nil
}

func nextSort(k store.SortKey) store.SortKey {
	for i, s := range store.SortKeys {
		if s == k {
			return store.SortKeys[(i+1)%len(store.SortKeys)]
		}
	}
	return store.SortKeys[0]
}

func nextLevel(l model.Level) model.Level {
	if l == "" {
		return model.Levels[0].Code
	}
	for i, info := range model.Levels {
		if info.Code == l && i+1 < len(model.Levels) {
			return model.Levels[i+1].Code
		}
	}
	return ""
}

// listColumns are the widths of the columns at a terminal width; the name and company share what
// the fixed columns leave, and personality badges appear when there is room.
type listColumns struct{ name, company, level, stage, last, next, types int }

func columnsFor(w int) listColumns {
	c := listColumns{level: 10, stage: 8, last: 10, next: 10}
	if w >= 110 {
		c.last, c.next = 12, 12 // room for the headings in full
	}
	fixed := c.level + c.stage + c.last + c.next + 7 // separators and cursor mark
	rest := w - fixed
	if w >= 110 {
		c.types = 16
		rest -= c.types + 1
	}
	c.name = max(rest*2/5, 8)
	c.company = max(rest-c.name, 6)
	return c
}

func (m *listScreen) View() string {
	st := m.c.st
	var b strings.Builder
	status := fmt.Sprintf(m.c.t("list.count"), len(m.rows), m.total)
	status += "  " + m.c.t("list.sort") + m.c.t("sort."+string(m.sort))
	if m.level != "" {
		status += "  " + m.c.t("list.filter") + m.c.codeName(model.LevelCodes, string(m.level))
	}
	prompt := st.Focused.Render(m.c.t("list.search"))
	searchW := max(m.width-width(m.c.t("list.search"))-width(status)-2, 10)
	m.search.Width = searchW - 1
	b.WriteString(prompt + fit(m.search.View(), searchW) + " " + st.Dim.Render(status) + "\n")

	cols := columnsFor(m.width)
	header := "  " + fit(m.c.t("col.name"), cols.name) + " " + fit(m.c.t("col.company"), cols.company) + " " +
		fit(m.c.t("col.level"), cols.level) + " " + fit(m.c.t("col.stage"), cols.stage) + " " +
		fit(m.c.t("col.last"), cols.last) + " " + fit(m.c.t("col.next"), cols.next)
	if cols.types > 0 {
		header += " " + fit(m.c.t("col.types"), cols.types)
	}
	b.WriteString(st.Header.Render(header) + "\n")

	switch {
	case m.err != nil:
		b.WriteString(st.Error.Render(m.c.t("err.load")+model.SanitizeLine(m.err.Error())) + "\n")
	case !m.loaded:
		b.WriteString(st.Dim.Render(m.c.t("list.loading")) + "\n")
	case len(m.rows) == 0 && (m.search.Value() != "" || m.level != ""):
		b.WriteString(st.Dim.Render(m.c.t("list.nomatch")) + "\n")
	case len(m.rows) == 0:
		b.WriteString(st.Dim.Render(m.c.t("list.empty")) + "\n")
	}
	today := m.c.today()
	end := min(m.offset+m.visibleRows(), len(m.rows))
	for i := m.offset; i < end; i++ {
		b.WriteString(m.renderRow(m.rows[i], cols, today, i == m.cursor) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (m *listScreen) renderRow(r model.Customer, cols listColumns, today model.Date, selected bool) string {
	st := m.c.st
	next := fit(m.c.dateText(r.NextDueOn), cols.next)
	if !selected && !r.NextDueOn.IsZero() {
		switch {
		case r.NextDueOn.Before(today):
			next = st.Overdue.Render(next)
		case r.NextDueOn == today:
			next = st.Today.Render(next)
		}
	}
	mark := "  "
	if selected {
		mark = "▸ "
	}
	line := mark + cell(r.Name, cols.name) + " " + cell(r.Company, cols.company) + " " +
		fit(m.c.codeName(model.LevelCodes, string(r.Level)), cols.level) + " " +
		fit(m.c.codeName(model.Stages, string(r.Stage)), cols.stage) + " " +
		fit(m.c.dateText(r.LastContactOn), cols.last) + " " + next
	if cols.types > 0 {
		line += " " + st.Badge.Render(cell(m.c.badges(r.Types), cols.types))
	}
	if selected {
		return st.Selected.Render(line)
	}
	return line
}

func (m *listScreen) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Open, k.Add, k.SwitchView, k.Sort, k.FilterLevel, k.Help, k.Quit}
}

func (m *listScreen) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Open},
		{k.Add, k.Sort, k.FilterLevel, k.ClearFilter, k.Back},
	}
}
