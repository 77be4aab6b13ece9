package list

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
	"guanxi/ui/overlays"
)

// The customer list's dynamic lists (动态客户列表). What is typed in the search box is a query when
// it holds an operator or a bracket (level:vip region:上海 orders>1万); the line under the search
// then says what may come next, where the query is wrong, or how many customers match. The
// customers a query selects are found by the book, and the list's search keeps to them. A query
// can be saved under a name; ctrl+g lists the saved ones with how many customers each holds now.

// listSegment is the query in force in the list: a saved list chosen, or a query typed.
type listSegment struct {
	name  string  // the saved list in use, "" for none
	saved string  // that list's query
	query string  // the query the ids answer; "" for none
	ids   []int64 // the customers it selects; nil when no query is in force
	seq   int     // number of the newest load of ids
	busy  bool    // a load of ids is under way
	err   error   // the query could not be run
	hint  model.QueryHint
}

// segmentChosenMsg asks the list to keep to a saved list; an empty name shows every customer.
type segmentChosenMsg struct{ name, query string }

// typedQuery returns what is typed when it is a query, else "".
func (m *Screen) typedQuery() string {
	if t := strings.TrimSpace(m.Search.Value()); model.LooksLikeQuery(t) {
		return t
	}
	return ""
}

// searchText is the text the index searches: what is typed, unless it is a query.
func (m *Screen) searchText() string {
	if m.typedQuery() != "" {
		return ""
	}
	return m.Search.Value()
}

// within is the customers the search keeps to: those of the query in force, or nil for all.
func (m *Screen) within() []int64 { return m.seg.ids }

// ExportScope is the query in force, for the export box to offer, once its customers are known;
// nil when none is.
func (m *Screen) ExportScope() *overlays.ExportScope {
	if !m.segmentActive() || m.seg.busy || m.seg.err != nil || m.seg.ids == nil || m.seg.query != m.wantedQuery() {
		return nil
	}
	name := m.seg.name
	if name == "" {
		name = m.seg.query
	}
	return &overlays.ExportScope{Name: name, IDs: m.seg.ids}
}

// segmentActive tells whether a query or a saved list narrows the list.
func (m *Screen) segmentActive() bool { return m.seg.query != "" }

// wantedQuery is the query that should be in force: the one typed, else the saved list's.
func (m *Screen) wantedQuery() string {
	if q := m.typedQuery(); q != "" {
		return q
	}
	return m.seg.saved
}

// afterTyping answers a change of the search text: a query is parsed and its customers found
// before the list searches again; plain words search at once.
func (m *Screen) afterTyping() tea.Cmd {
	typed := m.typedQuery()
	m.seg.hint = model.QueryHint{}
	if typed != "" {
		m.seg.hint = model.HintQuery(typed)
		if _, err := model.ParseQuery(typed); err != nil {
			return nil // still being typed, or wrong: the line under the search says which
		}
	}
	return m.applyQuery(m.wantedQuery())
}

// applyQuery puts a query in force (or none for ""), finding its customers first.
func (m *Screen) applyQuery(src string) tea.Cmd {
	if src == m.seg.query && !m.seg.busy && m.seg.err == nil && (src == "" || m.seg.ids != nil) {
		return m.research(false)
	}
	m.seg.query, m.seg.err = src, nil
	m.seg.seq++
	if src == "" {
		m.seg.ids, m.seg.busy = nil, false
		return m.research(false)
	}
	q, err := model.ParseQuery(src)
	if err != nil {
		m.seg.err, m.seg.busy = err, false
		return nil
	}
	m.seg.busy = true
	return loadSegmentIDs(m.c.Store, m.seg.seq, q)
}

// reloadSegment finds the customers of the query in force again, after the book changed.
func (m *Screen) reloadSegment() tea.Cmd {
	if m.seg.query == "" {
		return nil
	}
	q, err := model.ParseQuery(m.seg.query)
	if err != nil {
		return nil
	}
	m.seg.seq++
	m.seg.busy = true
	return loadSegmentIDs(m.c.Store, m.seg.seq, q)
}

// clearSegment leaves the saved list and any query.
func (m *Screen) clearSegment() {
	m.seg = listSegment{seq: m.seg.seq + 1}
}

