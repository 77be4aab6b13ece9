package followup

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"guanxi/model"
	"guanxi/ui/kit"
	"guanxi/wording"
)

// The rows of the checklist: each item's lines laid out in the screen's columns, and the window of
// them drawn around the cursor. How the items are grouped is in followup_groups.go.

// fuState is what the follow-up view keeps besides its items: how it groups them, the layout that
// follows (made when the items or the grouping change, never per frame), and the reminder it can
// bring back from the trash.
type fuState struct {
	byCustomer   bool
	groups       []fuGroup
	lines        []int // an item index, or -1-g for the heading of group g
	part         []int // which of its item's lines a line is: 0 the first, 1 the next …
	rowOf        []int // the line of each position in order
	Order        []int // item indexes in the order shown, which the cursor follows
	overdue, due int   // how many items are overdue and due today, for the header
	nameW        int   // the widest name among the items read, for the name's own column
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
	st.overdue, st.due = m.dueCounts()
	m.layoutLines()
}

// layoutLines lays out the lines of the groups: a heading, then the lines of each item — one, or
// more for an item read whose name or reason does not fit its row (itemText). Call it again when
// items are read or the width changes; the cursor's row keeps its place on the screen.
func (m *Screen) layoutLines() {
	st := &m.Fu
	onScreen := -1
	if m.Cursor < len(st.rowOf) {
		onScreen = st.rowOf[m.Cursor] - m.offset
	}
	st.lines, st.part, st.rowOf, st.Order = st.lines[:0], st.part[:0], st.rowOf[:0], st.Order[:0]
	today := m.c.Today()
	st.nameW = 0
	for _, it := range m.win.items {
		if it.CustomerID != 0 {
			st.nameW = max(st.nameW, kit.Width(model.SanitizeLine(m.rowName(it))))
		}
	}
	for g, grp := range st.groups {
		st.lines, st.part = append(st.lines, -1-g), append(st.part, 0)
		for _, i := range grp.items {
			st.rowOf = append(st.rowOf, len(st.lines))
			st.Order = append(st.Order, i)
			n := 1
			if it, ok := m.Item(i); ok {
				n = m.itemText(it, today).lines()
			}
			for k := range n {
				st.lines, st.part = append(st.lines, i), append(st.part, k)
			}
		}
	}
	if onScreen >= 0 && m.Cursor < len(st.rowOf) {
		m.offset = max(st.rowOf[m.Cursor]-onScreen, 0)
	}
}

// maxWhyLines is the most lines why an item is due may take; a longer text is cut at the end of
// the last, so that one reminder written as a letter cannot push the day's other items away.
const maxWhyLines = 6

// itemLines is the text of an item's lines: per line, what the name's column and the reason's
// column show, and, on a narrow screen, the lines of the reason below the name.
type itemLines struct {
	name, why []string
	below     []string // drawn after "↳ " across the rest of the row
}

// lines is how many lines the item takes.
func (t itemLines) lines() int { return max(len(t.name), len(t.why), 1) + len(t.below) }

// itemText lays out an item's name and why it is due in the columns of the screen's width. Each
// wraps in its column as Chinese text breaks (wording.Wrap) rather than being cut: why an item is
// due must be readable, at 80 columns too.
func (m *Screen) itemText(it model.ChecklistItem, today model.Date) itemLines {
	_, _, wName, wWhy, _, _, _ := m.itemColumns()
	why := wording.Why(&it, m.c.Lang, today)
	switch {
	case wName == 0: // grouped by customer: the name is in the heading
		return itemLines{why: wrapAtMost(why, wWhy, maxWhyLines)}
	case wWhy != 0:
		if it.CustomerID == 0 { // a holiday belongs to nobody
			return itemLines{why: wrapAtMost(why, wWhy, maxWhyLines)}
		}
		return itemLines{name: m.nameLines(it, wName), why: wrapAtMost(why, wWhy, maxWhyLines)}
	case it.CustomerID == 0: // a holiday on a narrow screen: its greeting has the name's room
		return itemLines{name: wrapAtMost(why, m.holidayWidth(), maxWhyLines)}
	}
	// Narrow: the name and why it is due share a column; when both do not fit, the name keeps the
	// row and why it is due goes below it, across the rest of the row.
	name := model.SanitizeLine(m.rowName(it))
	if both := name + " — " + model.SanitizeLine(why); kit.Width(both) <= wName {
		return itemLines{name: []string{both}}
	}
	return itemLines{name: []string{name}, below: wrapAtMost(why, m.width-m.belowIndent()-2, maxWhyLines)}
}

