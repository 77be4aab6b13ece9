package followup

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
	"guanxi/wording"
)

// PlanSettings shows and changes what the checklist is made from: each level's visit and call
// intervals, how many days ahead greetings are due, and the holidays greeted on. It opens from the
// follow-up view (p) and esc goes back.
type PlanSettings struct {
	c        *kit.Common
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

func NewPlanSettings(c *kit.Common) *PlanSettings { return &PlanSettings{c: c} }

func (m *PlanSettings) Title() string    { return m.c.T(kit.Texts.Views.PlanSettings) }
func (m *PlanSettings) Typing() bool     { return false }
func (m *PlanSettings) Reload() tea.Cmd  { return loadPlanSettings(m.c.Store) }
func (m *PlanSettings) SetSize(w, h int) { m.width, m.height = w, h; m.clamp() }

// leadRow is the cursor position of the greeting lead, after the levels.
func (m *PlanSettings) leadRow() int { return len(model.Levels()) }

// workdaysRow is the cursor position of the working-day setting, after the holidays.
func (m *PlanSettings) workdaysRow() int { return m.leadRow() + 1 + len(m.holidays) }

// rows is how many positions the cursor can take.
func (m *PlanSettings) rows() int { return m.workdaysRow() + 1 }

func (m *PlanSettings) clamp() {
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

func (m *PlanSettings) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	k, fk, c := m.c.Keys, m.c.FollowUpKeys(), m.c
	switch msg := msg.(type) {
	case planSettingsLoadedMsg:
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			m.plans, m.lead, m.holidays, m.workdays = msg.plans, msg.lead, msg.holidays, msg.workdays
		}
		m.clamp()
		return m, nil
	case tea.MouseMsg:
		m.cursor += kit.WheelStep(msg)
		m.clamp()
		return m, nil
	case tea.KeyMsg:
		if !m.loaded || m.err != nil {
			return m, nil
		}
		if cur, moved := k.Step(msg, m.cursor, m.height, m.rows()); moved {
			m.cursor = cur
			m.clamp()
			return m, nil
		}
		switch {
		case key.Matches(msg, fk.Edit):
			switch {
			case m.cursor < m.leadRow():
				l := model.Levels()[m.cursor].Code
				return m, kit.OpenForm(forms.LevelPlan(c, l, m.plans[l]))
			case m.cursor == m.leadRow():
				return m, kit.OpenForm(forms.Lead(c, m.lead))
			case m.cursor == m.workdaysRow():
				return m, kit.SetPlanWorkingDays(c.Store, !m.workdays)
			}
			return m, kit.OpenForm(forms.Holiday(c, m.holidays, m.cursor-m.leadRow()-1))
		case key.Matches(msg, fk.AddHoliday):
			return m, kit.OpenForm(forms.Holiday(c, m.holidays, -1))
		case key.Matches(msg, fk.DeleteHoliday):
			at := m.cursor - m.leadRow() - 1
			if at < 0 || at >= len(m.holidays) {
				return m, kit.StatusCmd(c.T(kit.Texts.Errors.DeleteOnlyHolidays), true)
			}
			m.removed = append([]model.Holiday(nil), m.holidays...)
			next := append(append([]model.Holiday(nil), m.holidays[:at]...), m.holidays[at+1:]...)
			return m, kit.SetHolidays(c.Store, next, kit.Texts.Saved.HolidayRemoved)
		case key.Matches(msg, fk.Undo):
			if m.removed == nil {
				return m, kit.StatusCmd(c.T(kit.Texts.Errors.NothingToUndo), true)
			}
			back := m.removed
			m.removed = nil
			return m, kit.SetHolidays(c.Store, back, kit.Texts.Saved.HolidayBack)
		}
		m.clamp()
	}
	return m, nil
}

