package list

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
	"guanxi/ui/forms"
	"guanxi/ui/kit"
)

// firstPage is how many rows the list reads from SQL before the search index is loaded, so the
// first screen appears at once: a screen and a page down. Every row after that comes from the index.
const firstPage = 80

// Screen is the home view: every customer in a windowed table, filtered as the user types.
type Screen struct {
	c      *kit.Common
	Search textinput.Model
	Rows   []model.Customer // a page from SQL, shown until the search index answers
	total  int              // customers in the book when rows were read, -1 when not counted
	// found is the index's answer, shown when fromIndex; see list_search.go.
	found     search.Result
	FromIndex bool
	Ix        *search.Index
	Indexing  bool // a load of the index is under way
	// indexStale: the book changed while the index was loading, so it is loaded once more.
	indexStale bool
	// reindexing: the index was let go because the book changed, and the next one is loading.
	reindexing  bool
	CancelNotes context.CancelFunc // stops the search of notes under way
	cancelBook  context.CancelFunc // stops the search of the book under way (see searchBook)
	bookSeq     int                // the query that search answers
	bookWaits   bool               // a query was typed while it ran: asked when it ends
	bookHits    *search.NameHits   // the names the last search of the book matched
	Cache       search.Cache       // the last answers, for erasing and typing on
	NotesBusy   bool               // notes and logged contacts are being searched
	notesErr    bool               // that search failed
	NotesWait   time.Duration      // how long a query must stay before its notes are searched
	SelMatch    lipgloss.Style     // a match inside the selected row
	selBadge    lipgloss.Style     // the personality badges of the selected row
	Cursor      int
	offset      int
	Seq         int // number of the newest query sent
	Shown       int // number of the query whose rows are shown
	Loaded      bool
	err         error
	sort        store.SortKey
	level       model.Level    // "" for every level
	Marked      map[int64]bool // customers marked to act on at once (list_marks.go)
	width       int
	height      int
	seg         listSegment // the query or saved list in force (list_segment.go)
}

func New(c *kit.Common) *Screen {
	in := kit.NewInput(c.T(kit.Texts.List.SearchHint), 100)
	c.Styles.StyleInput(&in)
	in.Focus()
	return &Screen{c: c, Search: in, sort: store.SortNextDue, SelMatch: c.Styles.Selected.Underline(true).Bold(true),
		selBadge: c.Styles.Badge.Inherit(c.Styles.Selected), NotesWait: notesWait}
}

func (m *Screen) Title() string { return m.c.T(kit.Texts.Views.List) }

// HelpNote says in the help what the list's dates count.
func (m *Screen) HelpNote() string { return m.c.T(kit.Texts.List.DatesNote) }

func (m *Screen) Typing() bool { return true }

func (m *Screen) SetSize(w, h int) {
	m.width, m.height = w, h
	m.Search.Width = max(w/3, 10)
	m.clamp()
}

func (m *Screen) Query(limit int) store.ListQuery {
	return store.ListQuery{Text: m.searchText(), Level: m.level, Sort: m.sort, Limit: limit}
}

// Reload asks for a first page from SQL until the search index is there (it is loaded when that
// page arrives), and afterwards loads the index again if the book changed.
func (m *Screen) Reload() tea.Cmd {
	if m.Ix == nil {
		m.stopBook() // the names it found may have changed
		return m.research(true)
	}
	return tea.Batch(m.refreshIndex(), m.reloadSegment())
}

// VisibleRows is how many customer rows fit under the search line and the header.
func (m *Screen) VisibleRows() int { return max(m.height-3-m.segmentLines(), 1) }

func (m *Screen) clamp() {
	n := m.RowCount()
	m.Cursor = max(0, min(m.Cursor, n-1))
	m.offset = kit.ScrollOffset(m.Cursor, m.offset, m.VisibleRows(), n)
}

func (m *Screen) move(delta int) {
	m.Cursor += delta
	m.clamp()
}

func (m *Screen) Selected() (model.Customer, bool) {
	if m.Cursor < m.RowCount() && m.Cursor >= 0 {
		return m.RowAt(m.Cursor).Customer, true
	}
	return model.Customer{}, false
}

func (m *Screen) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	k := m.c.Keys
	if cmd, handled := kit.HandledBy(msg, m.updateSearch, m.updateSegment); handled {
		return m, cmd
	}
	if km, ok := msg.(tea.KeyMsg); ok {
		if cmd, handled := m.markKey(km); handled {
			return m, cmd
		}
	}
	switch msg := msg.(type) {
	case kit.CustomersLoadedMsg:
		if msg.Seq < m.Shown || msg.Seq > m.Seq {
			return m, nil // stale: a newer query's rows are already shown
		}
		m.Shown, m.Loaded, m.err = msg.Seq, true, msg.Err
		if msg.Err == nil {
			keep, _ := m.Selected()
			m.Rows, m.total, m.FromIndex = msg.Rows, msg.Total, false
			m.Cursor = 0
			for i, r := range m.Rows {
				if r.ID == keep.ID {
					m.Cursor = i
					break
				}
			}
			m.clamp()
		}
		if m.Ix == nil && !m.Indexing {
			return m, m.refreshIndex() // the first screen is drawn: now read the whole book
		}
		return m, nil
	case tea.MouseMsg:
		if n := kit.WheelStep(msg); n != 0 {
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
			m.move(-m.VisibleRows())
			return m, nil
		case key.Matches(msg, k.PageDown):
			m.move(m.VisibleRows())
			return m, nil
		case msg.String() == "home":
			m.move(-m.RowCount())
			return m, nil
		case msg.String() == "end":
			m.move(m.RowCount())
			return m, nil
		case key.Matches(msg, k.Open):
			if c, ok := m.Selected(); ok {
				return m, kit.Navigate(kit.PageDetail, c.ID)
			}
			return m, nil
		case key.Matches(msg, k.Sort):
			m.sort = nextSort(m.sort)
			return m, m.research(true)
		case key.Matches(msg, k.FilterLevel):
			m.level = nextLevel(m.level)
			return m, m.research(true)
		case key.Matches(msg, k.Back), key.Matches(msg, k.ClearFilter):
			if m.Search.Value() == "" && m.level == "" && !m.segmentActive() && m.seg.err == nil {
				return m, nil
			}
			m.Search.SetValue("")
			m.level = ""
			m.clearSegment()
			return m, m.research(true)
		case key.Matches(msg, k.Add):
			return m, kit.OpenForm(forms.Customer(m.c, model.Customer{}))
		}
		before := m.Search.Value()
		var cmd tea.Cmd
		m.Search, cmd = m.Search.Update(msg)
		if m.Search.Value() != before {
			return m, tea.Batch(cmd, m.afterTyping()) // a new query: the best match on top
		}
		return m, cmd
	}
	return m, nil
}