// holidayWidth is the room of a holiday's greeting on a narrow screen: the name's column and the
// level's and last contact's, which a holiday, belonging to nobody, leaves empty.
func (m *Screen) holidayWidth() int {
	_, _, wName, _, wLevel, wLast, _ := m.itemColumns()
	if wLast > 0 {
		wLast++
	}
	return wName + 1 + wLevel + wLast
}

// wrapAtMost wraps user text in lines of w cells, at most n of them; what is left beyond is cut at
// the end of the last, with an ellipsis.
func wrapAtMost(s string, w, n int) []string {
	lines := kit.Wrap(s, w)
	if len(lines) > n {
		lines = lines[:n]
		last := lines[n-1]
		if kit.Width(last) >= w {
			last = ansi.Truncate(last, w-1, "")
		}
		lines[n-1] = last + "…"
	}
	return lines
}

// belowIndent is where the lines under an item's first begin: under its name.
func (m *Screen) belowIndent() int {
	wWhen, wKind, _, _, _, _, _ := m.itemColumns()
	return 2 + wWhen + 1 + wKind + 1
}

// headerText is the line over the checklist: today, and how many items are due today and overdue.
func (m *Screen) headerText(today model.Date) string {
	return fmt.Sprintf(m.c.T(kit.Texts.Followup.HeaderAll), today.String(), m.Fu.due, m.Fu.overdue, m.total())
}

