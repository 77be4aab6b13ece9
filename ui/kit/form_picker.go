package kit

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// Choose, don't recall: a field whose value is one of many (a personality type among dozens)
// lists what it may be under it, filtered as the user types; ↑/↓ pick one and enter takes it.
// A choice among few (a level) says what the chosen one means instead.

// PickItem is one thing a picker offers.
type PickItem struct {
	value string        // what taking it puts in the field
	cols  [2]string     // what the list shows: the name, then what it is
	words string        // lower-case text the typed query is found in
	key   model.NameKey // the name's pinyin, so 犹豫 is found by yy or youyu
}

// Picker is the list under a field.
type Picker struct {
	items []PickItem
	Shown []int // the items that match what is typed, best first
	Sel   int
	taken bool // enter took an item; typing again opens the list
}

// open tells whether the list shows.
func (p *Picker) open() bool { return !p.taken && len(p.Shown) > 0 }

// filter keeps the items that match the typed text: the exact name first, then names that begin
// with it, then the rest.
func (p *Picker) filter(typed string) {
	q := strings.ToLower(strings.TrimSpace(typed))
	p.taken, p.Sel = false, 0
	p.Shown = p.Shown[:0]
	var exact, prefix, rest []int
	for i, it := range p.items {
		v := strings.ToLower(it.value)
		switch {
		case q == "":
			rest = append(rest, i)
		case v == q:
			exact = append(exact, i)
		case strings.HasPrefix(v, q):
			prefix = append(prefix, i)
		case strings.Contains(it.words, q):
			rest = append(rest, i)
		default:
			if _, ok := it.key.Match(q); ok {
				rest = append(rest, i)
			}
		}
	}
	p.Shown = append(append(append(p.Shown, exact...), prefix...), rest...)
}

// pickKey moves in the list and takes an item; false leaves the key to the form.
func (f *Form) pickKey(fd *FormField, msg tea.KeyMsg) bool {
	p := fd.Pick
	if !p.open() {
		return false
	}
	in := f.C.InputKeys()
	switch {
	case key.Matches(msg, in.Up):
		if p.Sel == 0 {
			return false
		}
		p.Sel--
	case key.Matches(msg, in.Down):
		p.Sel = min(p.Sel+1, len(p.Shown)-1)
	case key.Matches(msg, in.PickTake):
		fd.Input.SetValue(p.items[p.Shown[p.Sel]].value)
		fd.Input.CursorEnd()
		p.taken = true
		if !f.lastShown() {
			f.SetFocus(f.Step(+1))
		}
	default:
		return false
	}
	return true
}

// view draws the list: a window of rows around the one picked, that one marked, and how many more.
func (p *Picker) view(c *Common, w, room int) []string {
	if !p.open() {
		return nil
	}
	st := c.Styles
	nameW := 0
	for _, i := range p.Shown {
		nameW = max(nameW, Width(p.items[i].cols[0]))
	}
	nameW = min(nameW, w/3)
	start := min(max(p.Sel-room/2, 0), max(len(p.Shown)-room, 0))
	end := min(start+room, len(p.Shown))
	var out []string
	for k := start; k < end; k++ {
		it := p.items[p.Shown[k]]
		row := Fit(it.cols[0], nameW) + "  " + it.cols[1]
		if k == p.Sel {
			out = append(out, st.Selected.Render(Fit("› "+row, w)))
		} else {
			out = append(out, st.Dim.Render(Fit("  "+row, w)))
		}
	}
	if more := len(p.Shown) - end; more > 0 {
		out = append(out, st.Dim.Render(Fit("  "+fmt.Sprintf(c.T(Texts.Picker.More), more), w)))
	}
	return out
}

// PickType adds a text field for a personality type with a picker over the whole catalog: each
// type with its typology and the first words of its traits.
func (f *Form) PickType(key, label, value, hint string) *Form {
	c := f.C
	typology := map[string]string{}
	for _, tp := range c.Typologies {
		typology[tp.Code] = tp.Name.In(c.Lang)
	}
	p := &Picker{}
	for _, t := range c.Catalog {
		name := model.SanitizeLine(t.Name.In(c.Lang))
		about := model.SanitizeLine(typology[t.Typology] + " · " + t.Traits.In(c.Lang))
		words := strings.ToLower(t.Code + " " + t.Name.Zh + " " + t.Name.En + " " + typology[t.Typology])
		p.items = append(p.items, PickItem{value: name, cols: [2]string{name, about}, words: words, key: model.MakeNameKey(t.Name.Zh)})
	}
	f.Text(key, label, value, hint)
	fd := &f.Fields[len(f.Fields)-1]
	fd.Pick = p
	p.filter(value)
	if value != "" {
		p.taken = true // a type given already is not asked again
	}
	return f
}

// AboutLevel says what a level means and its visit plan, for the level choice.
func AboutLevel(c *Common) func(code string) string {
	return func(code string) string {
		for _, l := range model.Levels() {
			if string(l.Code) == code {
				plan := l.Plan
				if p, ok := c.Plans[l.Code]; ok {
					plan = p
				}
				// The plan on a line of its own, so it is never broken in two.
				return l.Who.In(c.Lang) + c.T(Texts.Picker.Sep) + l.Principle.In(c.Lang) + "\n" + PlanWords(c, plan)
			}
		}
		return ""
	}
}

// PlansLoadedMsg carries the book's visit plans by level, which the level choice describes.
type PlansLoadedMsg struct {
	Plans map[model.Level]model.VisitPlan
}

// LoadPlans reads the visit plans of the levels.
func LoadPlans(s *store.Store) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		plans, err := s.Plans(ctx)
		if err != nil {
			return nil // the level choice then shows the default plans
		}
		return PlansLoadedMsg{Plans: plans}
	})
}
