package ui

import (
	"context"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// Choose, don't recall: a field whose value is one of many (a personality type among dozens)
// lists what it may be under it, filtered as the user types; ↑/↓ pick one and enter takes it.
// A choice among few (a level) says what the chosen one means instead.

// pickItem is one thing a picker offers.
type pickItem struct {
	value string        // what taking it puts in the field
	cols  [2]string     // what the list shows: the name, then what it is
	words string        // lower-case text the typed query is found in
	key   model.NameKey // the name's pinyin, so 犹豫 is found by yy or youyu
}

// picker is the list under a field.
type picker struct {
	items []pickItem
	shown []int // the items that match what is typed, best first
	sel   int
	taken bool // enter took an item; typing again opens the list
}

// open tells whether the list shows.
func (p *picker) open() bool { return !p.taken && len(p.shown) > 0 }

// filter keeps the items that match the typed text: the exact name first, then names that begin
// with it, then the rest.
func (p *picker) filter(typed string) {
	q := strings.ToLower(strings.TrimSpace(typed))
	p.taken, p.sel = false, 0
	p.shown = p.shown[:0]
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
	p.shown = append(append(append(p.shown, exact...), prefix...), rest...)
}

// pickKey moves in the list and takes an item; false leaves the key to the form.
func (f *form) pickKey(fd *formField, msg tea.KeyMsg) bool {
	p := fd.pick
	if !p.open() {
		return false
	}
	switch msg.String() {
	case "up":
		if p.sel == 0 {
			return false
		}
		p.sel--
	case "down":
		p.sel = min(p.sel+1, len(p.shown)-1)
	case "enter":
		fd.input.SetValue(p.items[p.shown[p.sel]].value)
		fd.input.CursorEnd()
		p.taken = true
		if !f.lastShown() {
			f.setFocus(f.step(+1))
		}
	default:
		return false
	}
	return true
}

// view draws the list: a window of rows around the one picked, that one marked, and how many more.
func (p *picker) view(c *common, w, room int) []string {
	if !p.open() {
		return nil
	}
	st := c.st
	nameW := 0
	for _, i := range p.shown {
		nameW = max(nameW, width(p.items[i].cols[0]))
	}
	nameW = min(nameW, w/3)
	start := min(max(p.sel-room/2, 0), max(len(p.shown)-room, 0))
	end := min(start+room, len(p.shown))
	var out []string
	for k := start; k < end; k++ {
		it := p.items[p.shown[k]]
		row := fit(it.cols[0], nameW) + "  " + it.cols[1]
		if k == p.sel {
			out = append(out, st.Selected.Render(fit("› "+row, w)))
		} else {
			out = append(out, st.Dim.Render(fit("  "+row, w)))
		}
	}
	if more := len(p.shown) - end; more > 0 {
		out = append(out, st.Dim.Render(fit("  "+fmt.Sprintf(c.t("pick.more"), more), w)))
	}
	return out
}

// pickType adds a text field for a personality type with a picker over the whole catalog: each
// type with its typology and the first words of its traits.
func (f *form) pickType(key, label, value, hint string) *form {
	c := f.c
	typology := map[string]string{}
	for _, tp := range c.typologies {
		typology[tp.Code] = tp.Name.In(c.lang)
	}
	p := &picker{}
	for _, t := range c.catalog {
		name := model.SanitizeLine(t.Name.In(c.lang))
		about := model.SanitizeLine(typology[t.Typology] + " · " + t.Traits.In(c.lang))
		words := strings.ToLower(t.Code + " " + t.Name.Zh + " " + t.Name.En + " " + typology[t.Typology])
		p.items = append(p.items, pickItem{value: name, cols: [2]string{name, about}, words: words, key: model.MakeNameKey(t.Name.Zh)})
	}
	f.text(key, label, value, hint)
	fd := &f.fields[len(f.fields)-1]
	fd.pick = p
	p.filter(value)
	if value != "" {
		p.taken = true // a type given already is not asked again
	}
	return f
}

// aboutLevel says what a level means and its visit plan, for the level choice.
func aboutLevel(c *common) func(code string) string {
	return func(code string) string {
		for _, l := range model.Levels {
			if string(l.Code) == code {
				plan := l.Plan
				if p, ok := c.plans[l.Code]; ok {
					plan = p
				}
				// The plan on a line of its own, so it is never broken in two.
				return l.Who.In(c.lang) + c.t("pick.sep") + l.Principle.In(c.lang) + "\n" + planWords(c, plan)
			}
		}
		return ""
	}
}

// plansLoadedMsg carries the book's visit plans by level, which the level choice describes.
type plansLoadedMsg struct {
	plans map[model.Level]model.VisitPlan
}

// loadPlans reads the visit plans of the levels.
func loadPlans(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		plans, err := s.Plans(ctx)
		if err != nil {
			return nil // the level choice then shows the default plans
		}
		return plansLoadedMsg{plans: plans}
	}
}
