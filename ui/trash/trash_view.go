package trash

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/store"
	"guanxi/ui/kit"
)

// The trash view (F5 or alt+5): every customer in the trash, the last deleted first, with when it
// went and how many records went with it; r or enter brings the one under the cursor back with
// all its records. Emptying the trash for good stays on the command line (guanxi trash purge),
// where it cannot be done by a slip of a key.

// Screen lists the trash.
type Screen struct {
	c      *kit.Common
	Rows   []store.TrashedCustomer
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

func New(c *kit.Common) *Screen { return &Screen{c: c} }

func (m *Screen) Title() string    { return m.c.T(kit.Texts.Views.Trash) }
func (m *Screen) Typing() bool     { return false }
func (m *Screen) SetSize(w, h int) { m.width, m.height = w, h; m.clamp() }

// Reload reads the trash.
func (m *Screen) Reload() tea.Cmd {
	s := m.c.Store
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		rows, err := s.Trash(ctx)
		return trashLoadedMsg{rows: rows, err: err}
	})
}

// room is how many rows fit under the head line and the column header.
func (m *Screen) room() int { return max(m.height-2, 1) }

func (m *Screen) clamp() {
	m.cursor = max(min(m.cursor, len(m.Rows)-1), 0)
	m.offset = kit.ScrollOffset(m.cursor, m.offset, m.room(), len(m.Rows))
}

func (m *Screen) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	k := m.c.Keys
	switch msg := msg.(type) {
	case trashLoadedMsg:
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			m.Rows = msg.rows
		}
		m.clamp()
	case tea.MouseMsg:
		if n := kit.WheelStep(msg); n != 0 {
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
		case key.Matches(msg, m.c.InputKeys().Restore) && len(m.Rows) > 0:
			return m, kit.RestoreCustomer(m.c.Store, m.Rows[m.cursor].ID)
		}
		m.clamp()
	}
	return m, nil
}

func (m *Screen) View() string {
	c, st := m.c, m.c.Styles
	var b strings.Builder
	switch {
	case m.err != nil:
		return st.Error.Render(kit.Fit(c.ErrSentence(m.err, kit.Texts.Errors.Load), m.width))
	case !m.loaded:
		return st.Dim.Render(c.T(kit.Texts.List.Loading))
	case len(m.Rows) == 0:
		return st.Dim.Render(kit.Fit(c.T(kit.Texts.Trash.Empty), m.width))
	}
	b.WriteString(st.Dim.Render(kit.Fit(fmt.Sprintf(c.T(kit.Texts.Trash.Head), kit.Customers(c, len(m.Rows))), m.width)) + "\n")
	whenW, recW := 16, 12
	nameW := max((m.width-whenW-recW-6)*2/5, 8)
	companyW := max(m.width-whenW-recW-6-nameW, 6)
	b.WriteString(st.Header.Render(kit.Fit("  "+kit.Fit(c.T(kit.Texts.Columns.Name), nameW)+" "+kit.Fit(c.T(kit.Texts.Columns.Company), companyW)+" "+
		kit.Fit(c.T(kit.Texts.Trash.When), whenW)+" "+kit.Fit(c.T(kit.Texts.Trash.Records), recW), m.width)))
	end := min(m.offset+m.room(), len(m.Rows))
	for i := m.offset; i < end; i++ {
		r := m.Rows[i]
		line := kit.Cell(r.Name, nameW) + " " + kit.Cell(r.Company, companyW) + " " +
			kit.Fit(r.DeletedAt.In(c.Now().Location()).Format("2006-01-02 15:04"), whenW) + " " +
			kit.Fit(fmt.Sprintf(c.TN(kit.Texts.Trash.RecordCount, r.Records), r.Records), recW)
		if i == m.cursor {
			b.WriteString("\n" + st.Selected.Render(kit.Fit("▸ "+line, m.width)))
		} else {
			b.WriteString("\n" + kit.Fit("  "+line, m.width))
		}
	}
	return b.String()
}

func (m *Screen) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{m.c.InputKeys().Restore, k.Up, k.Down, k.Back, k.Help}
}

func (m *Screen) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{{m.c.InputKeys().Restore}, {k.Up, k.Down, k.PageUp, k.PageDown, k.Back}}
}
