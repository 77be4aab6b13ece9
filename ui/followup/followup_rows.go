package followup

import (
	"fmt"
	"strings"

	"guanxi/model"
	"guanxi/ui/kit"
	"guanxi/wording"
)

// The rows of the checklist: grouped by day (overdue, today, then each coming day) or by customer
// (each customer's items under their name, the customer with the earliest item first).

// fuGroup is one heading of the checklist and the items under it.
type fuGroup struct {
	title string         // by day; by customer the heading is made from the customer's first item
	tone  model.DueGroup // overdue, today or coming up: the heading's colour
	items []int
}

// fuState is what the follow-up view keeps besides its items: how it groups them, the layout that
// follows (made when the items or the grouping change, never per frame), and the reminder it can
// bring back from the trash.
type fuState struct {
	byCustomer   bool
	groups       []fuGroup
	lines        []int  // an item index, or -1-g for the heading of group g
	second       []bool // the line is the second of its item: why it is due, in full
	rowOf        []int  // the line of each position in order
	Order        []int  // item indexes in the order shown, which the cursor follows
	overdue, due int    // how many items are overdue and due today, for the header
	// undo is the reminder last deleted here (0: none) and its customer.
	undo, undoCustomer int64
}

// relayout groups the items and lays out their lines; call it whenever the items or the grouping
// change.
func (m *Screen) relayout() {
	st := &m.Fu
	if st.byCustomer {
		st.groups = m.groupsByCustomer()
	} else {
		st.groups = m.groupsByDay()
	}
	st.overdue, st.due = 0, 0
	if m.idx != nil {
		st.overdue, st.due = m.idx.Overdue, m.idx.DueToday
	}
	m.layoutLines()
}

// layoutLines lays out the lines of the groups: a heading, then a line for each item, and a second
// for an item read whose reason does not fit beside its name. Call it again when items are read or
// the width changes; the cursor's row keeps its place on the screen.
func (m *Screen) layoutLines() {
	st := &m.Fu
	onScreen := -1
	if m.Cursor < len(st.rowOf) {
		onScreen = st.rowOf[m.Cursor] - m.offset
	}
	st.lines, st.second, st.rowOf, st.Order = st.lines[:0], st.second[:0], st.rowOf[:0], st.Order[:0]
	for g, grp := range st.groups {
		st.lines, st.second = append(st.lines, -1-g), append(st.second, false)
		for _, i := range grp.items {
			st.rowOf = append(st.rowOf, len(st.lines))
			st.Order = append(st.Order, i)
			st.lines, st.second = append(st.lines, i), append(st.second, false)
			if m.twoLines(i) {
				st.lines, st.second = append(st.lines, i), append(st.second, true)
			}
		}
	}
	if onScreen >= 0 && m.Cursor < len(st.rowOf) {
		m.offset = max(st.rowOf[m.Cursor]-onScreen, 0)
	}
}

// twoLines tells whether item i takes a second line: on a narrow screen, where the name and why it
// is due share a column, when the two do not fit in it.
func (m *Screen) twoLines(i int) bool {
	_, _, wName, wWhy, _, _, _ := m.itemColumns()
	it, ok := m.Item(i)
	if !ok || wWhy != 0 || it.CustomerID == 0 {
		return false
	}
	return kit.Width(model.SanitizeLine(m.rowName(it)+" — "+wording.Why(&it, m.c.Lang, m.c.Today()))) > wName
}

// headerText is the line over the checklist: today, and how many items are due today and overdue.
func (m *Screen) headerText(today model.Date) string {
	return fmt.Sprintf(m.c.T(kit.Texts.Followup.HeaderAll), today.String(), m.Fu.due, m.Fu.overdue, m.Count())
}

// badgeText counts what needs doing now, overdue and today, for the tab's title.
func (m *Screen) badgeText() string {
	return fmt.Sprintf(" (%d)", m.Fu.due+m.Fu.overdue)
}

