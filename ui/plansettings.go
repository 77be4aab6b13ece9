package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/wording"
)

// planSettingsScreen shows and changes what the checklist is made from: each level's visit and call
// intervals, how many days ahead greetings are due, and the holidays greeted on. It opens from the
// follow-up view (p) and esc goes back.
type planSettingsScreen struct {
	c        *common
	plans    map[model.Level]model.VisitPlan
	lead     int
	holidays []model.Holiday
	workdays bool // planned visits and calls move off weekends and public holidays
	loaded   bool
	err      error
	cursor   int // 0–8 the levels, 9 the greeting lead, then the holidays, then the working days
	offset   int
	width    int
	height   int
	// removed is the holiday list before the last removal, for undo; nil when there is none.
	removed []model.Holiday
}

func newPlanSettingsScreen(c *common) *planSettingsScreen { return &planSettingsScreen{c: c} }

func (m *planSettingsScreen) Title() string    { return m.c.t("view.planSettings") }
func (m *planSettingsScreen) Typing() bool     { return false }
func (m *planSettingsScreen) Reload() tea.Cmd  { return loadPlanSettings(m.c.store) }
func (m *planSettingsScreen) SetSize(w, h int) { m.width, m.height = w, h; m.clamp() }

// leadRow is the cursor position of the greeting lead, after the levels.
func (m *planSettingsScreen) leadRow() int { return len(model.Levels) }

// workdaysRow is the cursor position of the working-day setting, after the holidays.
func (m *planSettingsScreen) workdaysRow() int { return m.leadRow() + 1 + len(m.holidays) }

// rows is how many positions the cursor can take.
func (m *planSettingsScreen) rows() int { return m.workdaysRow() + 1 }

func (m *planSettingsScreen) clamp() {
	m.cursor = max(0, min(m.cursor, m.rows()-1))
	lines, rowOf := m.layout()
	if len(lines) == 0 {
		return
	}
	row := rowOf[m.cursor]
	if row-1 < m.offset {
		m.offset = max(row-1, 0)
	}
	if row >= m.offset+m.height {
		m.offset = row - m.height + 1
	}
	m.offset = max(0, min(m.offset, len(lines)-m.height))
}

func (m *planSettingsScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k, fk, c := m.c.keys, m.c.fuKeys(), m.c
	switch msg := msg.(type) {
	case planSettingsLoadedMsg:
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			m.plans, m.lead, m.holidays, m.workdays = msg.plans, msg.lead, msg.holidays, msg.workdays
		}
		m.clamp()
		return m, nil
	case tea.MouseMsg:
		m.cursor += wheelStep(msg)
		m.clamp()
		return m, nil
	case tea.KeyMsg:
		if !m.loaded || m.err != nil {
			return m, nil
		}
		if cur, moved := k.step(msg, m.cursor, m.height, m.rows()); moved {
			m.cursor = cur
			m.clamp()
			return m, nil
		}
		switch {
		case key.Matches(msg, fk.Edit):
			switch {
			case m.cursor < m.leadRow():
				l := model.Levels[m.cursor].Code
				return m, openForm(levelPlanForm(c, l, m.plans[l]))
			case m.cursor == m.leadRow():
				return m, openForm(leadForm(c, m.lead))
			case m.cursor == m.workdaysRow():
				return m, setPlanWorkingDays(c.store, !m.workdays)
			}
			return m, openForm(holidayForm(c, m.holidays, m.cursor-m.leadRow()-1))
		case key.Matches(msg, fk.AddHoliday):
			return m, openForm(holidayForm(c, m.holidays, -1))
		case key.Matches(msg, fk.DeleteHoliday):
			at := m.cursor - m.leadRow() - 1
			if at < 0 || at >= len(m.holidays) {
				return m, statusCmd(c.t("err.deleteOnlyHolidays"), true)
			}
			m.removed = append([]model.Holiday(nil), m.holidays...)
			next := append(append([]model.Holiday(nil), m.holidays[:at]...), m.holidays[at+1:]...)
			return m, setHolidays(c.store, next, "saved.holidayRemoved")
		case key.Matches(msg, fk.Undo):
			if m.removed == nil {
				return m, statusCmd(c.t("err.nothingToUndo"), true)
			}
			back := m.removed
			m.removed = nil
			return m, setHolidays(c.store, back, "saved.holidayBack")
		}
		m.clamp()
	}
	return m, nil
}

