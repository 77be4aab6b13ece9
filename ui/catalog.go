package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// catalogFocus is the part of the catalog screen that has the keys.
type catalogFocus int

const (
	// focusTypes: the list of types; letters are commands (e edit, n new …).
	focusTypes catalogFocus = iota
	// focusFilter: typing filters the types; / starts it, so does typing a Chinese character.
	focusFilter
	// focusCarriers: the people who carry the selected type; enter opens one.
	focusCarriers
)

// catalogScreen browses the personality typologies and types: filter as you type, the selected
// type's traits, approach and what to avoid below, who carries it, and the keys that edit, add,
// restore and remove.
type catalogScreen struct {
	c          *common
	focus      catalogFocus
	filter     textinput.Model
	typologies []model.Typology
	types      []model.PersonalityType
	shown      []model.PersonalityType
	cursor     int
	offset     int
	width      int
	height     int
	err        error
	// pending is a type to put the cursor on once it is listed (one just added).
	pending string
	// The people who carry the selected type, for the code carriersFor.
	carriersFor   string
	carriers      []store.TypeCarrier
	carriersTotal int
	carriersErr   error
	carrierCursor int
	carrierOffset int
}

func newCatalogScreen(c *common) *catalogScreen {
	filter := newInput(c.t("hint.type"), 100)
	c.st.styleInput(&filter)
	return &catalogScreen{c: c, filter: filter}
}

func (m *catalogScreen) Title() string    { return m.c.t("view.catalog") }
func (m *catalogScreen) Typing() bool     { return m.focus == focusFilter }
func (m *catalogScreen) Reload() tea.Cmd  { return loadCatalog(m.c.store) }
func (m *catalogScreen) SetSize(w, h int) { m.width, m.height = w, h; m.clamp() }

// listHeight is the room for the rows of types; the lower half shows the selected type.
func (m *catalogScreen) listHeight() int { return max((m.height-2)/2, 3) }

// paneHeight is the room under the list for the selected type or its carriers.
func (m *catalogScreen) paneHeight() int { return max(m.height-1-m.listHeight(), 1) }

func (m *catalogScreen) applyFilter() {
	q := strings.ToLower(strings.TrimSpace(m.filter.Value()))
	m.shown = m.shown[:0]
	for _, t := range m.types {
		ty, _ := m.typologyOf(t.Typology)
		if q == "" || strings.Contains(strings.ToLower(t.Code+" "+t.Name.Zh+" "+t.Name.En+" "+
			ty.Name.Zh+" "+ty.Name.En+" "+t.Traits.Zh+" "+t.Traits.En), q) {
			m.shown = append(m.shown, t)
		}
	}
	m.clamp()
}

func (m *catalogScreen) clamp() {
	m.cursor = max(0, min(m.cursor, len(m.shown)-1))
	vis := m.listHeight()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+vis {
		m.offset = m.cursor - vis + 1
	}
	m.offset = max(0, min(m.offset, len(m.shown)-vis))
	m.carrierCursor = max(0, min(m.carrierCursor, len(m.carriers)-1))
	room := m.carrierRows()
	if m.carrierCursor < m.carrierOffset {
		m.carrierOffset = m.carrierCursor
	}
	if m.carrierCursor >= m.carrierOffset+room {
		m.carrierOffset = m.carrierCursor - room + 1
	}
	m.carrierOffset = max(0, min(m.carrierOffset, len(m.carriers)-room))
}

// carrierRows is the room for people in the lower pane, under its heading and above its keys.
func (m *catalogScreen) carrierRows() int { return max(m.paneHeight()-2, 1) }

func (m *catalogScreen) typologyName(code string) string {
	for _, t := range m.typologies {
		if t.Code == code {
			return t.Name.In(m.c.lang)
		}
	}
	return code
}

func (m *catalogScreen) typologyOf(code string) (model.Typology, bool) {
	for _, t := range m.typologies {
		if t.Code == code {
			return t, true
		}
	}
	return model.Typology{}, false
}

