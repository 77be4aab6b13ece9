package ui

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"guanxi/model"
)

// formField is one line of a form: free text, or a choice among codes cycled with ←/→.
type formField struct {
	key     string
	label   string
	hint    string
	input   textinput.Model
	choices []model.Code
	choice  int
	// onlyIf, when set, is the field and the code it must hold for this field to matter: until it
	// does, the field is neither shown nor stepped through, and enter on the field before saves.
	onlyIf *[2]string
}

// value returns what the field holds: the typed text, or the chosen code.
func (f *formField) value() string {
	if f.choices != nil {
		return f.choices[f.choice].Code
	}
	return f.input.Value()
}

// fieldErrText is a *model.FieldError on a field with one of the strings of strs.
func fieldErrText(field, key string) error { return &model.FieldError{Field: field, Msg: strs[key]} }

// submitFunc turns a form's values into a save command, or an error that the form shows while it
// keeps everything typed. It is pure: parsing and validation only, the saving is the command's.
type submitFunc func(values map[string]string) (tea.Cmd, error)

// form is an overlay that collects fields, validates them on submit, and stays open with what was
// typed until the save succeeds.
type form struct {
	c        *common
	title    string
	fields   []formField
	focus    int
	err      string
	errField string
	submit   submitFunc
	saving   bool
	done     bool
	width    int
	height   int
}

func newForm(c *common, title string, submit submitFunc) *form {
	return &form{c: c, title: title, submit: submit}
}

// text adds a free-text field with an initial value.
func (f *form) text(key, label, value, hint string) *form {
	in := newInput(hint, model.MaxFieldLen)
	in.SetValue(value)
	f.fields = append(f.fields, formField{key: key, label: label, hint: hint, input: in})
	if len(f.fields) == 1 {
		f.fields[0].input.Focus()
	}
	return f
}

// onlyWhen makes the last field added matter only while the field key holds the code.
func (f *form) onlyWhen(key, code string) *form {
	f.fields[len(f.fields)-1].onlyIf = &[2]string{key, code}
	return f
}

// shown tells whether field i matters with the values the form holds now.
func (f *form) shown(i int) bool {
	cond := f.fields[i].onlyIf
	if cond == nil {
		return true
	}
	for j := range f.fields {
		if f.fields[j].key == cond[0] {
			return f.fields[j].value() == cond[1]
		}
	}
	return true
}

// step returns the next field shown after the focus, going by dir (+1 or -1) and round the end;
// the focus itself when no other is shown.
func (f *form) step(dir int) int {
	n := len(f.fields)
	for k := 1; k < n; k++ {
		if i := ((f.focus+dir*k)%n + n) % n; f.shown(i) {
			return i
		}
	}
	return f.focus
}

// lastShown tells whether the focus is on the last field shown, where enter saves.
func (f *form) lastShown() bool {
	for i := f.focus + 1; i < len(f.fields); i++ {
		if f.shown(i) {
			return false
		}
	}
	return true
}

// choose adds a field that picks one of the codes, starting at the given one.
func (f *form) choose(key, label string, choices []model.Code, current string) *form {
	idx := 0
	for i, c := range choices {
		if c.Code == current {
			idx = i
		}
	}
	// A choice takes no text, but focus moves through its input like any field's: it must be a
	// real (steady-cursor) input, since a zero one panics when focused.
	f.fields = append(f.fields, formField{key: key, label: label, input: newInput("", 0), choices: choices, choice: idx})
	return f
}

func (f *form) Done() bool { return f.done }

func (f *form) SetSize(w, h int) { f.width, f.height = w, h }

func (f *form) values() map[string]string {
	out := make(map[string]string, len(f.fields))
	for i := range f.fields {
		if f.shown(i) {
			out[f.fields[i].key] = f.fields[i].value()
		}
	}
	return out
}

func (f *form) setFocus(i int) {
	if i < 0 || i >= len(f.fields) {
		return
	}
	f.fields[f.focus].input.Blur()
	f.focus = i
	f.fields[f.focus].input.Focus()
}

// showError puts an error on the form; a *model.FieldError moves the focus to its field.
func (f *form) showError(err error) {
	f.saving = false
	var fe *model.FieldError
	if errors.As(err, &fe) {
		f.err = fe.Msg.In(f.c.lang)
		f.errField = fe.Field
		for i := range f.fields {
			if f.fields[i].key == fe.Field {
				f.setFocus(i)
			}
		}
		return
	}
	f.err = err.Error()
	f.errField = ""
}

