package kit

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// ConfirmOverlay asks before a change that cannot be taken back with one key: y or enter runs the
// change, n or esc closes the box and changes nothing.
type ConfirmOverlay struct {
	c      *Common
	title  string
	body   string
	yes    tea.Cmd
	done   bool
	width  int
	height int
}

// AskFirst returns a command that opens a confirmation; yes runs only when the user agrees.
func AskFirst(c *Common, title, body string, yes tea.Cmd) tea.Cmd {
	return c.Show(&ConfirmOverlay{c: c, title: title, body: body, yes: yes})
}

func (o *ConfirmOverlay) Done() bool       { return o.done }
func (o *ConfirmOverlay) SetSize(w, h int) { o.width, o.height = w, h }

func (o *ConfirmOverlay) Update(msg tea.Msg) (Overlay, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return o, nil
	}
	switch {
	case key.Matches(k, o.c.Keys.Yes):
		o.done = true
		return o, o.yes
	case key.Matches(k, o.c.Keys.No):
		o.done = true
	}
	return o, nil
}

func (o *ConfirmOverlay) View() string {
	st := o.c.Styles
	boxW := min(o.width-2, 64)
	inner := max(boxW-4, 10)
	var b strings.Builder
	for _, line := range Wrap(o.title, inner) {
		b.WriteString(st.Title.Render(line) + "\n")
	}
	b.WriteString("\n")
	for _, line := range Wrap(o.body, inner) {
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + st.Dim.Render(Fit(o.c.T(Texts.Confirm.Keys), inner)))
	return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
}