// group tells which part of the checklist a day falls in: overdue, today or coming up.
func (m *Screen) group(due model.Date) model.DueGroup {
	return model.DueGroupOf(due, m.c.Today())
}

// groupsByDay puts the overdue items under one heading, then each day's under its own.
func (m *Screen) groupsByDay() []fuGroup {
	c := m.c
	today := c.Today()
	var out []fuGroup
	var lastDue model.Date
	for i := range m.Count() {
		due := m.idx.DueOn(i)
		if len(out) > 0 && (due == lastDue || out[len(out)-1].tone == model.DueOverdue && due.Before(today)) {
			out[len(out)-1].items = append(out[len(out)-1].items, i)
			continue
		}
		lastDue = due
		title, tone := wording.GroupTitle(model.DueOverdue, c.Lang), m.group(due)
		if tone != model.DueOverdue {
			title = wording.DayTitle(due, today, c.Lang)
		}
		out = append(out, fuGroup{title: title, tone: tone, items: []int{i}})
	}
	return out
}

// groupsByCustomer puts each customer's items under their name; holidays, which belong to nobody,
// come under one heading of their own.
func (m *Screen) groupsByCustomer() []fuGroup {
	index := map[int64]int{}
	var out []fuGroup
	for i := range m.Count() {
		id := m.idx.CustomerID(i)
		k, ok := index[id]
		if !ok {
			k = len(out)
			index[id] = k
			out = append(out, fuGroup{tone: model.DueComing})
		}
		out[k].items = append(out[k].items, i)
		out[k].tone = min(out[k].tone, m.group(m.idx.DueOn(i)))
	}
	// Items come in the checklist's order, so the order of first appearance is the order of urgency.
	return out
}

// customerHeading is the heading of a customer's items when grouped by customer: the name and
// company, the level and the last contact, read from the customer's first item.
func (m *Screen) customerHeading(g fuGroup) string {
	c := m.c
	first := g.items[0]
	if m.idx.CustomerID(first) == 0 {
		return c.T(kit.Texts.Followup.Holidays)
	}
	it, ok := m.Item(first)
	if !ok {
		return model.SanitizeLine(m.idx.CustomerName(first))
	}
	title := model.SanitizeLine(it.CustomerName)
	if it.Company != "" && it.Company != it.CustomerName {
		title += " · " + model.SanitizeLine(it.Company)
	}
	return title + "  " + c.CodeName(model.LevelCodes(), string(it.Level)) + "  " + c.T(kit.Texts.Followup.LastContact) + m.lastText(it)
}

func (m *Screen) clamp() {
	m.Cursor = max(0, min(m.Cursor, len(m.Fu.Order)-1))
	if len(m.Fu.Order) == 0 {
		m.offset = 0
		return
	}
	row := m.Fu.rowOf[m.Cursor]
	if m.Cursor == 0 || row-1 < m.offset {
		m.offset = max(row-1, 0) // keep the heading above the first row in view
	}
	vis := m.listHeight()
	// The item's last line: its second, when it has one.
	if last := row + 1; last < len(m.Fu.second) && m.Fu.second[last] {
		row = last
	}
	if row >= m.offset+vis {
		m.offset = row - vis + 1
	}
	m.offset = max(0, min(m.offset, len(m.Fu.lines)-vis))
}

