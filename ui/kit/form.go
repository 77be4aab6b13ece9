package kit

import (
	"errors"
	"github.com/charmbracelet/x/ansi"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"guanxi/model"
)

// FormField is one line of a form: free text, a choice among codes cycled with ←/→, several lines
// of text (form_area.go), or text with suggestions to pick from (form_picker.go).
type FormField struct {
	Key     string
	label   string
	Hint    string
	Input   textinput.Model
	Choices []model.Code
	Choice  int
	// about, when set, says what a choice's code means; it shows under the field while focused.
	about func(code string) string
	// onlyIf, when set, is the field and the code it must hold for this field to matter: until it
	// does, the field is neither shown nor stepped through, and enter on the field before saves.
	onlyIf *[2]string
	// initial is the value the form opened with: a form whose values differ asks before it is
	// thrown away.
	initial string
	// area, when set, makes the field several lines long (notes).
	area *AreaField
	// pick, when set, lists what the typed text may be, filtered as it is typed.
	Pick *Picker
	// complete, when set, is what tab does on the field's text: it completes a path.
	complete func(typed string) tea.Cmd
}

// Value returns what the field holds: the typed text, or the chosen code.
func (f *FormField) Value() string {
	switch {
	case f.Choices != nil:
		return f.Choices[f.Choice].Code
	case f.area != nil:
		return f.area.Value()
	}
	return f.Input.Value()
}

// FieldErrText is a *model.FieldError on a field with a text of the catalogue.
func FieldErrText(field string, msg model.Text) error {
	return &model.FieldError{Field: field, Msg: msg}
}

// submitFunc turns a form's values into a save command, or an error that the form shows while it
// keeps everything typed. It is pure: parsing and validation only, the saving is the command's.
type submitFunc func(values map[string]string) (tea.Cmd, error)

// Form is an overlay that collects fields, validates them on submit, and stays open with what was
// typed until the save succeeds. Nothing typed is thrown away without a question: esc or ctrl+c on
// a form with changes asks first.
type Form struct {
	C        *Common
	Title    string
	Fields   []FormField
	Focus    int
	Err      string
	ErrField string
	submit   submitFunc
	// SaveAs is what ctrl+s does, said in the form's keys, where it is not to save (a box that
	// imports or exports); empty for "save".
	SaveAs   string
	Saving   bool
	Finished bool
	// Asking is set while the form asks whether to throw its changes away.
	Asking bool
	// note is a passing remark under the fields, such as the names a path completes to.
	note   string
	width  int
	height int
}

func NewForm(c *Common, title string, submit submitFunc) *Form {
	return &Form{C: c, Title: title, submit: submit}
}

// For names, beside the title, the customer the form writes for. A form opened from the
// follow-up or the list covers the row it was opened from, and a contact logged for the wrong
// customer is the easiest mistake to make and the hardest to notice.
func (f *Form) For(customer string) *Form {
	if customer = model.SanitizeLine(customer); customer != "" {
		f.Title += " · " + customer
	}
	return f
}

// add appends a field; the first one takes the focus.
func (f *Form) add(fd FormField) *Form {
	fd.initial = fd.Value()
	f.Fields = append(f.Fields, fd)
	if len(f.Fields) == 1 {
		f.focusField(0)
	}
	return f
}

// Text adds a free-text field with an initial value.
func (f *Form) Text(key, label, value, hint string) *Form {
	in := NewInput(hint, model.MaxFieldLen)
	f.C.Styles.StyleInput(&in)
	in.SetValue(value)
	return f.add(FormField{Key: key, label: label, Hint: hint, Input: in})
}

// OnlyWhen makes the last field added matter only while the field key holds the code.
func (f *Form) OnlyWhen(key, code string) *Form {
	f.Fields[len(f.Fields)-1].onlyIf = &[2]string{key, code}
	return f
}

// shown tells whether field i matters with the values the form holds now.
func (f *Form) shown(i int) bool {
	cond := f.Fields[i].onlyIf
	if cond == nil {
		return true
	}
	for j := range f.Fields {
		if f.Fields[j].Key == cond[0] {
			return f.Fields[j].Value() == cond[1]
		}
	}
	return true
}

// Step returns the next field shown after the focus, going by dir (+1 or -1) and round the end;
// the focus itself when no other is shown.
func (f *Form) Step(dir int) int {
	n := len(f.Fields)
	for k := 1; k < n; k++ {
		if i := ((f.Focus+dir*k)%n + n) % n; f.shown(i) {
			return i
		}
	}
	return f.Focus
}

// lastShown tells whether the focus is on the last field shown, where enter saves.
func (f *Form) lastShown() bool {
	for i := f.Focus + 1; i < len(f.Fields); i++ {
		if f.shown(i) {
			return false
		}
	}
	return true
}