func (m *catalogScreen) selected() (model.PersonalityType, bool) {
	if m.cursor < len(m.shown) {
		return m.shown[m.cursor], true
	}
	return model.PersonalityType{}, false
}

// followSelection asks for the carriers of the selected type when they are not the ones held.
func (m *catalogScreen) followSelection() tea.Cmd {
	t, ok := m.selected()
	if ok && t.Code == m.carriersFor {
		return nil
	}
	if m.focus == focusCarriers {
		m.focus = focusTypes
	}
	m.carriersFor, m.carriers, m.carriersTotal, m.carriersErr = "", nil, -1, nil
	m.carrierCursor, m.carrierOffset = 0, 0
	if !ok {
		return nil
	}
	m.carriersFor = t.Code
	return loadCarriers(m.c.store, t.Code)
}

// refreshCarriers asks again who carries the selected type, keeping what is shown (and the
// cursor among them) until the answer comes: the book may have changed.
func (m *catalogScreen) refreshCarriers() tea.Cmd {
	if t, ok := m.selected(); ok && t.Code == m.carriersFor {
		return loadCarriers(m.c.store, t.Code)
	}
	return m.followSelection()
}

// selectCode puts the cursor on the type with the code, clearing a filter that hides it; it tells
// whether the type is listed.
func (m *catalogScreen) selectCode(code string) bool {
	for pass := 0; pass < 2; pass++ {
		for i, t := range m.shown {
			if t.Code == code {
				m.cursor = i
				m.clamp()
				return true
			}
		}
		if m.filter.Value() == "" {
			break
		}
		m.filter.SetValue("")
		m.applyFilter()
	}
	return false
}

func (m *catalogScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case catalogLoadedMsg:
		m.err = msg.err
		if msg.err != nil {
			return m, nil
		}
		m.typologies, m.types = msg.typologies, msg.types
		m.applyFilter()
		if m.pending != "" && m.selectCode(m.pending) {
			m.pending = ""
		}
		return m, m.refreshCarriers()
	case catalogSelectMsg:
		if !m.selectCode(msg.code) {
			m.pending = msg.code
		}
		return m, m.followSelection()
	case carriersLoadedMsg:
		if msg.code == m.carriersFor {
			m.carriers, m.carriersTotal, m.carriersErr = msg.carriers, msg.total, msg.err
			if m.focus == focusCarriers && len(m.carriers) == 0 {
				m.focus = focusTypes
			}
			m.clamp()
		}
		return m, nil
	case tea.MouseMsg:
		step := wheelStep(msg)
		if m.focus == focusCarriers {
			m.carrierCursor += step
		} else {
			m.cursor += step
		}
		m.clamp()
		return m, m.followSelection()
	case tea.KeyMsg:
		switch m.focus {
		case focusFilter:
			return m.updateFilter(msg)
		case focusCarriers:
			return m.updateCarriers(msg)
		}
		return m.updateTypes(msg)
	}
	return m, nil
}

// move handles the keys that move the cursor of the types; it tells whether the key was one.
func (m *catalogScreen) move(msg tea.KeyMsg) bool {
	cur, moved := m.c.keys.step(msg, m.cursor, m.listHeight(), len(m.shown))
	if moved {
		m.cursor = cur
		m.clamp()
	}
	return moved
}

