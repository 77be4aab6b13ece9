package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// confirmOverlay asks before a change that cannot be taken back with one key: y or enter runs the
// change, n or esc closes the box and changes nothing.
type confirmOverlay struct {
	c      *common
	title  string
	body   string
	yes    tea.Cmd
	done   bool
	width  int
	height int
}

// openOverlayMsg asks the app to open an overlay that is not a form, such as a confirmation.
type openOverlayMsg struct{ overlay overlay }

// askFirst returns a command that opens a confirmation; yes runs only when the user agrees.
func askFirst(c *common, title, body string, yes tea.Cmd) tea.Cmd {
	c.pending = &confirmOverlay{c: c, title: title, body: body, yes: yes}
	return nil
}

func (o *confirmOverlay) Done() bool       { return o.done }
func (o *confirmOverlay) SetSize(w, h int) { o.width, o.height = w, h }

func (o *confirmOverlay) Update(msg tea.Msg) (overlay, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return o, nil
	}
	switch {
	case key.Matches(k, o.c.keys.Yes):
		o.done = true
		return o, o.yes
	case key.Matches(k, o.c.keys.No):
		o.done = true
	}
	return o, nil
}

func (o *confirmOverlay) View() string {
	st := o.c.st
	boxW := min(o.width-2, 64)
	inner := max(boxW-4, 10)
	var b strings.Builder
	for _, line := range wrap(o.title, inner) {
		b.WriteString(st.Title.Render(line) + "\n")
	}
	b.WriteString("\n")
	for _, line := range wrap(o.body, inner) {
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + st.Dim.Render(fit(o.c.t("confirm.keys"), inner)))
	return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
}
