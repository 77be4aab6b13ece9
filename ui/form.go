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

// formField is one line of a form: free text, a choice among codes cycled with ←/→, several lines
// of text (form_area.go), or text with suggestions to pick from (form_picker.go).
type formField struct {
	key     string
	label   string
	hint    string
	input   textinput.Model
	choices []model.Code
	choice  int
	// about, when set, says what a choice's code means; it shows under the field while focused.
	about func(code string) string
	// onlyIf, when set, is the field and the code it must hold for this field to matter: until it
	// does, the field is neither shown nor stepped through, and enter on the field before saves.
	onlyIf *[2]string
	// initial is the value the form opened with: a form whose values differ asks before it is
	// thrown away.
	initial string
	// area, when set, makes the field several lines long (notes).
	area *areaField
	// pick, when set, lists what the typed text may be, filtered as it is typed.
	pick *picker
	// complete, when set, is what tab does on the field's text: it completes a path.
	complete func(typed string) tea.Cmd
}

// value returns what the field holds: the typed text, or the chosen code.
func (f *formField) value() string {
	switch {
	case f.choices != nil:
		return f.choices[f.choice].Code
	case f.area != nil:
		return f.area.value()
	}
	return f.input.Value()
}

// fieldErrText is a *model.FieldError on a field with one of the strings of strs.
func fieldErrText(field, key string) error { return &model.FieldError{Field: field, Msg: strs[key]} }

// submitFunc turns a form's values into a save command, or an error that the form shows while it
// keeps everything typed. It is pure: parsing and validation only, the saving is the command's.
type submitFunc func(values map[string]string) (tea.Cmd, error)

// form is an overlay that collects fields, validates them on submit, and stays open with what was
// typed until the save succeeds. Nothing typed is thrown away without a question: esc or ctrl+c on
// a form with changes asks first.
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
	// asking is set while the form asks whether to throw its changes away.
	asking bool
	// note is a passing remark under the fields, such as the names a path completes to.
	note   string
	width  int
	height int
}

func newForm(c *common, title string, submit submitFunc) *form {
	return &form{c: c, title: title, submit: submit}
}

// add appends a field; the first one takes the focus.
func (f *form) add(fd formField) *form {
	fd.initial = fd.value()
	f.fields = append(f.fields, fd)
	if len(f.fields) == 1 {
		f.focusField(0)
	}
	return f
}

// text adds a free-text field with an initial value.
func (f *form) text(key, label, value, hint string) *form {
	in := newInput(hint, model.MaxFieldLen)
	f.c.st.styleInput(&in)
	in.SetValue(value)
	return f.add(formField{key: key, label: label, hint: hint, input: in})
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
	in := newInput("", 0)
	f.c.st.styleInput(&in)
	return f.add(formField{key: key, label: label, input: in, choices: choices, choice: idx})
}

// explain makes the last field added, a choice, say what its chosen code means under it.
func (f *form) explain(about func(code string) string) *form {
	f.fields[len(f.fields)-1].about = about
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

// dirty tells whether anything differs from what the form opened with.
func (f *form) dirty() bool {
	for i := range f.fields {
		if f.fields[i].value() != f.fields[i].initial {
			return true
		}
	}
	return false
}

// focusField gives field i the focus without taking it from another.
func (f *form) focusField(i int) {
	f.focus = i
	fd := &f.fields[i]
	if fd.area != nil {
		fd.area.Focus()
	} else {
		fd.input.Focus()
	}
}

func (f *form) setFocus(i int) {
	if i < 0 || i >= len(f.fields) {
		return
	}
	if fd := &f.fields[f.focus]; fd.area != nil {
		fd.area.Blur()
	} else {
		fd.input.Blur()
	}
	f.note = ""
	f.focusField(i)
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
	f.err = f.c.errSentence(err, "")
	f.errField = ""
}

// HoldsTyping tells the app that ctrl+c belongs to the form while it is open: a half-filled form
// is never lost to the quit key (on Chinese Windows ctrl+c is pressed to copy).
func (f *form) HoldsTyping() bool { return true }

func (f *form) Update(msg tea.Msg) (overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		f.done = true
		return f, nil
	case saveFailedMsg:
		f.showError(msg.err)
		return f, nil
	case pathCompletedMsg:
		f.completed(msg)
		return f, nil
	case tea.KeyMsg:
		if f.saving {
			return f, nil
		}
		if f.asking {
			return f, f.answer(msg)
		}
		return f, f.key(msg)
	}
	return f, nil
}

// answer takes the reply to "throw the changes away?": yes closes the form, no goes back to it.
func (f *form) answer(msg tea.KeyMsg) tea.Cmd {
	k := f.c.keys
	switch {
	case key.Matches(msg, k.Yes):
		f.done = true
	case key.Matches(msg, k.No):
		f.asking = false
	}
	return nil
}

