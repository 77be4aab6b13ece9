package catalog

import (
	"fmt"
	"strings"

	"guanxi/model"
	"guanxi/ui/kit"
)

// Drawing the catalog: the filter line, the rows of types, the selected type's card and the
// people who carry it.

func (m *Screen) View() string {
	c, st := m.c, m.c.Styles
	var b strings.Builder
	b.WriteString(m.filterLine() + "\n")
	if m.err != nil {
		return b.String() + st.Error.Render(c.ErrSentence(m.err, "err.load"))
	}
	if len(m.Shown) == 0 {
		if len(m.Types) == 0 {
			return b.String() + st.Dim.Render(c.T("cat.empty"))
		}
		return b.String() + st.Dim.Render(c.T("cat.nomatch"))
	}
	nameW := max(m.width/3, 12)
	markW := 8
	typologyW := max(m.width-nameW-markW-4, 6)
	vis := m.ListHeight()
	end := min(m.offset+vis, len(m.Shown))
	for i := m.offset; i < end; i++ {
		t := m.Shown[i]
		mark := ""
		switch {
		case !t.BuiltIn:
			mark = c.T("cat.own")
		case t.Customized():
			mark = c.T("cat.customized")
		}
		row := kit.Cell(t.Name.In(c.Lang), nameW) + " " + kit.Cell(m.typologyName(t.Typology), typologyW) + " "
		if i == m.Cursor {
			b.WriteString(st.Selected.Render("▸ "+row+kit.Fit(mark, markW)) + "\n")
		} else {
			b.WriteString("  " + row + st.Badge.Render(kit.Fit(mark, markW)) + "\n")
		}
	}
	for i := end - m.offset; i < vis; i++ {
		b.WriteString("\n")
	}
	var pane []string
	if m.Focus == FocusCarriers {
		pane = m.carriersPane()
	} else {
		pane = m.typePane()
	}
	if room := m.paneHeight(); len(pane) > room {
		pane = pane[:room]
	}
	b.WriteString(strings.Join(pane, "\n"))
	return b.String()
}

// filterLine is the first line: the filter as typed, or how to start one, and the count.
func (m *Screen) filterLine() string {
	c, st := m.c, m.c.Styles
	count := fmt.Sprintf(c.T("cat.count"), len(m.Shown), len(m.Types))
	room := max(m.width-kit.Width(c.T("cat.filter"))-kit.Width(count)-2, 8)
	var field string
	if m.Focus == FocusFilter || m.Filter.Value() != "" {
		m.Filter.Width = room - 1
		field = kit.Fit(kit.InputView(m.Filter.View()), room)
	} else {
		field = st.Dim.Render(kit.Fit(c.T("cat.filterHint"), room))
	}
	label := c.T("cat.filter")
	if m.Focus == FocusFilter {
		label = st.Focused.Render(label)
	}
	return label + field + " " + st.Dim.Render(count)
}

// typePane shows the selected type: its names, who carries it, traits, approach and what to avoid.
func (m *Screen) typePane() []string {
	c, st := m.c, m.c.Styles
	t, ok := m.Selected()
	if !ok {
		return nil
	}
	w := m.width - 1
	head := model.SanitizeLine(t.Name.In(c.Lang))
	if other := t.Name.In(otherLang(c.Lang)); other != "" && other != t.Name.In(c.Lang) {
		head += " · " + model.SanitizeLine(other)
	}
	head += " · " + model.SanitizeLine(m.typologyName(t.Typology))
	if c.Lang != model.Zh {
		// The code is what the command line takes (--type hesitant); a Chinese reader types the name.
		head += " · " + t.Code
	}
	out := []string{st.Section.Render(kit.Fit(head, w))}
	out = append(out, m.carriersLine(w))
	return append(out, c.Advice(t, kit.AdviceFull, w)...)
}

// carriersLine sums up who carries the selected type, on one line.
func (m *Screen) carriersLine(w int) string {
	c, st := m.c, m.c.Styles
	switch {
	case m.carriersErr != nil:
		return st.Error.Render(kit.Fit(c.ErrSentence(m.carriersErr, "err.load"), w))
	case m.CarriersTotal < 0:
		return st.Dim.Render(kit.Fit(c.T("cat.loadingPeople"), w))
	case m.CarriersTotal == 0:
		return st.Dim.Render(kit.Fit(c.T("cat.noCarriers"), w))
	}
	count := fmt.Sprintf(c.T("cat.carriers"), m.CarriersTotal)
	if m.CarriersTotal == 1 {
		count = c.T("cat.carriersOne")
	}
	hint := c.T("cat.carriersOpen")
	names := kit.Fit(m.carrierNames(8), max(w-kit.Width(count)-kit.Width(hint), 4))
	return st.Focused.Render(count) + names + st.Dim.Render(hint)
}

// carriersPane lists the people who carry the selected type, with a cursor, for enter to open.
func (m *Screen) carriersPane() []string {
	c, st := m.c, m.c.Styles
	t, _ := m.Selected()
	w := m.width - 1
	out := []string{st.Section.Render(kit.Fit(fmt.Sprintf(c.T("cat.carriersHead"), model.SanitizeLine(t.Name.In(c.Lang)), m.CarriersTotal), w))}
	room := m.carrierRows()
	end := min(m.carrierOffset+room, len(m.carriers))
	nameW := min(max(w/5, 10), 20)
	whereW := max(w/3, 16)
	for i := m.carrierOffset; i < end; i++ {
		p := m.carriers[i]
		// Who, then where: a contact's customer, or a person's company.
		who, where := p.CustomerName, p.Company
		if p.ContactID != 0 {
			who, where = p.ContactName, p.CustomerName
		} else if where == who {
			where = ""
		}
		note := ""
		if p.Note != "" {
			note = "“" + p.Note + "”"
		}
		row := kit.Cell(who, nameW) + " " + kit.Cell(where, whereW) + " " + kit.Cell(note, max(w-nameW-whereW-4, 4))
		if i == m.carrierCursor {
			out = append(out, st.Selected.Render("▸ "+row))
		} else {
			out = append(out, "  "+row)
		}
	}
	footer := c.T("cat.carriersBack")
	if more := m.CarriersTotal - len(m.carriers); more > 0 {
		footer = fmt.Sprintf(c.T("cat.carriersMore"), more) + " · " + footer
	}
	for len(out) < room+1 {
		out = append(out, "")
	}
	return append(out, st.Dim.Render(kit.Fit(footer, w)))
}

func otherLang(l model.Lang) model.Lang {
	if l == model.Zh {
		return model.En
	}
	return model.Zh
}