func (m *catalogScreen) updateTypes(msg tea.KeyMsg) (screen, tea.Cmd) {
	k, c := m.c.keys, m.c
	if m.move(msg) {
		return m, m.followSelection()
	}
	switch {
	case key.Matches(msg, k.Filter):
		m.focus = focusFilter
		m.filter.Focus()
		return m, nil
	case key.Matches(msg, k.Back):
		if m.filter.Value() != "" {
			m.filter.SetValue("")
			m.applyFilter()
			return m, m.followSelection()
		}
		return m, nil
	case key.Matches(msg, k.NewTypology):
		return m, openForm(typologyForm(c, model.Typology{}))
	}
	if len(c.typologies) == 0 {
		return m, nil
	}
	t, ok := m.selected()
	if key.Matches(msg, k.NewType) {
		start := model.PersonalityType{Typology: c.typologies[0].Code}
		if ok {
			start.Typology = t.Typology
		}
		return m, openForm(typeForm(c, start))
	}
	if !ok {
		return m, m.startFilter(msg)
	}
	switch {
	case key.Matches(msg, k.Open):
		if m.carriersFor == t.Code && len(m.carriers) > 0 {
			m.focus = focusCarriers
			m.carrierCursor, m.carrierOffset = 0, 0
			return m, nil
		}
		if m.carriersFor == t.Code && m.carriersTotal == 0 {
			return m, statusCmd(c.t("cat.nobodyToOpen"), false)
		}
		return m, nil
	case key.Matches(msg, k.Edit):
		return m, openForm(typeForm(c, t))
	case key.Matches(msg, k.EditTypology):
		if ty, found := m.typologyOf(t.Typology); found {
			return m, openForm(typologyForm(c, ty))
		}
		return m, nil
	case key.Matches(msg, k.RestoreType):
		switch {
		case !t.BuiltIn:
			return m, statusCmd(c.t("cat.ownNoDefault"), true)
		case !t.Customized():
			return m, statusCmd(c.t("cat.isDefault"), false)
		}
		name := model.SanitizeLine(t.Name.In(c.lang))
		return m, askFirst(c, fmt.Sprintf(c.t("confirm.restore"), name), c.t("confirm.restoreBody"), restoreType(c.store, t.Code))
	case key.Matches(msg, k.RemoveType):
		if t.BuiltIn {
			return m, statusCmd(c.t("cat.builtinStays"), true)
		}
		name := model.SanitizeLine(t.Name.In(c.lang))
		return m, askFirst(c, fmt.Sprintf(c.t("confirm.remove"), name), m.removeBody(t), removeType(c.store, t.Code))
	}
	return m, m.startFilter(msg)
}

// startFilter begins filtering when a Chinese (or any non-ASCII) character is typed: letters are
// commands here, but such a character can only be meant as a search.
func (m *catalogScreen) startFilter(msg tea.KeyMsg) tea.Cmd {
	if msg.Type != tea.KeyRunes || len(msg.Runes) == 0 || msg.Runes[0] < utf8.RuneSelf {
		return nil
	}
	m.focus = focusFilter
	m.filter.Focus()
	_, cmd := m.updateFilter(msg)
	return cmd
}

// removeBody says who carries a type about to be removed and what happens to their tags.
func (m *catalogScreen) removeBody(t model.PersonalityType) string {
	c := m.c
	if m.carriersFor != t.Code || m.carriersTotal < 0 || m.carriersErr != nil {
		return c.t("confirm.removeMaybe")
	}
	if m.carriersTotal == 0 {
		return c.t("confirm.removeNone")
	}
	return fmt.Sprintf(c.t("confirm.removeUsed"), m.carriersTotal, m.carrierNames(5))
}

// carrierNames lists up to n people who carry the selected type, for one line.
func (m *catalogScreen) carrierNames(n int) string {
	sep := ", "
	if m.c.lang == model.Zh {
		sep = "、"
	}
	var names []string
	for i, p := range m.carriers {
		if i == n {
			names = append(names, "…")
			break
		}
		names = append(names, m.carrierName(p))
	}
	return strings.Join(names, sep)
}

// carrierName names a person who carries a type: a contact with their customer, or the customer.
func (m *catalogScreen) carrierName(p store.TypeCarrier) string {
	if p.ContactID != 0 {
		return fmt.Sprintf(m.c.t("cat.of"), model.SanitizeLine(p.ContactName), model.SanitizeLine(p.CustomerName))
	}
	return model.SanitizeLine(p.CustomerName)
}