// updateSegment handles the messages and keys of dynamic lists; handled is false for the rest.
func (m *Screen) updateSegment(msg tea.Msg) (tea.Cmd, bool) {
	ck := m.c.ClassKeys()
	switch msg := msg.(type) {
	case segmentIDsMsg:
		if msg.seq != m.seg.seq {
			return nil, true // an older query's answer
		}
		m.seg.busy, m.seg.err = false, msg.err
		if msg.err != nil {
			m.seg.ids = nil
			return nil, true
		}
		m.seg.ids = msg.ids
		return m.research(true), true
	case segmentChosenMsg:
		m.Search.SetValue("")
		m.seg.hint = model.QueryHint{}
		m.seg.name, m.seg.saved = msg.name, msg.query
		return m.applyQuery(msg.query), true
	case kit.SegmentSavedMsg:
		m.Search.SetValue("")
		m.seg.hint = model.QueryHint{}
		m.seg.name, m.seg.saved = msg.Name, msg.Query
		return m.applyQuery(msg.Query), true
	case kit.SegmentDeletedMsg:
		if strings.EqualFold(msg.Name, m.seg.name) {
			m.seg.name, m.seg.saved = "", ""
			return m.applyQuery(m.wantedQuery()), true
		}
		return kit.StatusCmd(fmt.Sprintf(m.c.T(kit.Texts.Segments.Deleted), model.SanitizeLine(msg.Name)), false), true
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, ck.Segments):
			return openSegmentPicker(m.c, m.validTypedQuery()), true
		case key.Matches(msg, ck.SaveSegment):
			if q := m.validTypedQuery(); q != "" {
				return kit.OpenForm(forms.Segment(m.c, q)), true
			}
			return kit.StatusCmd(m.c.T(kit.Texts.Segments.NeedQuery), true), true
		}
	}
	return nil, false
}

// validTypedQuery is what is typed when it is a query that reads, else "".
func (m *Screen) validTypedQuery() string {
	q := m.typedQuery()
	if q == "" {
		return ""
	}
	if _, err := model.ParseQuery(q); err != nil {
		return ""
	}
	return q
}

// segmentLines is how many lines the dynamic list takes under the search: one while a query is
// typed or a saved list is in use, else none.
func (m *Screen) segmentLines() int {
	if m.typedQuery() != "" || m.seg.name != "" || m.seg.err != nil {
		return 1
	}
	return 0
}

// segmentLine is the line under the search, with its newline, or "" when there is none.
func (m *Screen) segmentLine() string {
	if m.segmentLines() == 0 {
		return ""
	}
	c, st := m.c, m.c.Styles
	w := m.width
	typed := m.typedQuery()
	switch {
	case typed != "" && m.seg.hint.Err != nil:
		e := m.seg.hint.Err
		raw := m.Search.Value()
		lead := len(raw) - len(strings.TrimLeft(raw, " "))
		pos := min(lead+e.Pos, len(raw))
		col := kit.Width(c.T(kit.Texts.List.Search)) + kit.Width(model.SanitizeLine(raw[:pos]))
		msg := fmt.Sprintf(c.T(kit.Texts.Segments.ErrAt), utf8.RuneCountInString(typed[:min(e.Pos, len(typed))])+1) + e.Msg.In(c.Lang)
		col = max(min(col, w-16), 0) // the caret under the mistake, and room for the words
		return st.Error.Render(kit.Fit(strings.Repeat(" ", col)+"^ "+msg, w)) + "\n"
	case typed != "" && m.seg.hint.Next.Zh != "":
		return st.Dim.Render(kit.Fit("  "+m.seg.hint.Next.In(c.Lang), w)) + "\n"
	case m.seg.err != nil:
		return st.Error.Render(kit.Fit("  "+c.T(kit.Texts.Segments.Bad)+": "+model.SanitizeLine(m.seg.err.Error()), w)) + "\n"
	case m.seg.busy:
		return st.Dim.Render(kit.Fit("  "+c.T(kit.Texts.Segments.Working), w)) + "\n"
	case typed != "":
		return st.OK.Render(kit.Fit("  "+fmt.Sprintf(c.TN(kit.Texts.Segments.Matches, len(m.seg.ids)), len(m.seg.ids)), w)) + "\n"
	}
	line := "  " + fmt.Sprintf(c.T(kit.Texts.Segments.Active), model.SanitizeLine(m.seg.name)) + " · " +
		fmt.Sprintf(c.T(kit.Texts.Analysis.People), len(m.seg.ids)) + " · " + model.SanitizeLine(m.seg.saved)
	return st.Focused.Render(kit.Fit(line, w)) + "\n"
}

// segmentPicker is the overlay of saved lists, each with how many customers it holds now.
type segmentPicker struct {
	c       *kit.Common
	rows    []segmentRow
	typed   string // a query typed in the list that can be saved; "" for none
	cursor  int    // 0: every customer; 1…: the saved lists; last: save the typed query
	confirm string // a list whose deletion waits for a second key
	done    bool
	width   int
	height  int
}