// listView draws the rows from the scroll offset, padded to the list's height.
func (m *Screen) listView() string {
	c, st := m.c, m.c.Styles
	today := c.Today()
	groups, lines := m.Fu.groups, m.Fu.lines
	current, _ := m.selectedIndex()
	if len(m.Fu.Order) == 0 {
		current = -1
	}
	tones := []func(...string) string{st.Overdue.Render, st.Today.Render, st.Upcoming.Render}
	var b strings.Builder
	end := min(m.offset+m.listHeight(), len(lines))
	rendered := 0
	for k, l := range lines[m.offset:end] {
		if m.Fu.second[m.offset+k] {
			if it, ok := m.Item(l); ok {
				b.WriteString(m.renderSecond(it, today, l == current) + "\n")
			} else {
				b.WriteString("\n")
			}
		} else if l < 0 {
			g := groups[-1-l]
			title := g.title
			if m.Fu.byCustomer {
				title = fmt.Sprintf("%s (%d)", m.customerHeading(g), len(g.items))
			}
			b.WriteString(tones[g.tone](kit.Fit(title, m.width)) + "\n")
		} else if it, ok := m.Item(l); ok {
			twoLines := m.offset+k+1 < len(lines) && m.Fu.second[m.offset+k+1] || m.twoLines(l)
			b.WriteString(m.renderItem(it, today, l == current, twoLines) + "\n")
		} else {
			b.WriteString(m.renderPending(l, l == current) + "\n")
		}
		rendered++
	}
	for ; rendered < m.listHeight(); rendered++ {
		b.WriteString("\n")
	}
	return b.String()
}

// itemColumns are the widths of a checklist row at the screen's width. Under 100 cells the name and
// why it is due share one column; wider, each has its own, and the personality types show.
func (m *Screen) itemColumns() (when, kind, name, why, level, last, types int) {
	when, kind, level, last = 11, 10, 10, 14 // "逾期 128 天", "10 天后生日"
	if m.c.Lang == model.En {
		when = 12 // "28 days late"
	}
	rest := m.width - 2 - when - kind - level - last - 4
	if m.Fu.byCustomer {
		// The customer, level and last contact are in the heading.
		return when, kind, 0, max(m.width-2-when-kind-2, 8), 0, 0, 0
	}
	if m.width >= 100 {
		types = 14
		rest -= types + 1
		name = min(22, rest*2/5)
		return when, kind, name, max(rest-name-1, 8), level, last, types
	}
	return when, kind, max(rest, 8), 0, level, last, 0
}

// lastText shows the day of the last contact, or that there has been none.
func (m *Screen) lastText(it model.ChecklistItem) string {
	if it.LastContactOn.IsZero() {
		return m.c.T(kit.Texts.Followup.Never)
	}
	return it.LastContactOn.String()
}

// whenText says when an item is due: days late, today, or its date; a greeting, how far its day is.
func (m *Screen) whenText(it model.ChecklistItem, today model.Date) string {
	if s, ok := wording.GreetingWhen(&it, m.c.Lang, today); ok {
		return s
	}
	// Grouped by customer, a day beyond tomorrow shows its date: no day's heading holds it.
	if m.Fu.byCustomer && it.DueOn.After(today.AddDays(1)) {
		return it.DueOn.String()
	}
	return wording.DaysFrom(it.DueOn, today, m.c.Lang)
}

// renderItem draws an item's line; with twoLines why it is due goes on the line below.
func (m *Screen) renderItem(it model.ChecklistItem, today model.Date, selected, twoLines bool) string {
	c, st := m.c, m.c.Styles
	wWhen, wKind, wName, wWhy, wLevel, wLast, wTypes := m.itemColumns()
	why := wording.Why(&it, c.Lang, today)
	name := m.rowName(it)
	mark := "  "
	if selected {
		mark = "▸ "
	}
	whenCell := kit.Fit(m.whenText(it, today), wWhen)
	if !selected && it.OverdueDays > 0 {
		whenCell = st.Overdue.Render(whenCell)
	}
	kind := wording.KindName(&it, c.Lang)
	line := mark + whenCell + " " + kit.Fit(kind, wKind) + " "
	switch {
	case wName == 0:
		line += kit.Cell(why, wWhy)
	case wWhy == 0:
		// Narrow: the company gives way to why the item is due.
		switch {
		case it.CustomerID == 0:
			line += kit.Cell(why, wName)
		case twoLines:
			line += kit.Cell(name, wName) // why it is due has the line below
		default:
			line += kit.Cell(name+" — "+why, wName)
		}
	default:
		line += kit.Cell(name, wName) + " " + kit.Cell(why, wWhy)
	}
	if wLevel > 0 {
		level := ""
		if it.CustomerID != 0 {
			level = c.CodeName(model.LevelCodes(), string(it.Level))
		}
		last := ""
		if it.CustomerID != 0 {
			last = m.lastOfKind(it, today)
		}
		line += " " + kit.Fit(level, wLevel) + " " + kit.Fit(last, wLast)
	}
	if wTypes > 0 {
		line += " " + st.Badge.Render(kit.Cell(c.Badges(it.Types), wTypes))
	}
	line = kit.Fit(line, m.width)
	if selected {
		return st.Selected.Render(line)
	}
	return line
}

