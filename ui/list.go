package ui

import (
	"context"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"guanxi/model"
	"guanxi/search"
	"guanxi/store"
)

// firstPage is how many rows the list reads from SQL before the search index is loaded, so the
// first screen appears at once: a screen and a page down. Every row after that comes from the index.
const firstPage = 80

// listScreen is the home view: every customer in a windowed table, filtered as the user types.
type listScreen struct {
	c      *common
	search textinput.Model
	rows   []model.Customer // a page from SQL, shown until the search index answers
	total  int              // customers in the book when rows were read, -1 when not counted
	// found is the index's answer, shown when fromIndex; see list_search.go.
	found     search.Result
	fromIndex bool
	ix        *search.Index
	indexing  bool // a load of the index is under way
	// indexStale: the book changed while the index was loading, so it is loaded once more.
	indexStale  bool
	cancelNotes context.CancelFunc // stops the search of notes under way
	cancelBook  context.CancelFunc // stops the search of the book under way (see searchBook)
	cache       search.Cache       // the last answers, for erasing and typing on
	notesBusy   bool               // notes and logged contacts are being searched
	notesErr    bool               // that search failed
	notesWait   time.Duration      // how long a query must stay before its notes are searched
	selMatch    lipgloss.Style     // a match inside the selected row
	selBadge    lipgloss.Style     // the personality badges of the selected row
	cursor      int
	offset      int
	seq         int // number of the newest query sent
	shown       int // number of the query whose rows are shown
	loaded      bool
	err         error
	sort        store.SortKey
	level       model.Level    // "" for every level
	marked      map[int64]bool // customers marked to act on at once (list_marks.go)
	width       int
	height      int
	seg         listSegment // the query or saved list in force (list_segment.go)
}

func newListScreen(c *common) *listScreen {
	in := newInput(c.t("list.searchHint"), 100)
	c.st.styleInput(&in)
	in.Focus()
	return &listScreen{c: c, search: in, sort: store.SortNextDue, selMatch: c.st.Selected.Underline(true).Bold(true),
		selBadge: c.st.Badge.Inherit(c.st.Selected), notesWait: notesWait}
}

func (m *listScreen) Title() string { return m.c.t("view.list") }

// HelpNote says in the help what the list's dates count.
func (m *listScreen) HelpNote() string { return m.c.t("list.datesNote") }

func (m *listScreen) Typing() bool { return true }

func (m *listScreen) SetSize(w, h int) {
	m.width, m.height = w, h
	m.search.Width = max(w/3, 10)
	m.clamp()
}

func (m *listScreen) query(limit int) store.ListQuery {
	return store.ListQuery{Text: m.searchText(), Level: m.level, Sort: m.sort, Limit: limit}
}

// Reload asks for a first page from SQL until the search index is there (it is loaded when that
// page arrives), and afterwards loads the index again if the book changed.
func (m *listScreen) Reload() tea.Cmd {
	if m.ix == nil {
		return m.research(true)
	}
	return tea.Batch(m.refreshIndex(), m.reloadSegment())
}

// visibleRows is how many customer rows fit under the search line and the header.
func (m *listScreen) visibleRows() int { return max(m.height-3-m.segmentLines(), 1) }