func (m *catalogScreen) updateFilter(msg tea.KeyMsg) (screen, tea.Cmd) {
	k := m.c.keys
	if m.move(msg) {
		return m, m.followSelection()
	}
	switch {
	case key.Matches(msg, k.Back):
		m.filter.SetValue("")
		m.filter.Blur()
		m.focus = focusTypes
		m.applyFilter()
		return m, m.followSelection()
	case key.Matches(msg, k.Open):
		m.filter.Blur()
		m.focus = focusTypes
		return m, nil
	}
	before := m.filter.Value()
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	if m.filter.Value() != before {
		m.cursor = 0
		m.applyFilter()
	}
	return m, tea.Batch(cmd, m.followSelection())
}

func (m *catalogScreen) updateCarriers(msg tea.KeyMsg) (screen, tea.Cmd) {
	k := m.c.keys
	if cur, moved := k.step(msg, m.carrierCursor, m.carrierRows(), len(m.carriers)); moved {
		m.carrierCursor = cur
		m.clamp()
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Back):
		m.focus = focusTypes
	case key.Matches(msg, k.Open):
		if m.carrierCursor < len(m.carriers) {
			id := m.carriers[m.carrierCursor].CustomerID
			return m, func() tea.Msg { return openCustomerMsg{id} }
		}
	}
	m.clamp()
	return m, nil
}

func (m *catalogScreen) View() string {
	c, st := m.c, m.c.st
	var b strings.Builder
	b.WriteString(m.filterLine() + "\n")
	if m.err != nil {
		return b.String() + st.Error.Render(model.SanitizeLine(c.errSentence(m.err, "err.load")))
	}
	if len(m.shown) == 0 {
		if len(m.types) == 0 {
			return b.String() + st.Dim.Render(c.t("cat.empty"))
		}
		return b.String() + st.Dim.Render(c.t("cat.nomatch"))
	}
	nameW := max(m.width/3, 12)
	markW := 8
	typologyW := max(m.width-nameW-markW-4, 6)
	vis := m.listHeight()
	end := min(m.offset+vis, len(m.shown))
	for i := m.offset; i < end; i++ {
		t := m.shown[i]
		mark := ""
		switch {
		case !t.BuiltIn:
			mark = c.t("cat.own")
		case t.Customized():
			mark = c.t("cat.customized")
		}
		row := cell(t.Name.In(c.lang), nameW) + " " + cell(m.typologyName(t.Typology), typologyW) + " "
		if i == m.cursor {
			b.WriteString(st.Selected.Render("▸ "+row+fit(mark, markW)) + "\n")
		} else {
			b.WriteString("  " + row + st.Badge.Render(fit(mark, markW)) + "\n")
		}
	}
	for i := end - m.offset; i < vis; i++ {
		b.WriteString("\n")
	}
	var pane []string
	if m.focus == focusCarriers {
		pane = m.carriersPane()
	} else {
		pane = m.typePane()
	}
	if room := m.paneHeight(); len(pane) > room {
		pane = pane[:room]
	}
	b.WriteString(strings.Join(pane, "\n"))
	return b.String()
}

// filterLine is the first line: the filter as typed, or how to start one, and the count.
func (m *catalogScreen) filterLine() string {
	c, st := m.c, m.c.st
	count := fmt.Sprintf(c.t("cat.count"), len(m.shown), len(m.types))
	room := max(m.width-width(c.t("cat.filter"))-width(count)-2, 8)
	var field string
	if m.focus == focusFilter || m.filter.Value() != "" {
		m.filter.Width = room - 1
		field = fit(inputView(m.filter.View()), room)
	} else {
		field = st.Dim.Render(fit(c.t("cat.filterHint"), room))
	}
	label := c.t("cat.filter")
	if m.focus == focusFilter {
		label = st.Focused.Render(label)
	}
	return label + field + " " + st.Dim.Render(count)
}