// Choose adds a field that picks one of the codes, starting at the given one.
func (f *Form) Choose(key, label string, choices []model.Code, current string) *Form {
	idx := 0
	for i, c := range choices {
		if c.Code == current {
			idx = i
		}
	}
	// A choice takes no text, but focus moves through its input like any field's: it must be a
	// real (steady-cursor) input, since a zero one panics when focused.
	in := NewInput("", 0)
	f.C.Styles.StyleInput(&in)
	return f.add(FormField{Key: key, label: label, Input: in, Choices: choices, Choice: idx})
}

// Explain makes the last field added, a choice, say what its chosen code means under it.
func (f *Form) Explain(about func(code string) string) *Form {
	f.Fields[len(f.Fields)-1].about = about
	return f
}

func (f *Form) Done() bool { return f.Finished }

func (f *Form) SetSize(w, h int) { f.width, f.height = w, h }

func (f *Form) Values() map[string]string {
	out := make(map[string]string, len(f.Fields))
	for i := range f.Fields {
		if f.shown(i) {
			out[f.Fields[i].Key] = f.Fields[i].Value()
		}
	}
	return out
}

// dirty tells whether anything differs from what the form opened with.
func (f *Form) dirty() bool {
	for i := range f.Fields {
		if f.Fields[i].Value() != f.Fields[i].initial {
			return true
		}
	}
	return false
}

// focusField gives field i the focus without taking it from another.
func (f *Form) focusField(i int) {
	f.Focus = i
	fd := &f.Fields[i]
	if fd.area != nil {
		fd.area.Focus()
	} else {
		fd.Input.Focus()
	}
}

func (f *Form) SetFocus(i int) {
	if i < 0 || i >= len(f.Fields) {
		return
	}
	if fd := &f.Fields[f.Focus]; fd.area != nil {
		fd.area.Blur()
	} else {
		fd.Input.Blur()
	}
	f.note = ""
	f.focusField(i)
}

// showError puts an error on the form; a *model.FieldError moves the focus to its field.
func (f *Form) showError(err error) {
	f.Saving = false
	var fe *model.FieldError
	if errors.As(err, &fe) {
		f.Err = fe.Msg.In(f.C.Lang)
		f.ErrField = fe.Field
		for i := range f.Fields {
			if f.Fields[i].Key == fe.Field {
				f.SetFocus(i)
			}
		}
		return
	}
	f.Err = f.C.ErrSentence(err, model.Text{})
	f.ErrField = ""
}

// HoldsTyping tells the app that ctrl+c belongs to the form while it is open: a half-filled form
// is never lost to the quit key (on Chinese Windows ctrl+c is pressed to copy).
func (f *Form) HoldsTyping() bool { return true }

func (f *Form) Update(msg tea.Msg) (Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case SavedMsg:
		f.Finished = true
		return f, nil
	case SaveFailedMsg:
		f.showError(msg.Err)
		return f, nil
	case pathCompletedMsg:
		f.completed(msg)
		return f, nil
	case tea.KeyMsg:
		if f.Saving {
			return f, nil
		}
		if f.Asking {
			return f, f.answer(msg)
		}
		return f, f.key(msg)
	}
	return f, nil
}

// answer takes the reply to "throw the changes away?": yes closes the form, no goes back to it.
func (f *Form) answer(msg tea.KeyMsg) tea.Cmd {
	k := f.C.Keys
	switch {
	case key.Matches(msg, k.Yes):
		f.Finished = true
	case key.Matches(msg, k.No):
		f.Asking = false
	}
	return nil
}

// key handles a key on the form's focused field.
func (f *Form) key(msg tea.KeyMsg) tea.Cmd {
	k, in := f.C.Keys, f.C.InputKeys()
	field := &f.Fields[f.Focus]
	switch {
	case key.Matches(msg, k.Cancel), key.Matches(msg, k.Quit):
		if f.dirty() {
			f.Asking = true
		} else {
			f.Finished = true
		}
		return nil
	case key.Matches(msg, in.Save):
		return f.trySubmit()
	case key.Matches(msg, in.Complete) && field.complete != nil && strings.TrimSpace(field.Input.Value()) != "":
		return field.complete(field.Input.Value())
	}
	if field.area != nil && field.area.key(msg, in) {
		return nil
	}
	if field.Pick != nil && f.pickKey(field, msg) {
		return nil
	}
	switch {
	case key.Matches(msg, in.Submit) && f.lastShown():
		return f.trySubmit()
	case key.Matches(msg, in.NextField):
		f.SetFocus(f.Step(+1))
		return nil
	case key.Matches(msg, in.PrevField):
		f.SetFocus(f.Step(-1))
		return nil
	}
	if field.Choices != nil {
		switch {
		case key.Matches(msg, in.ChoosePrev):
			field.Choice = (field.Choice - 1 + len(field.Choices)) % len(field.Choices)
		case key.Matches(msg, in.ChooseNext):
			field.Choice = (field.Choice + 1) % len(field.Choices)
		}
		return nil
	}
	if field.area != nil {
		return field.area.update(msg)
	}
	var cmd tea.Cmd
	field.Input, cmd = field.Input.Update(msg)
	f.note = ""
	if field.Pick != nil {
		field.Pick.filter(field.Input.Value())
	}
	return cmd
}

