package catalog

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// catalogFocus is the part of the catalog screen that has the keys.
type catalogFocus int

const (
	// focusTypes: the list of types; letters are commands (e edit, n new …).
	FocusTypes catalogFocus = iota
	// focusFilter: typing filters the types; / starts it, so does typing a Chinese character.
	FocusFilter
	// focusCarriers: the people who carry the selected type; enter opens one.
	FocusCarriers
)

// Screen browses the personality typologies and types: filter as you type, the selected
// type's traits, approach and what to avoid below, who carries it, and the keys that edit, add,
// restore and remove.
type Screen struct {
	c          *kit.Common
	Focus      catalogFocus
	Filter     textinput.Model
	typologies []model.Typology
	Types      []model.PersonalityType
	Shown      []model.PersonalityType
	Cursor     int
	offset     int
	width      int
	height     int
	err        error
	// pending is a type to put the cursor on once it is listed (one just added).
	pending string
	// The people who carry the selected type, for the code carriersFor.
	carriersFor   string
	carriers      []store.TypeCarrier
	CarriersTotal int
	carriersErr   error
	carrierCursor int
	carrierOffset int
	// hidden is set while another tab is shown (SetShown): who carries a type is read only for the
	// catalog on screen, since at 100,000 customers each read is tens of milliseconds of processor
	// time taken from the screen the user is looking at.
	hidden bool
}

func New(c *kit.Common) *Screen {
	filter := kit.NewInput(c.T(kit.Texts.Hints.Type), 100)
	c.Styles.StyleInput(&filter)
	return &Screen{c: c, Filter: filter}
}

func (m *Screen) Title() string    { return m.c.T(kit.Texts.Views.Catalog) }
func (m *Screen) Typing() bool     { return m.Focus == FocusFilter }
func (m *Screen) Reload() tea.Cmd  { return kit.LoadCatalog(m.c.Store) }
func (m *Screen) SetSize(w, h int) { m.width, m.height = w, h; m.clamp() }

// SetShown tells the catalog whether it is the tab on screen. Hidden, it reads no carriers; shown
// again, its Reload reads them for the selected type.
func (m *Screen) SetShown(shown bool) { m.hidden = !shown }

// ListHeight is the room for the rows of types; the lower half shows the selected type.
func (m *Screen) ListHeight() int { return max((m.height-2)/2, 3) }

// paneHeight is the room under the list for the selected type or its carriers.
func (m *Screen) paneHeight() int { return max(m.height-1-m.ListHeight(), 1) }

func (m *Screen) applyFilter() {
	q := strings.ToLower(strings.TrimSpace(m.Filter.Value()))
	m.Shown = m.Shown[:0]
	for _, t := range m.Types {
		ty, _ := model.TypologyOf(m.typologies, t.Typology)
		if q == "" || strings.Contains(strings.ToLower(t.Code+" "+t.Name.Zh+" "+t.Name.En+" "+
			ty.Name.Zh+" "+ty.Name.En+" "+t.Traits.Zh+" "+t.Traits.En), q) {
			m.Shown = append(m.Shown, t)
		}
	}
	m.clamp()
}

func (m *Screen) clamp() {
	m.Cursor = max(0, min(m.Cursor, len(m.Shown)-1))
	m.offset = kit.ScrollOffset(m.Cursor, m.offset, m.ListHeight(), len(m.Shown))
	m.carrierCursor = max(0, min(m.carrierCursor, len(m.carriers)-1))
	m.carrierOffset = kit.ScrollOffset(m.carrierCursor, m.carrierOffset, m.carrierRows(), len(m.carriers))
}

// carrierRows is the room for people in the lower pane, under its heading and above its keys.
func (m *Screen) carrierRows() int { return max(m.paneHeight()-2, 1) }

// typologyName is the name of the typology with the code, or the code when the book has none such.
func (m *Screen) typologyName(code string) string {
	if t, ok := model.TypologyOf(m.typologies, code); ok {
		return t.Name.In(m.c.Lang)
	}
	return code
}

func (m *Screen) Selected() (model.PersonalityType, bool) {
	if m.Cursor < len(m.Shown) {
		return m.Shown[m.Cursor], true
	}
	return model.PersonalityType{}, false
}

// FollowSelection asks for the carriers of the selected type when they are not the ones held.
func (m *Screen) FollowSelection() tea.Cmd {
	t, ok := m.Selected()
	if ok && t.Code == m.carriersFor {
		return nil
	}
	if m.Focus == FocusCarriers {
		m.Focus = FocusTypes
	}
	m.carriersFor, m.carriers, m.CarriersTotal, m.carriersErr = "", nil, -1, nil
	m.carrierCursor, m.carrierOffset = 0, 0
	if !ok || m.hidden {
		// Hidden, carriersFor stays empty: the refresh when shown reads them.
		return nil
	}
	m.carriersFor = t.Code
	return loadCarriers(m.c.Store, t.Code)
}