// layout lays out the page: each line's text, and the line of each cursor position.
func (m *planSettingsScreen) layout() (lines []string, rowOf []int) {
	if !m.loaded || m.err != nil {
		return nil, nil
	}
	c, st := m.c, m.c.st
	nameW := 12
	colW := max(min((m.width-nameW-6)/2, 24), 8)
	row := func(mark bool, name, a, b string) string {
		prefix := "  "
		if mark {
			prefix = "▸ "
		}
		line := prefix + fit(name, nameW) + " " + a
		if b != "" {
			line = prefix + fit(name, nameW) + " " + fit(a, colW) + " " + b
		}
		line = fit(line, m.width)
		if mark {
			return st.Selected.Render(line)
		}
		return line
	}
	add := func(s string, selectable bool) {
		if selectable {
			rowOf = append(rowOf, len(lines))
		}
		lines = append(lines, s)
	}
	every := func(n int) string {
		if n <= 0 {
			return "—"
		}
		return wording.Every(n, c.lang)
	}
	add(st.Section.Render(c.t("ps.plans")), false)
	add(st.Dim.Render(fit("  "+fit(c.t("col.level"), nameW)+" "+fit(c.t("ps.visit"), colW)+" "+c.t("ps.call"), m.width)), false)
	for i, l := range model.Levels {
		p := m.plans[l.Code]
		add(row(m.cursor == i, l.Name.In(c.lang), every(p.VisitEveryDays), every(p.CallEveryDays)), true)
	}
	add(st.Dim.Render(fit("  "+c.t("ps.ownPlan"), m.width)), false)
	add("", false)
	add(st.Section.Render(c.t("ps.greetings")), false)
	add(row(m.cursor == m.leadRow(), c.t("ps.lead"), fmt.Sprintf(c.t("ps.leadDays"), m.lead), ""), true)
	add("", false)
	add(st.Section.Render(c.t("ps.holidays")), false)
	for i, h := range m.holidays {
		var days []string
		for _, d := range h.Days {
			if d.Y == 0 {
				days = append(days, fmt.Sprintf(c.t("ps.yearly"), d.Text(c.lang)))
			} else {
				days = append(days, d.String())
			}
		}
		add(row(m.cursor == m.leadRow()+1+i, model.SanitizeLine(h.Name.In(c.lang)), strings.Join(days, c.t("ps.sep")), ""), true)
	}
	if len(m.holidays) == 0 {
		add(st.Dim.Render(fit("  "+c.t("ps.noHolidays"), m.width)), false)
	}
	if last := model.HolidaysLastListed(m.holidays); last > 0 {
		for _, l := range wrap(fmt.Sprintf(c.t("ps.lunarUntil"), last), m.width-2) {
			add(st.Dim.Render("  "+l), false)
		}
	}
	add("", false)
	add(st.Section.Render(c.t("ps.workdays")), false)
	state := c.t("ps.workdaysOff")
	if m.workdays {
		state = c.t("ps.workdaysOn")
	}
	add(row(m.cursor == m.workdaysRow(), c.t("ps.planDays"), state, ""), true)
	return lines, rowOf
}

func (m *planSettingsScreen) View() string {
	c, st := m.c, m.c.st
	switch {
	case m.err != nil:
		return st.Error.Render(model.SanitizeLine(c.errSentence(m.err, "err.load")))
	case !m.loaded:
		return st.Dim.Render(c.t("list.loading"))
	}
	lines, _ := m.layout()
	end := min(m.offset+m.height, len(lines))
	return strings.Join(lines[m.offset:end], "\n")
}

func (m *planSettingsScreen) ShortHelp() []key.Binding {
	k, fk := m.c.keys, m.c.fuKeys()
	return []key.Binding{fk.Edit, fk.AddHoliday, fk.DeleteHoliday, fk.Undo, k.Back, k.Help}
}

func (m *planSettingsScreen) FullHelp() [][]key.Binding {
	k, fk := m.c.keys, m.c.fuKeys()
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{fk.Edit, fk.AddHoliday, fk.DeleteHoliday, fk.Undo, k.Back},
	}
}
