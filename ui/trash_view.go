package ui

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// The trash view (F5 or alt+5): every customer in the trash, the last deleted first, with when it
// went and how many records went with it; r or enter brings the one under the cursor back with
// all its records. Emptying the trash for good stays on the command line (guanxi trash purge),
// where it cannot be done by a slip of a key.

// trashScreen lists the trash.
type trashScreen struct {
	c      *common
	rows   []store.TrashedCustomer
	cursor int
	offset int
	loaded bool
	err    error
	width  int
	height int
}

// trashLoadedMsg carries the trash as read.
type trashLoadedMsg struct {
	rows []store.TrashedCustomer
	err  error
}

func newTrashScreen(c *common) *trashScreen { return &trashScreen{c: c} }

func (m *trashScreen) Title() string    { return m.c.t("view.trash") }
func (m *trashScreen) Typing() bool     { return false }
func (m *trashScreen) SetSize(w, h int) { m.width, m.height = w, h; m.clamp() }

// Reload reads the trash.
func (m *trashScreen) Reload() tea.Cmd {
	s := m.c.store
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		rows, err := s.Trash(ctx)
		return trashLoadedMsg{rows: rows, err: err}
	}
}

// room is how many rows fit under the head line and the column header.
func (m *trashScreen) room() int { return max(m.height-2, 1) }

func (m *trashScreen) clamp() {
	m.cursor = max(min(m.cursor, len(m.rows)-1), 0)
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+m.room() {
		m.offset = m.cursor - m.room() + 1
	}
	m.offset = max(0, min(m.offset, len(m.rows)-m.room()))
}

func (m *trashScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case trashLoadedMsg:
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			m.rows = msg.rows
		}
		m.clamp()
	case tea.MouseMsg:
		if n := wheelStep(msg); n != 0 {
			m.cursor += n
			m.clamp()
		}
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			m.cursor--
		case key.Matches(msg, k.Down):
			m.cursor++
		case key.Matches(msg, k.PageUp):
			m.cursor -= m.room()
		case key.Matches(msg, k.PageDown):
			m.cursor += m.room()
		case key.Matches(msg, m.c.inKeys().Restore) && len(m.rows) > 0:
			return m, restoreCustomer(m.c.store, m.rows[m.cursor].ID)
		}
		m.clamp()
	}
	return m, nil
}

func (m *trashScreen) View() string {
	c, st := m.c, m.c.st
	var b strings.Builder
	switch {
	case m.err != nil:
		return st.Error.Render(fit(model.SanitizeLine(c.errSentence(m.err, "err.load")), m.width))
	case !m.loaded:
		return st.Dim.Render(c.t("list.loading"))
	case len(m.rows) == 0:
		return st.Dim.Render(fit(c.t("trash.empty"), m.width))
	}
	b.WriteString(st.Dim.Render(fit(fmt.Sprintf(c.t("trash.head"), customers(c, len(m.rows))), m.width)) + "\n")
	whenW, recW := 16, 12
	nameW := max((m.width-whenW-recW-6)*2/5, 8)
	companyW := max(m.width-whenW-recW-6-nameW, 6)
	b.WriteString(st.Header.Render(fit("  "+fit(c.t("col.name"), nameW)+" "+fit(c.t("col.company"), companyW)+" "+
		fit(c.t("trash.when"), whenW)+" "+fit(c.t("trash.records"), recW), m.width)))
	end := min(m.offset+m.room(), len(m.rows))
	for i := m.offset; i < end; i++ {
		r := m.rows[i]
		line := cell(r.Name, nameW) + " " + cell(r.Company, companyW) + " " +
			fit(r.DeletedAt.In(c.now().Location()).Format("2006-01-02 15:04"), whenW) + " " +
			fit(fmt.Sprintf(c.tn("trash.recordCount", r.Records), r.Records), recW)
		if i == m.cursor {
			b.WriteString("\n" + st.Selected.Render(fit("▸ "+line, m.width)))
		} else {
			b.WriteString("\n" + fit("  "+line, m.width))
		}
	}
	return b.String()
}

func (m *trashScreen) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{m.c.inKeys().Restore, k.Up, k.Down, k.Back, k.Help}
}

func (m *trashScreen) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{{m.c.inKeys().Restore}, {k.Up, k.Down, k.PageUp, k.PageDown, k.Back}}
}