// typePane shows the selected type: its names, who carries it, traits, approach and what to avoid.
func (m *catalogScreen) typePane() []string {
	c, st := m.c, m.c.st
	t, ok := m.selected()
	if !ok {
		return nil
	}
	w := m.width - 1
	head := model.SanitizeLine(t.Name.In(c.lang))
	if other := t.Name.In(otherLang(c.lang)); other != "" && other != t.Name.In(c.lang) {
		head += " · " + model.SanitizeLine(other)
	}
	head += " · " + model.SanitizeLine(m.typologyName(t.Typology))
	if c.lang != model.Zh {
		// The code is what the command line takes (--type hesitant); a Chinese reader types the name.
		head += " · " + t.Code
	}
	out := []string{st.Section.Render(fit(head, w))}
	out = append(out, m.carriersLine(w))
	return append(out, c.advice(t, adviceFull, w)...)
}

// carriersLine sums up who carries the selected type, on one line.
func (m *catalogScreen) carriersLine(w int) string {
	c, st := m.c, m.c.st
	switch {
	case m.carriersErr != nil:
		return st.Error.Render(fit(model.SanitizeLine(c.errSentence(m.carriersErr, "err.load")), w))
	case m.carriersTotal < 0:
		return st.Dim.Render(fit(c.t("cat.loadingPeople"), w))
	case m.carriersTotal == 0:
		return st.Dim.Render(fit(c.t("cat.noCarriers"), w))
	}
	count := fmt.Sprintf(c.t("cat.carriers"), m.carriersTotal)
	if m.carriersTotal == 1 {
		count = c.t("cat.carriersOne")
	}
	hint := c.t("cat.carriersOpen")
	names := fit(m.carrierNames(8), max(w-width(count)-width(hint), 4))
	return st.Focused.Render(count) + names + st.Dim.Render(hint)
}

// carriersPane lists the people who carry the selected type, with a cursor, for enter to open.
func (m *catalogScreen) carriersPane() []string {
	c, st := m.c, m.c.st
	t, _ := m.selected()
	w := m.width - 1
	out := []string{st.Section.Render(fit(fmt.Sprintf(c.t("cat.carriersHead"), model.SanitizeLine(t.Name.In(c.lang)), m.carriersTotal), w))}
	room := m.carrierRows()
	end := min(m.carrierOffset+room, len(m.carriers))
	nameW := min(max(w/5, 10), 20)
	whereW := max(w/3, 16)
	for i := m.carrierOffset; i < end; i++ {
		p := m.carriers[i]
		// Who, then where: a contact's customer, or a person's company.
		who, where := p.CustomerName, p.Company
		if p.ContactID != 0 {
			who, where = p.ContactName, p.CustomerName
		} else if where == who {
			where = ""
		}
		note := ""
		if p.Note != "" {
			note = "“" + p.Note + "”"
		}
		row := cell(who, nameW) + " " + cell(where, whereW) + " " + cell(note, max(w-nameW-whereW-4, 4))
		if i == m.carrierCursor {
			out = append(out, st.Selected.Render("▸ "+row))
		} else {
			out = append(out, "  "+row)
		}
	}
	footer := c.t("cat.carriersBack")
	if more := m.carriersTotal - len(m.carriers); more > 0 {
		footer = fmt.Sprintf(c.t("cat.carriersMore"), more) + " · " + footer
	}
	for len(out) < room+1 {
		out = append(out, "")
	}
	return append(out, st.Dim.Render(fit(footer, w)))
}

func otherLang(l model.Lang) model.Lang {
	if l == model.Zh {
		return model.En
	}
	return model.Zh
}

func (m *catalogScreen) ShortHelp() []key.Binding {
	k := m.c.keys
	switch m.focus {
	case focusFilter:
		return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Help}
	case focusCarriers:
		return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Help}
	}
	return []key.Binding{k.Filter, k.Open, k.Edit, k.NewType, k.RestoreType, k.RemoveType, k.Help}
}

func (m *catalogScreen) FullHelp() [][]key.Binding {
	k := m.c.keys
	switch m.focus {
	case focusFilter, focusCarriers:
		return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Open, k.Back}}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Filter, k.Open, k.Back},
		{k.Edit, k.EditTypology, k.NewType, k.NewTypology, k.RestoreType, k.RemoveType},
	}
}