func (m *listScreen) clamp() {
	n := m.rowCount()
	if m.cursor >= n {
		m.cursor = n - 1
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
	m.offset = max(0, min(m.offset, n-vis))
}

func (m *listScreen) move(delta int) {
	m.cursor += delta
	m.clamp()
}

func (m *listScreen) selected() (model.Customer, bool) {
	if m.cursor < m.rowCount() && m.cursor >= 0 {
		return m.rowAt(m.cursor).Customer, true
	}
	return model.Customer{}, false
}

func (m *listScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k := m.c.keys
	if cmd, handled := m.updateSearch(msg); handled {
		return m, cmd
	}
	if cmd, handled := m.updateSegment(msg); handled {
		return m, cmd
	}
	if km, ok := msg.(tea.KeyMsg); ok {
		if cmd, handled := m.markKey(km); handled {
			return m, cmd
		}
	}
	switch msg := msg.(type) {
	case customersLoadedMsg:
		if msg.seq < m.shown || msg.seq > m.seq {
			return m, nil // stale: a newer query's rows are already shown
		}
		m.shown, m.loaded, m.err = msg.seq, true, msg.err
		if msg.err == nil {
			keep, _ := m.selected()
			m.rows, m.total, m.fromIndex = msg.rows, msg.total, false
			m.cursor = 0
			for i, r := range m.rows {
				if r.ID == keep.ID {
					m.cursor = i
					break
				}
			}
			m.clamp()
		}
		if m.ix == nil && !m.indexing {
			return m, m.refreshIndex() // the first screen is drawn: now read the whole book
		}
		return m, nil
	case tea.MouseMsg:
		if n := wheelStep(msg); n != 0 {
			m.move(n)
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
			m.move(-m.rowCount())
			return m, nil
		case msg.String() == "end":
			m.move(m.rowCount())
			return m, nil
		case key.Matches(msg, k.Open):
			if c, ok := m.selected(); ok {
				return m, func() tea.Msg { return openCustomerMsg{c.ID} }
			}
			return m, nil
		case key.Matches(msg, k.Sort):
			m.sort = nextSort(m.sort)
			return m, m.research(true)
		case key.Matches(msg, k.FilterLevel):
			m.level = nextLevel(m.level)
			return m, m.research(true)
		case key.Matches(msg, k.Back), key.Matches(msg, k.ClearFilter):
			if m.search.Value() == "" && m.level == "" && !m.segmentActive() && m.seg.err == nil {
				return m, nil
			}
			m.search.SetValue("")
			m.level = ""
			m.clearSegment()
			return m, m.research(true)
		case key.Matches(msg, k.Add):
			return m, func() tea.Msg { return openFormMsg{customerForm(m.c, model.Customer{})} }
		}
		before := m.search.Value()
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		if m.search.Value() != before {
			return m, tea.Batch(cmd, m.afterTyping()) // a new query: the best match on top
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

func (m *listScreen) View() string {
	st := m.c.st
	var b strings.Builder
	status := m.countText() + m.markedText()
	status += "  " + m.c.t("list.sort") + m.c.t("sort."+string(m.sort))
	if m.level != "" {
		status += "  " + m.c.t("list.filter") + m.c.codeName(model.LevelCodes, string(m.level))
	}
	prompt := st.Focused.Render(m.c.t("list.search"))
	searchW := max(m.width-width(m.c.t("list.search"))-width(status)-2, 10)
	m.search.Width = searchW - 1
	b.WriteString(prompt + fit(inputView(m.search.View()), searchW) + " " + st.Dim.Render(status) + "\n")
	b.WriteString(m.segmentLine())

	cols := columnsFor(m.width)
	b.WriteString(st.Header.Render(m.listHeader(cols)) + "\n")

	switch {
	case m.err != nil:
		b.WriteString(st.Error.Render(model.SanitizeLine(m.c.errSentence(m.err, "err.load"))) + "\n")
	case !m.loaded:
		b.WriteString(st.Dim.Render(m.c.t("list.loading")) + "\n")
	case m.rowCount() == 0 && m.notesBusy:
		b.WriteString(st.Dim.Render(m.c.t("list.searchingNotes")) + "\n")
	case m.rowCount() == 0 && (m.search.Value() != "" || m.level != "" || m.segmentActive()):
		b.WriteString(st.Dim.Render(m.c.t("list.nomatch")) + "\n")
	case m.rowCount() == 0:
		b.WriteString(st.Dim.Render(m.c.t("list.empty")) + "\n")
	}
	today := m.c.today()
	q := m.shownQuery()
	end := min(m.offset+m.visibleRows(), m.rowCount())
	for i := m.offset; i < end; i++ { // only the rows on screen: no work that grows with the book
		b.WriteString(m.renderRow(m.rowAt(i), q, cols, today, i == m.cursor) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (m *listScreen) renderRow(f search.Found, q model.SearchQuery, cols listColumns, today model.Date, selected bool) string {
	st := m.c.st
	r := f.Customer
	next := fit(m.c.dateText(r.NextDueOn), cols.next)
	if !selected && !r.NextDueOn.IsZero() {
		switch {
		case r.NextDueOn.Before(today):
			next = st.Overdue.Render(next)
		case r.NextDueOn == today:
			next = st.Today.Render(next)
		}
	}
	rest := m.restCells(r, cols, next)
	sp := matchSpans(f, q)
	company, nameW, companyW := rowNameCompany(r, &sp, q, cols)
	if selected {
		// Each piece is styled on its own: a match's style inside one selected run would end the
		// selection's background where the match ends.
		line := st.Selected.Render("▸"+m.markCol(r.ID)) +
			markCell(r.Name, sp.nameFrom, sp.nameTo, nameW, &st.Selected, m.selMatch) +
			companyCell(company, sp, companyW, &st.Selected, m.selMatch) +
			st.Selected.Render(rest)
		if cols.types > 0 {
			line += st.Selected.Render(" ") + m.selBadge.Render(cell(m.c.badges(r.Types), cols.types))
		}
		return line
	}
	mark := m.markCol(r.ID)
	if mark != " " {
		mark = st.Marked.Render(mark)
	}
	line := " " + mark + markCell(r.Name, sp.nameFrom, sp.nameTo, nameW, nil, st.Match) +
		companyCell(company, sp, companyW, nil, st.Match) + rest
	if cols.types > 0 {
		line += " " + st.Badge.Render(cell(m.c.badges(r.Types), cols.types))
	}
	return line
}

func (m *listScreen) ShortHelp() []key.Binding {
	k := m.c.keys
	if len(m.marked) > 0 {
		return append(m.markKeys(), k.Help)
	}
	return []key.Binding{k.Open, k.Add, k.SwitchView, k.Sort, k.FilterLevel, k.Help, k.Quit}
}

func (m *listScreen) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Open},
		{k.Add, k.Sort, k.FilterLevel, k.ClearFilter, k.Back},
		{m.c.clsKeys().Segments, m.c.clsKeys().SaveSegment},
		append(m.markKeys(), m.c.inKeys().ClearLine),
	}
}