// layout lays out the page: each line's text, and the line of each cursor position.
func (m *PlanSettings) layout() (lines []string, rowOf []int) {
	if !m.loaded || m.err != nil {
		return nil, nil
	}
	c, st := m.c, m.c.Styles
	nameW := 12
	colW := max(min((m.width-nameW-6)/2, 24), 8)
	row := func(mark bool, name, a, b string) string {
		prefix := "  "
		if mark {
			prefix = "▸ "
		}
		line := prefix + kit.Fit(name, nameW) + " " + a
		if b != "" {
			line = prefix + kit.Fit(name, nameW) + " " + kit.Fit(a, colW) + " " + b
		}
		line = kit.Fit(line, m.width)
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
		return wording.Every(n, c.Lang)
	}
	add(st.Section.Render(c.T(kit.Texts.PlanSettings.Plans)), false)
	add(st.Dim.Render(kit.Fit("  "+kit.Fit(c.T(kit.Texts.Columns.Level), nameW)+" "+kit.Fit(c.T(kit.Texts.PlanSettings.Visit), colW)+" "+c.T(kit.Texts.PlanSettings.Call), m.width)), false)
	for i, l := range model.Levels() {
		p := m.plans[l.Code]
		add(row(m.cursor == i, l.Name.In(c.Lang), every(p.VisitEveryDays), every(p.CallEveryDays)), true)
	}
	add(st.Dim.Render(kit.Fit("  "+c.T(kit.Texts.PlanSettings.OwnPlan), m.width)), false)
	add("", false)
	add(st.Section.Render(c.T(kit.Texts.PlanSettings.Greetings)), false)
	add(row(m.cursor == m.leadRow(), c.T(kit.Texts.PlanSettings.Lead), fmt.Sprintf(c.T(kit.Texts.PlanSettings.LeadDays), m.lead), ""), true)
	add("", false)
	add(st.Section.Render(c.T(kit.Texts.PlanSettings.Holidays)), false)
	for i, h := range m.holidays {
		var days []string
		for _, d := range h.Days {
			if d.Y == 0 {
				days = append(days, fmt.Sprintf(c.T(kit.Texts.PlanSettings.Yearly), d.Text(c.Lang)))
			} else {
				days = append(days, d.String())
			}
		}
		add(row(m.cursor == m.leadRow()+1+i, model.SanitizeLine(h.Name.In(c.Lang)), strings.Join(days, c.T(kit.Texts.PlanSettings.Sep)), ""), true)
	}
	if len(m.holidays) == 0 {
		add(st.Dim.Render(kit.Fit("  "+c.T(kit.Texts.PlanSettings.NoHolidays), m.width)), false)
	}
	if last := model.HolidaysLastListed(m.holidays); last > 0 {
		for _, l := range kit.Wrap(fmt.Sprintf(c.T(kit.Texts.PlanSettings.LunarUntil), last), m.width-2) {
			add(st.Dim.Render("  "+l), false)
		}
	}
	add("", false)
	add(st.Section.Render(c.T(kit.Texts.PlanSettings.Workdays)), false)
	state := c.T(kit.Texts.PlanSettings.WorkdaysOff)
	if m.workdays {
		state = c.T(kit.Texts.PlanSettings.WorkdaysOn)
	}
	add(row(m.cursor == m.workdaysRow(), c.T(kit.Texts.PlanSettings.PlanDays), state, ""), true)
	return lines, rowOf
}

func (m *PlanSettings) View() string {
	c, st := m.c, m.c.Styles
	switch {
	case m.err != nil:
		return st.Error.Render(c.ErrSentence(m.err, kit.Texts.Errors.Load))
	case !m.loaded:
		return st.Dim.Render(c.T(kit.Texts.List.Loading))
	}
	lines, _ := m.layout()
	end := min(m.offset+m.height, len(lines))
	return strings.Join(lines[m.offset:end], "\n")
}

func (m *PlanSettings) ShortHelp() []key.Binding {
	k, fk := m.c.Keys, m.c.FollowUpKeys()
	return []key.Binding{fk.Edit, fk.AddHoliday, fk.DeleteHoliday, fk.Undo, k.Back, k.Help}
}

func (m *PlanSettings) FullHelp() [][]key.Binding {
	k, fk := m.c.Keys, m.c.FollowUpKeys()
	return [][]key.Binding{
		k.StepKeys(),
		{fk.Edit, fk.AddHoliday, fk.DeleteHoliday, fk.Undo, k.Back},
	}
}
