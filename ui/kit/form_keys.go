package kit

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// The keys a form shows: in its own last line and, while it is open, in the footer in place of the
// screen's, so what the user reads is what the focused field does.

// fieldKeys are the keys of the focused field, then the form's.
func (f *Form) fieldKeys() []key.Binding {
	k := f.C.InputKeys()
	fd := &f.Fields[f.Focus]
	var ks []key.Binding
	switch {
	case fd.area != nil:
		ks = []key.Binding{k.NewLine, k.LeaveArea}
	case fd.Pick != nil && fd.Pick.open():
		ks = []key.Binding{k.PickMove, k.PickTake, k.LeaveArea}
	case fd.complete != nil:
		ks = []key.Binding{k.Complete, k.EnterNext}
	case fd.Choices != nil:
		ks = []key.Binding{k.Choose, k.NextField}
	default:
		ks = []key.Binding{k.NextField}
	}
	save := k.Save
	if f.SaveAs != "" {
		save = key.NewBinding(key.WithKeys(k.Save.Keys()...), key.WithHelp(k.Save.Help().Key, f.SaveAs))
	}
	return append(ks, save, k.CancelForm)
}

// keyLine is the form's last line: the focused field's keys.
func (f *Form) keyLine() string {
	var parts []string
	for _, b := range f.fieldKeys() {
		parts = append(parts, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(parts, " · ")
}

// ShortHelp and FullHelp make the form a help.KeyMap, for the footer while it is open.
func (f *Form) ShortHelp() []key.Binding { return f.fieldKeys() }

func (f *Form) FullHelp() [][]key.Binding { return [][]key.Binding{f.fieldKeys()} }