// key handles a key on the form's focused field.
func (f *form) key(msg tea.KeyMsg) tea.Cmd {
	k := f.c.keys
	field := &f.fields[f.focus]
	s := msg.String()
	switch {
	case key.Matches(msg, k.Cancel), key.Matches(msg, k.Quit):
		if f.dirty() {
			f.asking = true
		} else {
			f.done = true
		}
		return nil
	case s == "ctrl+s":
		return f.trySubmit()
	case s == "tab" && field.complete != nil && strings.TrimSpace(field.input.Value()) != "":
		return field.complete(field.input.Value())
	}
	if field.area != nil && field.area.key(msg) {
		return nil
	}
	if field.pick != nil && f.pickKey(field, msg) {
		return nil
	}
	switch {
	case s == "enter" && f.lastShown():
		return f.trySubmit()
	case s == "enter" || s == "tab" || s == "down":
		f.setFocus(f.step(+1))
		return nil
	case s == "shift+tab" || s == "up":
		f.setFocus(f.step(-1))
		return nil
	}
	if field.choices != nil {
		switch s {
		case "left":
			field.choice = (field.choice - 1 + len(field.choices)) % len(field.choices)
		case "right", " ":
			field.choice = (field.choice + 1) % len(field.choices)
		}
		return nil
	}
	if field.area != nil {
		return field.area.update(msg)
	}
	var cmd tea.Cmd
	field.input, cmd = field.input.Update(msg)
	f.note = ""
	if field.pick != nil {
		field.pick.filter(field.input.Value())
	}
	return cmd
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
	// The box's content is boxW-4 cells: the marker (2), the label, a gap (2), the input.
	inputW := max(boxW-4-2-labelW-2, 10)
	indent := strings.Repeat(" ", 2+labelW+2)
	var lines []string
	focusLine, focusEnd := 0, 0
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
		var vals []string
		switch {
		case fd.choices != nil:
			// Choices can name people of the book: their names are user text.
			name := model.SanitizeLine(fd.choices[fd.choice].Name.In(f.c.lang))
			if i == f.focus {
				vals = []string{fit("‹ "+name+" ›", inputW)}
			} else {
				vals = []string{fit("  "+name, inputW)}
			}
		case fd.area != nil:
			vals = fd.area.view(inputW, i == f.focus)
		default:
			fd.input.Width = inputW - 1
			// The input scrolls its text only when the cursor moves; a long value set before the
			// width was known would otherwise be drawn whole and break the box.
			fd.input.SetCursor(fd.input.Position())
			vals = []string{inputView(fd.input.View())}
		}
		// The marker column shows an error, else the focus, which stays visible without colour.
		marker := "  "
		switch {
		case fd.key == f.errField && f.err != "":
			marker = st.Error.Render("! ")
		case i == f.focus:
			marker = st.Focused.Render("›") + " "
		}
		lines = append(lines, marker+label+"  "+vals[0])
		for _, v := range vals[1:] {
			lines = append(lines, indent+v)
		}
		if i == f.focus {
			if fd.pick != nil {
				for _, p := range fd.pick.view(f.c, inputW, f.pickRoom()) {
					lines = append(lines, indent+p)
				}
			}
			if fd.about != nil {
				for _, a := range wrap(fd.about(fd.value()), inputW) {
					lines = append(lines, indent+st.Dim.Render(a))
				}
			}
			focusEnd = len(lines)
		}
	}
	// Show a window of fields around the focus when the form is taller than the terminal.
	room := max(f.height-8, 3)
	if len(lines) > room {
		start := min(max(focusLine-room/2, 0), len(lines)-room)
		if focusEnd-start > room {
			start = min(focusLine, len(lines)-room)
		}
		lines = lines[start : start+room]
	}
	var b strings.Builder
	b.WriteString(st.Title.Render(f.title) + "\n\n")
	b.WriteString(strings.Join(lines, "\n") + "\n\n")
	switch {
	case f.asking:
		b.WriteString(st.Error.Render(fit(f.c.t("form.discard"), boxW-4)) + "\n")
		b.WriteString(st.Dim.Render(fit(f.c.t("form.discardKeys"), boxW-4)))
		return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
	case f.err != "":
		b.WriteString(st.Error.Render(fit(model.SanitizeLine(f.err), boxW-4)) + "\n")
	case f.saving:
		b.WriteString(st.Dim.Render(f.c.t("form.saving")) + "\n")
	case f.note != "":
		b.WriteString(st.Dim.Render(fit(model.SanitizeLine(f.note), boxW-4)) + "\n")
	default:
		if h := f.fields[f.focus].hint; h != "" {
			b.WriteString(st.Dim.Render(fit(h, boxW-4)) + "\n")
		} else {
			b.WriteString("\n")
		}
	}
	b.WriteString(st.Dim.Render(fit(f.keyLine(), boxW-4)))
	return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
}

// pickRoom is how many suggestions fit under a field: fewer on a short terminal.
func (f *form) pickRoom() int { return min(max((f.height-14)/2, 2), 6) }

// placeOverlay centres a box on the screen's area.
func placeOverlay(w, h int, box string) string {
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}