// sortNames are the names of the list's orders.
var sortNames = map[store.SortKey]model.Text{
	store.SortNextDue:     kit.Texts.Sort.NextDue,
	store.SortName:        kit.Texts.Sort.Name,
	store.SortLastContact: kit.Texts.Sort.LastContact,
	store.SortLevel:       kit.Texts.Sort.Level,
	store.SortRevenue:     kit.Texts.Sort.Revenue,
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
	levels := model.Levels()
	if l == "" {
		return levels[0].Code
	}
	for i, info := range levels {
		if info.Code == l && i+1 < len(levels) {
			return levels[i+1].Code
		}
	}
	return ""
}

func (m *Screen) View() string {
	st := m.c.Styles
	var b strings.Builder
	status := m.countText() + m.markedText()
	status += "  " + m.c.T(kit.Texts.List.Sort) + m.c.T(sortNames[m.sort])
	if m.level != "" {
		status += "  " + m.c.T(kit.Texts.List.Filter) + m.c.CodeName(model.LevelCodes(), string(m.level))
	}
	prompt := st.Focused.Render(m.c.T(kit.Texts.List.Search))
	searchW := max(m.width-kit.Width(m.c.T(kit.Texts.List.Search))-kit.Width(status)-2, 10)
	m.Search.Width = searchW - 1
	b.WriteString(prompt + kit.Fit(kit.InputView(m.Search.View()), searchW) + " " + st.Dim.Render(status) + "\n")
	b.WriteString(m.segmentLine())

	cols := columnsFor(m.width, m.stageWidth())
	b.WriteString(st.Header.Render(m.listHeader(cols)) + "\n")

	switch {
	case m.err != nil:
		b.WriteString(st.Error.Render(m.c.ErrSentence(m.err, kit.Texts.Errors.Load)) + "\n")
	case !m.Loaded:
		b.WriteString(st.Dim.Render(m.c.T(kit.Texts.List.Loading)) + "\n")
	case m.RowCount() == 0 && m.NotesBusy:
		b.WriteString(st.Dim.Render(m.c.T(kit.Texts.List.SearchingNotes)) + "\n")
	case m.RowCount() == 0 && (m.Search.Value() != "" || m.level != "" || m.segmentActive()):
		b.WriteString(st.Dim.Render(m.c.T(kit.Texts.List.Nomatch)) + "\n")
	case m.RowCount() == 0:
		b.WriteString(st.Dim.Render(m.c.T(kit.Texts.List.Empty)) + "\n")
	}
	today := m.c.Today()
	q := m.shownQuery()
	end := min(m.offset+m.VisibleRows(), m.RowCount())
	for i := m.offset; i < end; i++ { // only the rows on screen: no work that grows with the book
		b.WriteString(m.renderRow(m.RowAt(i), q, cols, today, i == m.Cursor) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (m *Screen) renderRow(f search.Found, q model.SearchQuery, cols listColumns, today model.Date, selected bool) string {
	st := m.c.Styles
	r := f.Customer
	next := kit.Fit(m.c.DateText(r.NextDueOn), cols.next)
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
			MarkCell(r.Name, sp.nameFrom, sp.nameTo, nameW, &st.Selected, m.SelMatch) +
			companyCell(company, sp, companyW, &st.Selected, m.SelMatch) +
			st.Selected.Render(rest)
		if cols.types > 0 {
			line += st.Selected.Render(" ") + m.selBadge.Render(kit.Cell(m.c.Badges(r.Types), cols.types))
		}
		return line
	}
	mark := m.markCol(r.ID)
	if mark != " " {
		mark = st.Marked.Render(mark)
	}
	line := " " + mark + MarkCell(r.Name, sp.nameFrom, sp.nameTo, nameW, nil, st.Match) +
		companyCell(company, sp, companyW, nil, st.Match) + rest
	if cols.types > 0 {
		line += " " + st.Badge.Render(kit.Cell(m.c.Badges(r.Types), cols.types))
	}
	return line
}

func (m *Screen) ShortHelp() []key.Binding {
	k := m.c.Keys
	if len(m.Marked) > 0 {
		return append(m.markKeys(), k.Help)
	}
	return []key.Binding{k.Open, k.Add, k.SwitchView, k.Sort, k.FilterLevel, k.Help, k.Quit}
}

func (m *Screen) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Open},
		{k.Add, k.Sort, k.FilterLevel, k.ClearFilter, k.Back},
		{m.c.ClassKeys().Segments, m.c.ClassKeys().SaveSegment},
		append(m.markKeys(), m.c.InputKeys().ClearLine),
	}
}
