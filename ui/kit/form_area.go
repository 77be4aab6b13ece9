package kit

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// AreaField is a field of several lines (notes): enter starts a new line, tab leaves it, and ↑/↓
// leave it only from its first or last line. A value opened and not changed is given back byte
// for byte, tabs and line endings included, since the textarea turns a tab into spaces.
type AreaField struct {
	ta    textarea.Model
	given string // the value the form opened with
	shown string // the same as the textarea holds it
}

// areaRows is how many lines of an area show at once.
const areaRows = 4

// Area adds a field of several lines with an initial value.
func (f *Form) Area(key, label, value, hint string) *Form {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.Placeholder = hint
	ta.CharLimit = model.MaxFieldLen
	ta.MaxHeight = 0
	ta.SetHeight(areaRows)
	ta.Cursor.SetMode(cursor.CursorStatic)
	f.C.Styles.styleArea(&ta)
	ta.SetValue(value)
	ta.Blur()
	a := &AreaField{ta: ta, given: value, shown: ta.Value()}
	return f.add(FormField{Key: key, label: label, Hint: hint, area: a})
}

func (a *AreaField) Value() string {
	if v := a.ta.Value(); v != a.shown {
		return v
	}
	return a.given
}

func (a *AreaField) Focus() { a.ta.Focus() }
func (a *AreaField) Blur()  { a.ta.Blur() }

// key handles the keys that mean something else in an area than in a one-line field; false
// leaves the key to the form (tab, and ↑ on the first line or ↓ on the last move the focus).
func (a *AreaField) key(msg tea.KeyMsg, in *InputKeys) bool {
	switch {
	case key.Matches(msg, in.NewLine):
		a.ta.InsertString("\n")
		return true
	case key.Matches(msg, in.Up):
		if a.ta.Line() == 0 && a.ta.LineInfo().RowOffset == 0 {
			return false
		}
		a.ta, _ = a.ta.Update(msg)
		return true
	case key.Matches(msg, in.Down):
		info := a.ta.LineInfo()
		if a.ta.Line() == a.ta.LineCount()-1 && info.RowOffset == info.Height-1 {
			return false
		}
		a.ta, _ = a.ta.Update(msg)
		return true
	}
	return false
}

// update passes any other key to the textarea.
func (a *AreaField) update(msg tea.KeyMsg) tea.Cmd {
	var cmd tea.Cmd
	a.ta, cmd = a.ta.Update(msg)
	return cmd
}

// view draws the area's lines at the given width; text from the book is made safe to show.
func (a *AreaField) view(w int, focused bool) []string {
	a.ta.SetWidth(w)
	lines := strings.Split(InputView(a.ta.View()), "\n")
	for i := range lines {
		lines[i] = Fit(lines[i], w)
	}
	return lines
}