func (f *form) Update(msg tea.Msg) (overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		f.done = true
		return f, nil
	case saveFailedMsg:
		f.showError(msg.err)
		return f, nil
	case tea.KeyMsg:
		if f.saving {
			return f, nil
		}
		k := f.c.keys
		field := &f.fields[f.focus]
		switch {
		case key.Matches(msg, k.Cancel):
			f.done = true
			return f, nil
		case msg.String() == "ctrl+s" || (msg.String() == "enter" && f.lastShown()):
			return f, f.trySubmit()
		case msg.String() == "enter" || msg.String() == "tab" || msg.String() == "down":
			f.setFocus(f.step(+1))
			return f, nil
		case msg.String() == "shift+tab" || msg.String() == "up":
			f.setFocus(f.step(-1))
			return f, nil
		}
		if field.choices != nil {
			switch msg.String() {
			case "left":
				field.choice = (field.choice - 1 + len(field.choices)) % len(field.choices)
			case "right", " ":
				field.choice = (field.choice + 1) % len(field.choices)
			}
			return f, nil
		}
		var cmd tea.Cmd
		field.input, cmd = field.input.Update(msg)
		return f, cmd
	}
	return f, nil
}

func (f *form) trySubmit() tea.Cmd {
	cmd, err := f.submit(f.values())
	if err != nil {
		f.showError(err)
		return nil
	}
	f.err, f.errField = "", ""
	f.saving = true
	return cmd
}

func (f *form) View() string {
	st := f.c.st
	boxW := min(f.width-2, 72)
	labelW := 0
	for _, fd := range f.fields {
		labelW = max(labelW, width(fd.label))
	}
	// The box's content is boxW-4 cells: the error marker (2), the label, a gap (2), the input.
	inputW := max(boxW-4-2-labelW-2, 10)
	var lines []string
	focusLine := 0
	for i := range f.fields {
		fd := &f.fields[i]
		if !f.shown(i) {
			continue
		}
		if i == f.focus {
			focusLine = len(lines)
		}
		label := fitRight(fd.label, labelW)
		if i == f.focus {
			label = st.Focused.Render(label)
		} else {
			label = st.Label.Render(label)
		}
		var val string
		if fd.choices != nil {
			// Choices can name people of the book: their names are user text.
			name := model.SanitizeLine(fd.choices[fd.choice].Name.In(f.c.lang))
			if i == f.focus {
				val = "‹ " + name + " ›"
			} else {
				val = "  " + name
			}
			val = fit(val, inputW)
		} else {
			fd.input.Width = inputW - 1
			// The input scrolls its text only when the cursor moves; a long value set before the
			// width was known would otherwise be drawn whole and break the box.
			fd.input.SetCursor(fd.input.Position())
			val = inputView(fd.input.View())
		}
		marker := "  "
		if fd.key == f.errField && f.err != "" {
			marker = st.Error.Render("! ")
		}
		lines = append(lines, marker+label+"  "+val)
	}
	// Show a window of fields around the focus when the form is taller than the terminal.
	room := max(f.height-8, 3)
	if len(lines) > room {
		start := min(max(focusLine-room/2, 0), len(lines)-room)
		lines = lines[start : start+room]
	}
	var b strings.Builder
	b.WriteString(st.Title.Render(f.title) + "\n\n")
	b.WriteString(strings.Join(lines, "\n") + "\n\n")
	switch {
	case f.err != "":
		b.WriteString(st.Error.Render(fit(model.SanitizeLine(f.err), boxW-4)) + "\n")
	case f.saving:
		b.WriteString(st.Dim.Render(f.c.t("form.saving")) + "\n")
	default:
		if h := f.fields[f.focus].hint; h != "" {
			b.WriteString(st.Dim.Render(fit(h, boxW-4)) + "\n")
		} else {
			b.WriteString("\n")
		}
	}
	b.WriteString(st.Dim.Render(fit(f.c.t("form.keys"), boxW-4)))
	return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
}

// placeOverlay centres a box on the screen's area.
func placeOverlay(w, h int, box string) string {
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}