// badgeText counts what needs doing now, overdue and today, for the tab's title.
func (m *Screen) badgeText() string {
	return fmt.Sprintf(" (%d)", m.Fu.due+m.Fu.overdue)
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
	// The item's last line, so that all of it is in view (as much as the screen holds).
	for last := row + 1; last < len(m.Fu.part) && m.Fu.part[last] > 0 && last-m.Fu.rowOf[m.Cursor] < vis; last++ {
		row = last
	}
	if row >= m.offset+vis {
		m.offset = row - vis + 1
	}
	m.offset = max(0, min(m.offset, len(m.Fu.lines)-vis))
	// The list begins with a heading or an item's first line, never with the rest of an item whose
	// name is out of view: the view moves down to the next item, the cursor's staying in view.
	for m.offset < m.Fu.rowOf[m.Cursor] && m.Fu.part[m.offset] > 0 {
		m.offset++
	}
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
	texts := map[int]itemLines{} // each item's text, laid out once for its lines
	for k, l := range lines[m.offset:end] {
		if l < 0 {
			g := groups[-1-l]
			title := g.title
			if m.Fu.byCustomer {
				title = m.customerHeading(g)
			}
			b.WriteString(tones[g.tone](kit.Fit(title, m.width)) + "\n")
		} else if it, ok := m.Item(l); ok {
			text, laid := texts[l]
			if !laid {
				text = m.itemText(it, today)
				texts[l] = text
			}
			b.WriteString(m.renderLine(it, text, m.Fu.part[m.offset+k], today, l == current) + "\n")
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
// why it is due share one column; wider, each has its own, and from 120 the personality types
// show (narrower, they would take the room the name and the reason need; the card shows them).
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
	if m.width >= ownNameFrom {
		if m.width >= 120 {
			types = 14
			rest -= types + 1
		}
		// As wide as the widest name read (a person and a short name of six characters is 21), up
		// to a share of the row; the reason has the rest and wraps in it.
		name = min(24, rest*9/20)
		if m.Fu.nameW > 0 {
			name = max(min(name, m.Fu.nameW), minOwnName)
		}
		return when, kind, name, max(rest-name-1, 8), level, last, types
	}
	if rest < minFollowName {
		// A narrow terminal: the last contact gives its room to the name, which tells the row apart.
		rest += last + 1
		last = 0
	}
	return when, kind, max(rest, 8), 0, level, last, 0
}

// ownNameFrom is the narrowest screen on which a row gives the name a column of its own; under
// it the name shares its column with why the item is due, and a registered company would be cut.
const ownNameFrom = 100

// minOwnName is the narrowest the name's own column gets, however short the names.
const minOwnName = 12

// minFollowName is the room a narrow row keeps for the name before the last contact gives way: a
// person and a short name of six characters.
const minFollowName = 21

// lastText says when the customer was last contacted, or that they never were.
func (m *Screen) lastText(it model.ChecklistItem) string {
	if it.LastContactOn.IsZero() {
		return m.c.T(kit.Texts.Followup.NeverContacted)
	}
	return m.c.T(kit.Texts.Followup.LastContact) + it.LastContactOn.String()
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

// renderLine draws line k of an item: the first with when and what it is, its level and last
// contact; the others with what is left of the name and of why it is due.
func (m *Screen) renderLine(it model.ChecklistItem, text itemLines, k int, today model.Date, selected bool) string {
	c, st := m.c, m.c.Styles
	wWhen, wKind, wName, wWhy, wLevel, wLast, wTypes := m.itemColumns()
	at := func(cells []string, k int) string {
		if k < len(cells) {
			return cells[k]
		}
		return ""
	}
	var line string
	if top := max(len(text.name), len(text.why), 1); k >= top {
		arrow := "↳ " // the first line below the name says it goes with it; the others follow it
		if k > top {
			arrow = "  "
		}
		line = strings.Repeat(" ", m.belowIndent()) + arrow + at(text.below, k-top)
	} else {
		if k == 0 {
			mark := "  "
			if selected {
				mark = "▸ "
			}
			whenCell := kit.Fit(m.whenText(it, today), wWhen)
			if !selected && it.OverdueDays > 0 {
				whenCell = st.Overdue.Render(whenCell)
			}
			line = mark + whenCell + " " + kit.Fit(wording.KindName(&it, c.Lang), wKind) + " "
		} else {
			line = strings.Repeat(" ", m.belowIndent())
		}
		switch {
		case wName == 0:
			line += kit.Fit(at(text.why, k), wWhy)
		case wWhy == 0 && it.CustomerID == 0:
			line += kit.Fit(at(text.name, k), m.holidayWidth())
			wLevel = 0 // the greeting has the level's and last contact's room
		case wWhy == 0:
			line += kit.Fit(at(text.name, k), wName)
		default:
			line += kit.Fit(at(text.name, k), wName) + " " + kit.Fit(at(text.why, k), wWhy)
		}
		if k == 0 && wLevel > 0 {
			level, last := "", ""
			if it.CustomerID != 0 {
				level, last = c.CodeName(model.LevelCodes(), string(it.Level)), m.lastOfKind(it, today)
			}
			line += " " + kit.Fit(level, wLevel)
			if wLast > 0 {
				line += " " + kit.Fit(last, wLast)
			}
		}
		if k == 0 && wTypes > 0 {
			line += " " + st.Badge.Render(kit.Cell(c.Badges(it.Types), wTypes))
		}
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
	name, company := rowNameParts(it)
	if name != "" && company != "" {
		return name + " · " + company
	}
	return name + company
}

// rowNameParts are the two parts of a row's name: the person and the company's short name, or
// the organisation's short name alone.
func rowNameParts(it model.ChecklistItem) (name, company string) {
	short := it.CompanyShortName()
	if it.Company == it.CustomerName {
		return "", short
	}
	return it.CustomerName, short
}

// nameLines lays out a row's name in its own column of w cells: on one line when it fits, else the
// person on the first and the company on the second, each cut at the column's edge (a name is not
// broken inside a word, as the reason's words are).
func (m *Screen) nameLines(it model.ChecklistItem, w int) []string {
	whole := model.SanitizeLine(m.rowName(it))
	name, company := rowNameParts(it)
	if kit.Width(whole) <= w || name == "" || company == "" {
		return []string{whole}
	}
	return []string{model.SanitizeLine(name) + " ·", model.SanitizeLine(company)}
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