func (f *Form) trySubmit() tea.Cmd {
	cmd, err := f.submit(f.Values())
	if err != nil {
		f.showError(err)
		return nil
	}
	f.Err, f.ErrField = "", ""
	f.Saving = true
	return cmd
}

func (f *Form) View() string {
	st := f.C.Styles
	boxW := min(f.width-2, 72)
	labelW := 0
	for _, fd := range f.Fields {
		labelW = max(labelW, Width(fd.label))
	}
	// The box's content is boxW-4 cells: the marker (2), the label, a gap (2), the input.
	inputW := max(boxW-4-2-labelW-2, 10)
	indent := strings.Repeat(" ", 2+labelW+2)
	var lines []string
	focusLine, focusEnd := 0, 0
	for i := range f.Fields {
		fd := &f.Fields[i]
		if !f.shown(i) {
			continue
		}
		if i == f.Focus {
			focusLine = len(lines)
		}
		label := FitRight(fd.label, labelW)
		if i == f.Focus {
			label = st.Focused.Render(label)
		} else {
			label = st.Label.Render(label)
		}
		var vals []string
		switch {
		case fd.Choices != nil:
			// Choices can name people of the book: their names are user text.
			name := model.SanitizeLine(fd.Choices[fd.Choice].Name.In(f.C.Lang))
			if i == f.Focus {
				vals = []string{Fit("‹ "+name+" ›", inputW)}
			} else {
				vals = []string{Fit("  "+name, inputW)}
			}
		case fd.area != nil:
			vals = fd.area.view(inputW, i == f.Focus)
		default:
			fd.Input.Width = inputW - 1
			// The input scrolls its text only when the cursor moves; a long value set before the
			// width was known would otherwise be drawn whole and break the box.
			fd.Input.SetCursor(fd.Input.Position())
			vals = []string{InputView(fd.Input.View())}
		}
		// The marker column shows an error, else the focus, which stays visible without colour.
		marker := "  "
		switch {
		case fd.Key == f.ErrField && f.Err != "":
			marker = st.Error.Render("! ")
		case i == f.Focus:
			marker = st.Focused.Render("›") + " "
		}
		lines = append(lines, marker+label+"  "+vals[0])
		for _, v := range vals[1:] {
			lines = append(lines, indent+v)
		}
		if i == f.Focus {
			if fd.Pick != nil {
				for _, p := range fd.Pick.view(f.C, inputW, f.pickRoom()) {
					lines = append(lines, indent+p)
				}
			}
			if fd.about != nil {
				for _, a := range Wrap(fd.about(fd.Value()), inputW) {
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
	b.WriteString(st.Title.Render(ansi.Truncate(f.Title, boxW-4, "…")) + "\n\n")
	b.WriteString(strings.Join(lines, "\n") + "\n\n")
	switch {
	case f.Asking:
		b.WriteString(st.Error.Render(Fit(f.C.T(Texts.Forms.Discard), boxW-4)) + "\n")
		b.WriteString(st.Dim.Render(Fit(f.C.T(Texts.Forms.DiscardKeys), boxW-4)))
		return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
	case f.Err != "":
		b.WriteString(st.Error.Render(Fit(model.SanitizeLine(f.Err), boxW-4)) + "\n")
	case f.Saving:
		b.WriteString(st.Dim.Render(f.C.T(Texts.Forms.Saving)) + "\n")
	case f.note != "":
		b.WriteString(st.Dim.Render(Fit(model.SanitizeLine(f.note), boxW-4)) + "\n")
	default:
		if h := f.Fields[f.Focus].Hint; h != "" {
			b.WriteString(st.Dim.Render(Fit(h, boxW-4)) + "\n")
		} else {
			b.WriteString("\n")
		}
	}
	b.WriteString(st.Dim.Render(Fit(f.keyLine(), boxW-4)))
	return st.Border.Width(boxW-2).Padding(0, 1).Render(b.String())
}

// pickRoom is how many suggestions fit under a field: fewer on a short terminal.
func (f *Form) pickRoom() int { return min(max((f.height-14)/2, 2), 6) }

// PlaceOverlay centres a box on the screen's area.
func PlaceOverlay(w, h int, box string) string {
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}
