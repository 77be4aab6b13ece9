package overlays

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// Duplicates lists the customers that look like the one whose archive is open; enter asks to
// merge the chosen one into it, and the merge runs only once that is confirmed.
type Duplicates struct {
	c       *kit.Common
	of      model.Customer
	matches []store.DuplicateMatch
	cursor  int
	done    bool
	width   int
	height  int
}

// duplicatesFound is the answer to a search for the duplicates of a customer: the list of them,
// or a line in the status bar when there are none.
func duplicatesFound(c *kit.Common, of model.Customer, matches []store.DuplicateMatch, err error) tea.Msg {
	switch {
	case err != nil:
		return kit.StatusMsg{Text: c.ErrSentence(err, kit.Texts.Errors.Load), IsErr: true}
	case len(matches) == 0:
		return kit.StatusMsg{Text: c.T(kit.Texts.Duplicates.None)}
	}
	return kit.ShowMsg{Overlay: &Duplicates{c: c, of: of, matches: matches}}
}

func (o *Duplicates) Done() bool       { return o.done }
func (o *Duplicates) SetSize(w, h int) { o.width, o.height = w, h }

func (o *Duplicates) Update(msg tea.Msg) (kit.Overlay, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return o, nil
	}
	keys := o.c.Keys
	switch {
	case key.Matches(k, keys.Up):
		o.cursor = max(o.cursor-1, 0)
	case key.Matches(k, keys.Down):
		o.cursor = min(o.cursor+1, len(o.matches)-1)
	case key.Matches(k, keys.Cancel):
		o.done = true
	case k.String() == "enter":
		o.done = true
		drop := o.matches[o.cursor].Customer
		title := fmt.Sprintf(o.c.T(kit.Texts.Duplicates.Confirm), who(drop), who(o.of))
		body := fmt.Sprintf(o.c.T(kit.Texts.Duplicates.ConfirmBody), model.SanitizeLine(drop.Name), model.SanitizeLine(o.of.Name))
		return o, kit.AskFirst(o.c, title, body, mergeCustomers(o.c.Store, o.of.ID, drop.ID, o.c.Lang))
	}
	return o, nil
}

// who names a customer with the company, on one line.
func who(c model.Customer) string {
	s := model.SanitizeLine(c.Name)
	if c.Company != "" && c.Company != c.Name {
		s += "（" + model.SanitizeLine(c.Company) + "）"
	}
	return s
}

func (o *Duplicates) View() string {
	c, st := o.c, o.c.Styles
	boxW := min(o.width-2, 90)
	inner := max(boxW-4, 20)
	var b strings.Builder
	b.WriteString(st.Title.Render(kit.Fit(fmt.Sprintf(c.T(kit.Texts.Duplicates.Title), who(o.of)), inner)) + "\n")
	b.WriteString(st.Dim.Render(kit.Fit(c.T(kit.Texts.Duplicates.Hint), inner)) + "\n\n")
	reasonW := 0
	for _, m := range o.matches {
		reasonW = max(reasonW, kit.Width(c.CodeName(model.DupReasons, string(m.Reason))))
	}
	room := max(o.height-8, 3)
	start := min(max(o.cursor-room+1, 0), max(len(o.matches)-room, 0))
	for i := start; i < len(o.matches) && i < start+room; i++ {
		m := o.matches[i]
		mark := "  "
		if i == o.cursor {
			mark = "▸ "
		}
		detail := m.Customer.Phone
		if detail == "" {
			detail = m.Customer.Email
		}
		line := mark + kit.Fit(c.CodeName(model.DupReasons, string(m.Reason)), reasonW) + "  " + who(m.Customer)
		if detail != "" {
			line += " · " + model.SanitizeLine(detail)
		}
		line += " · " + c.CodeName(model.LevelCodes(), string(m.Customer.Level))
		line = kit.Fit(line, inner)
		if i == o.cursor {
			line = st.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + st.Dim.Render(kit.Fit(c.T(kit.Texts.Duplicates.Keys), inner)))
	return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
}