// refreshCarriers asks again who carries the selected type, keeping what is shown (and the
// cursor among them) until the answer comes: the book may have changed. A hidden catalog keeps
// what it holds and asks nothing.
func (m *Screen) refreshCarriers() tea.Cmd {
	if m.hidden {
		return nil // the refresh when shown reads them
	}
	if t, ok := m.Selected(); ok && t.Code == m.carriersFor {
		return loadCarriers(m.c.Store, t.Code)
	}
	return m.FollowSelection()
}

// SelectCode puts the cursor on the type with the code, clearing a filter that hides it; it tells
// whether the type is listed.
func (m *Screen) SelectCode(code string) bool {
	for pass := 0; pass < 2; pass++ {
		for i, t := range m.Shown {
			if t.Code == code {
				m.Cursor = i
				m.clamp()
				return true
			}
		}
		if m.Filter.Value() == "" {
			break
		}
		m.Filter.SetValue("")
		m.applyFilter()
	}
	return false
}

func (m *Screen) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case kit.CatalogLoadedMsg:
		m.err = msg.Err
		if msg.Err != nil {
			return m, nil
		}
		m.typologies, m.Types = msg.Typologies, msg.Types
		m.applyFilter()
		if m.pending != "" && m.SelectCode(m.pending) {
			m.pending = ""
		}
		return m, m.refreshCarriers()
	case kit.CatalogSelectMsg:
		if !m.SelectCode(msg.Code) {
			m.pending = msg.Code
		}
		return m, m.FollowSelection()
	case kit.CarriersLoadedMsg:
		if msg.Code == m.carriersFor {
			m.carriers, m.CarriersTotal, m.carriersErr = msg.Carriers, msg.Total, msg.Err
			if m.Focus == FocusCarriers && len(m.carriers) == 0 {
				m.Focus = FocusTypes
			}
			m.clamp()
		}
		return m, nil
	case tea.MouseMsg:
		step := kit.WheelStep(msg)
		if m.Focus == FocusCarriers {
			m.carrierCursor += step
		} else {
			m.Cursor += step
		}
		m.clamp()
		return m, m.FollowSelection()
	case tea.KeyMsg:
		switch m.Focus {
		case FocusFilter:
			return m.updateFilter(msg)
		case FocusCarriers:
			return m.updateCarriers(msg)
		}
		return m.updateTypes(msg)
	}
	return m, nil
}

// move handles the keys that move the cursor of the types; it tells whether the key was one.
func (m *Screen) move(msg tea.KeyMsg) bool {
	cur, moved := m.c.Keys.Step(msg, m.Cursor, m.ListHeight(), len(m.Shown))
	if moved {
		m.Cursor = cur
		m.clamp()
	}
	return moved
}

func (m *Screen) updateTypes(msg tea.KeyMsg) (kit.Screen, tea.Cmd) {
	k, c := m.c.Keys, m.c
	if m.move(msg) {
		return m, m.FollowSelection()
	}
	switch {
	case key.Matches(msg, k.Filter):
		m.Focus = FocusFilter
		m.Filter.Focus()
		return m, nil
	case key.Matches(msg, k.Back):
		if m.Filter.Value() != "" {
			m.Filter.SetValue("")
			m.applyFilter()
			return m, m.FollowSelection()
		}
		return m, nil
	case key.Matches(msg, k.NewTypology):
		return m, kit.OpenForm(typologyForm(c, model.Typology{}))
	}
	if len(c.Typologies) == 0 {
		return m, nil
	}
	t, ok := m.Selected()
	if key.Matches(msg, k.NewType) {
		start := model.PersonalityType{Typology: c.Typologies[0].Code}
		if ok {
			start.Typology = t.Typology
		}
		return m, kit.OpenForm(typeForm(c, start))
	}
	if !ok {
		return m, m.startFilter(msg)
	}
	switch {
	case key.Matches(msg, k.Open):
		if m.carriersFor == t.Code && len(m.carriers) > 0 {
			m.Focus = FocusCarriers
			m.carrierCursor, m.carrierOffset = 0, 0
			return m, nil
		}
		if m.carriersFor == t.Code && m.CarriersTotal == 0 {
			return m, kit.StatusCmd(c.T(kit.Texts.Catalog.NobodyToOpen), false)
		}
		return m, nil
	case key.Matches(msg, k.Edit):
		return m, kit.OpenForm(typeForm(c, t))
	case key.Matches(msg, k.EditTypology):
		if ty, found := model.TypologyOf(m.typologies, t.Typology); found {
			return m, kit.OpenForm(typologyForm(c, ty))
		}
		return m, nil
	case key.Matches(msg, k.RestoreType):
		switch {
		case !t.BuiltIn:
			return m, kit.StatusCmd(c.T(kit.Texts.Catalog.OwnNoDefault), true)
		case !t.Customized():
			return m, kit.StatusCmd(c.T(kit.Texts.Catalog.IsDefault), false)
		}
		name := model.SanitizeLine(t.Name.In(c.Lang))
		return m, kit.AskFirst(c, fmt.Sprintf(c.T(kit.Texts.Confirm.Restore), name), c.T(kit.Texts.Confirm.RestoreBody), kit.RestoreType(c.Store, t.Code))
	case key.Matches(msg, k.RemoveType):
		if t.BuiltIn {
			return m, kit.StatusCmd(c.T(kit.Texts.Catalog.BuiltinStays), true)
		}
		name := model.SanitizeLine(t.Name.In(c.Lang))
		return m, kit.AskFirst(c, fmt.Sprintf(c.T(kit.Texts.Confirm.Remove), name), m.removeBody(t), kit.RemoveType(c.Store, t.Code))
	}
	return m, m.startFilter(msg)
}

