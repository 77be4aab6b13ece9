package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// catalogScreen browses the personality typologies and types: type to filter, the selected type's
// traits, approach and what to avoid below.
type catalogScreen struct {
	c          *common
	filter     textinput.Model
	typologies []model.Typology
	types      []model.PersonalityType
	shown      []model.PersonalityType
	cursor     int
	offset     int
	width      int
	height     int
	err        error
}

func newCatalogScreen(c *common) *catalogScreen {
	in := newInput(c.t("hint.type"), 100)
	in.Focus()
	return &catalogScreen{c: c, filter: in}
}

func (m *catalogScreen) Title() string    { return m.c.t("view.catalog") }
func (m *catalogScreen) Typing() bool     { return true }
func (m *catalogScreen) Reload() tea.Cmd  { return loadCatalog(m.c.store) }
func (m *catalogScreen) SetSize(w, h int) { m.width, m.height = w, h; m.clamp() }

func (m *catalogScreen) listHeight() int { return max((m.height-2)/2, 3) }

func (m *catalogScreen) applyFilter() {
	q := strings.ToLower(strings.TrimSpace(m.filter.Value()))
	m.shown = m.shown[:0]
	for _, t := range m.types {
		if q == "" || strings.Contains(strings.ToLower(t.Code+" "+t.Name.Zh+" "+t.Name.En+" "+t.Traits.Zh+" "+t.Traits.En), q) {
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
}

func (m *catalogScreen) typologyName(code string) string {
	for _, t := range m.typologies {
		if t.Code == code {
			return t.Name.In(m.c.lang)
		}
	}
	return code
}

func (m *catalogScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case catalogLoadedMsg:
		m.err = msg.err
		if msg.err == nil {
			m.typologies, m.types = msg.typologies, msg.types
			m.applyFilter()
		}
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
		switch {
		case key.Matches(msg, k.Up):
			m.cursor--
			m.clamp()
			return m, nil
		case key.Matches(msg, k.Down):
			m.cursor++
			m.clamp()
			return m, nil
		case key.Matches(msg, k.PageUp):
			m.cursor -= m.listHeight()
			m.clamp()
			return m, nil
		case key.Matches(msg, k.PageDown):
			m.cursor += m.listHeight()
			m.clamp()
			return m, nil
		case key.Matches(msg, k.Back):
			m.filter.SetValue("")
			m.applyFilter()
			return m, nil
		}
		before := m.filter.Value()
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(msg)
		if m.filter.Value() != before {
			m.cursor = 0
			m.applyFilter()
		}
		return m, cmd
	}
	return m, nil
}

func (m *catalogScreen) View() string {
	c, st := m.c, m.c.st
	var b strings.Builder
	m.filter.Width = max(m.width-12, 10)
	b.WriteString(st.Focused.Render(c.t("list.search")) + m.filter.View() + "\n")
	if m.err != nil {
		return b.String() + st.Error.Render(c.t("err.load")+model.SanitizeLine(m.err.Error()))
	}
	nameW := max(m.width/3, 12)
	vis := m.listHeight()
	end := min(m.offset+vis, len(m.shown))
	for i := m.offset; i < end; i++ {
		t := m.shown[i]
		line := "  " + fit(t.Name.In(c.lang), nameW) + " " + st.Dim.Render(fit(m.typologyName(t.Typology), m.width-nameW-4))
		if i == m.cursor {
			line = st.Selected.Render("▸ " + fit(t.Name.In(c.lang), nameW) + " " + fit(m.typologyName(t.Typology), m.width-nameW-4))
		}
		b.WriteString(line + "\n")
	}
	for i := end - m.offset; i < vis; i++ {
		b.WriteString("\n")
	}
	if len(m.shown) == 0 {
		return b.String()
	}
	t := m.shown[m.cursor]
	room := m.height - 1 - vis
	var detail []string
	detail = append(detail, st.Section.Render(t.Name.In(c.lang)+" · "+t.Name.In(otherLang(c.lang))))
	detail = append(detail, wrap(c.t("d.traits")+t.Traits.In(c.lang), m.width-2)...)
	detail = append(detail, wrap(c.t("d.approach")+t.Approach.In(c.lang), m.width-2)...)
	detail = append(detail, wrap(c.t("d.avoid")+t.Avoid.In(c.lang), m.width-2)...)
	if len(detail) > room {
		detail = detail[:max(room, 0)]
	}
	b.WriteString(strings.Join(detail, "\n"))
	return b.String()
}

func otherLang(l model.Lang) model.Lang {
	if l == model.Zh {
		return model.En
	}
	return model.Zh
}

func (m *catalogScreen) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Up, k.Down, k.Back, k.SwitchView, k.Help, k.Quit}
}

func (m *catalogScreen) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Back}}
}