// openSegmentPicker reads the saved lists with their counts, then opens the picker.
func openSegmentPicker(c *kit.Common, typed string) tea.Cmd {
	load := loadSegments(c.Store)
	return func() tea.Msg {
		msg := load().(segmentsLoadedMsg)
		if msg.err != nil {
			return kit.StatusMsg{Text: c.ErrSentence(msg.err, kit.Texts.Errors.Load), IsErr: true}
		}
		return kit.ShowMsg{Overlay: &segmentPicker{c: c, rows: msg.rows, typed: typed}}
	}
}

func (p *segmentPicker) Done() bool       { return p.done }
func (p *segmentPicker) SetSize(w, h int) { p.width, p.height = w, h }

// entries is how many rows the cursor moves over.
func (p *segmentPicker) entries() int {
	n := 1 + len(p.rows)
	if p.typed != "" {
		n++
	}
	return n
}

func (p *segmentPicker) Update(msg tea.Msg) (kit.Overlay, tea.Cmd) {
	k, ck := p.c.Keys, p.c.ClassKeys()
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	wasConfirm := p.confirm
	p.confirm = ""
	switch {
	case key.Matches(km, k.Cancel), key.Matches(km, ck.Segments):
		p.done = true
	case key.Matches(km, k.Up):
		p.cursor = (p.cursor - 1 + p.entries()) % p.entries()
	case key.Matches(km, k.Down):
		p.cursor = (p.cursor + 1) % p.entries()
	case key.Matches(km, k.Open):
		p.done = true
		switch {
		case p.cursor == 0:
			return p, func() tea.Msg { return segmentChosenMsg{} }
		case p.cursor <= len(p.rows):
			g := p.rows[p.cursor-1]
			return p, func() tea.Msg { return segmentChosenMsg{name: g.Name, query: g.Query} }
		}
		return p, kit.OpenForm(forms.Segment(p.c, p.typed))
	case key.Matches(km, ck.DeleteSegment):
		if p.cursor < 1 || p.cursor > len(p.rows) {
			return p, nil
		}
		g := p.rows[p.cursor-1]
		if wasConfirm != g.Name {
			p.confirm = g.Name
			return p, nil
		}
		p.rows = append(p.rows[:p.cursor-1:p.cursor-1], p.rows[p.cursor:]...)
		p.cursor = min(p.cursor, p.entries()-1)
		return p, kit.DeleteSegment(p.c.Store, g.Name)
	}
	return p, nil
}

func (p *segmentPicker) View() string {
	c, st := p.c, p.c.Styles
	boxW := min(p.width-2, 76)
	inner := max(boxW-4, 20)
	nameW := min(max(inner/3, 8), 20)
	var lines []string
	row := func(i int, text string) {
		mark := "  "
		if i == p.cursor {
			lines = append(lines, st.Selected.Render(kit.Fit("▸ "+text, inner)))
			return
		}
		lines = append(lines, kit.Fit(mark+text, inner))
	}
	row(0, c.T(kit.Texts.Segments.All))
	for i, g := range p.rows {
		count := c.T(kit.Texts.Segments.Bad)
		if g.err == nil {
			count = fmt.Sprintf(c.T(kit.Texts.Analysis.People), g.count)
		}
		row(i+1, kit.Cell(g.Name, nameW)+" "+kit.FitRight(count, 8)+"  "+model.SanitizeLine(g.Query))
	}
	if p.typed != "" {
		row(len(p.rows)+1, c.T(kit.Texts.Segments.SaveTyped)+" "+model.SanitizeLine(p.typed))
	}
	if len(p.rows) == 0 {
		lines = append(lines, "")
		lines = append(lines, kit.Wrap(c.T(kit.Texts.Segments.None), inner)...)
	}
	room := max(p.height-6, 3)
	if len(lines) > room {
		start := min(max(p.cursor-room/2, 0), len(lines)-room)
		lines = lines[start : start+room]
	}
	foot := c.T(kit.Texts.Segments.Keys)
	if p.confirm != "" {
		foot = fmt.Sprintf(c.T(kit.Texts.Segments.Confirm), model.SanitizeLine(p.confirm))
	}
	body := st.Title.Render(c.T(kit.Texts.Segments.Title)) + "\n\n" + strings.Join(lines, "\n") + "\n\n" + st.Dim.Render(kit.Fit(foot, inner))
	return st.Border.Width(boxW-2).Padding(0, 1).Render(body)
}