// startFilter begins filtering when a Chinese (or any non-ASCII) character is typed: letters are
// commands here, but such a character can only be meant as a search.
func (m *Screen) startFilter(msg tea.KeyMsg) tea.Cmd {
	if msg.Type != tea.KeyRunes || len(msg.Runes) == 0 || msg.Runes[0] < utf8.RuneSelf {
		return nil
	}
	m.Focus = FocusFilter
	m.Filter.Focus()
	_, cmd := m.updateFilter(msg)
	return cmd
}

// removeBody says who carries a type about to be removed and what happens to their tags.
func (m *Screen) removeBody(t model.PersonalityType) string {
	c := m.c
	if m.carriersFor != t.Code || m.CarriersTotal < 0 || m.carriersErr != nil {
		return c.T(kit.Texts.Confirm.RemoveMaybe)
	}
	if m.CarriersTotal == 0 {
		return c.T(kit.Texts.Confirm.RemoveNone)
	}
	return fmt.Sprintf(c.T(kit.Texts.Confirm.RemoveUsed), m.CarriersTotal, m.carrierNames(5))
}

// carrierNames lists up to n people who carry the selected type, for one line.
func (m *Screen) carrierNames(n int) string {
	sep := ", "
	if m.c.Lang == model.Zh {
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
func (m *Screen) carrierName(p store.TypeCarrier) string {
	if p.ContactID != 0 {
		return fmt.Sprintf(m.c.T(kit.Texts.Catalog.Of), model.SanitizeLine(p.ContactName), model.SanitizeLine(p.CustomerName))
	}
	return model.SanitizeLine(p.CustomerName)
}

func (m *Screen) updateFilter(msg tea.KeyMsg) (kit.Screen, tea.Cmd) {
	k := m.c.Keys
	if m.move(msg) {
		return m, m.FollowSelection()
	}
	switch {
	case key.Matches(msg, k.Back):
		m.Filter.SetValue("")
		m.Filter.Blur()
		m.Focus = FocusTypes
		m.applyFilter()
		return m, m.FollowSelection()
	case key.Matches(msg, k.Open):
		m.Filter.Blur()
		m.Focus = FocusTypes
		return m, nil
	}
	before := m.Filter.Value()
	var cmd tea.Cmd
	m.Filter, cmd = m.Filter.Update(msg)
	if m.Filter.Value() != before {
		m.Cursor = 0
		m.applyFilter()
	}
	return m, tea.Batch(cmd, m.FollowSelection())
}

func (m *Screen) updateCarriers(msg tea.KeyMsg) (kit.Screen, tea.Cmd) {
	k := m.c.Keys
	if cur, moved := k.Step(msg, m.carrierCursor, m.carrierRows(), len(m.carriers)); moved {
		m.carrierCursor = cur
		m.clamp()
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Back):
		m.Focus = FocusTypes
	case key.Matches(msg, k.Open):
		if m.carrierCursor < len(m.carriers) {
			id := m.carriers[m.carrierCursor].CustomerID
			return m, kit.Navigate(kit.PageDetail, id)
		}
	}
	m.clamp()
	return m, nil
}

func (m *Screen) ShortHelp() []key.Binding {
	k := m.c.Keys
	switch m.Focus {
	case FocusFilter:
		return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Help}
	case FocusCarriers:
		return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Help}
	}
	return []key.Binding{k.Filter, k.Open, k.Edit, k.NewType, k.RestoreType, k.RemoveType, k.Help}
}

func (m *Screen) FullHelp() [][]key.Binding {
	k := m.c.Keys
	switch m.Focus {
	case FocusFilter, FocusCarriers:
		return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Open, k.Back}}
	}
	return [][]key.Binding{
		append(k.StepKeys(), k.Filter, k.Open, k.Back),
		{k.Edit, k.EditTypology, k.NewType, k.NewTypology, k.RestoreType, k.RemoveType},
	}
}