// rowName is how a row names its customer: the name and the company's short name, so the reason
// keeps its room; an organisation filed under its own name goes by its short name alone.
func (m *Screen) rowName(it model.ChecklistItem) string {
	short := it.CompanyShortName()
	switch {
	case it.Company == it.CustomerName:
		return short
	case short != "":
		return it.CustomerName + " · " + short
	}
	return it.CustomerName
}

// renderSecond draws an item's second line: why it is due, in full, under the name.
func (m *Screen) renderSecond(it model.ChecklistItem, today model.Date, selected bool) string {
	wWhen, wKind, _, _, _, _, _ := m.itemColumns()
	indent := strings.Repeat(" ", 2+wWhen+1+wKind+1)
	line := kit.Fit(indent+"↳ "+model.SanitizeLine(wording.Why(&it, m.c.Lang, today)), m.width)
	if selected {
		return m.c.Styles.Selected.Render(line)
	}
	return line
}

// renderPending draws a row whose item is still being read: the customer's name, dimmed.
func (m *Screen) renderPending(i int, selected bool) string {
	mark := "  "
	if selected {
		mark = "▸ "
	}
	return m.c.Styles.Dim.Render(kit.Fit(mark+model.SanitizeLine(m.idx.CustomerName(i))+" …", m.width))
}

// lastOfKind says when the customer was last contacted the way the item asks: a visit row the last
// visit, a call row the last call (a visit counts), any other the last contact of any kind.
func (m *Screen) lastOfKind(it model.ChecklistItem, today model.Date) string {
	day, kind := it.LastOfKind()
	words := lastWords[kind]
	if day.IsZero() {
		return m.c.T(words[0])
	}
	return m.c.T(words[1]) + m.shortDate(day, today)
}

// lastWords are the texts of the last contact of a kind: when there was none, and before its day.
var lastWords = map[model.ItemKind][2]model.Text{
	model.ItemVisit: {kit.Texts.Followup.NeverVisited, kit.Texts.Followup.LastVisit},
	model.ItemCall:  {kit.Texts.Followup.NeverCalled, kit.Texts.Followup.LastCall},
	"":              {kit.Texts.Followup.Never, kit.Texts.Followup.LastContact},
}

// shortDate shows a day of this year as MM-DD and another year's as YYYY-MM; none as "never".
func (m *Screen) shortDate(d, today model.Date) string {
	switch {
	case d.IsZero():
		return m.c.T(kit.Texts.Followup.Never)
	case d.Y == today.Y:
		return fmt.Sprintf("%02d-%02d", d.M, d.D)
	}
	return fmt.Sprintf("%04d-%02d", d.Y, d.M)
}

// holidayCard stands in for the playbook card under a holiday, which belongs to no customer.
func (m *Screen) holidayCard(it model.ChecklistItem) string {
	c, st := m.c, m.c.Styles
	title := st.Section.Render(c.T(kit.Texts.Followup.HolidayCard)) + " · " + model.SanitizeLine(it.Due.Holiday.In(c.Lang)) + " " + it.Due.OccasionOn.String()
	lines := []string{kit.Fit(title, m.width)}
	lines = append(lines, kit.Wrap(c.T(kit.Texts.Followup.HolidayAdvice), m.width-1)...)
	if h := m.cardHeight(); len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}
