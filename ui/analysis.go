package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// analysisScreen is the analysis tab (客户分析): value classes with the Pareto curve, counts by
// level, stage and relation, old customers, the dormant and the lost, the top ten of two years,
// large customers buying one or two products, money owed by age, and repeated complaints. It is
// one scrolling page; the rows that name a customer are a cursor's stops, and enter opens them.
// The page is laid out when the report or the width changes, never per frame.
type analysisScreen struct {
	c      *common
	r      *model.Report
	seq    int // number of the newest load asked for
	loaded bool
	err    error
	lines  []string
	links  []int64 // the customer of each line, 0 for none
	stops  []int   // the lines with a customer, in order
	cursor int     // index into stops; -1 before a customer is chosen
	scroll int
	width  int
	height int
}

// analysisLoadedMsg brings the report of the load numbered seq.
type analysisLoadedMsg struct {
	seq int
	r   *model.Report
	err error
}

func newAnalysisScreen(c *common) *analysisScreen { return &analysisScreen{c: c, cursor: -1} }

func (m *analysisScreen) Title() string { return m.c.t("view.analysis") }
func (m *analysisScreen) Typing() bool  { return false }

func (m *analysisScreen) Reload() tea.Cmd {
	m.seq++
	return loadAnalysis(m.c.store, m.seq)
}

func (m *analysisScreen) SetSize(w, h int) {
	if w != m.width {
		m.width = w
		m.build()
	}
	m.height = h
	m.follow()
}

func (m *analysisScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	k, ck := m.c.keys, m.c.clsKeys()
	switch msg := msg.(type) {
	case analysisLoadedMsg:
		if msg.seq != m.seq {
			return m, nil // an older load: a newer one is on its way
		}
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			keep := m.selected()
			m.r = msg.r
			m.build()
			m.cursor = -1
			for i, line := range m.stops {
				if keep != 0 && m.links[line] == keep {
					m.cursor = i
					break
				}
			}
			m.follow()
		}
		return m, nil
	case tea.MouseMsg:
		if n := wheelStep(msg); n != 0 {
			m.scrollBy(n)
		}
		return m, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			m.step(-1)
		case key.Matches(msg, k.Down):
			m.step(1)
		case key.Matches(msg, k.PageUp):
			m.scrollBy(-(m.height - 1))
		case key.Matches(msg, k.PageDown):
			m.scrollBy(m.height - 1)
		case key.Matches(msg, k.Top):
			m.scroll, m.cursor = 0, -1
		case key.Matches(msg, k.Bottom):
			m.scroll = len(m.lines)
			m.cursor = len(m.stops) - 1
			m.clampScroll()
		case key.Matches(msg, k.Open):
			if id := m.selected(); id != 0 {
				return m, func() tea.Msg { return openCustomerMsg{id} }
			}
		case key.Matches(msg, ck.Thresholds):
			return m, openThresholdsForm(m.c)
		}
	}
	return m, nil
}

// selected is the customer under the cursor, or 0.
func (m *analysisScreen) selected() int64 {
	if m.cursor < 0 || m.cursor >= len(m.stops) {
		return 0
	}
	return m.links[m.stops[m.cursor]]
}

// inView tells whether a line of the page is on the screen.
func (m *analysisScreen) inView(line int) bool { return line >= m.scroll && line < m.scroll+m.height }

// step moves the cursor to the next or previous customer. The first step chooses the first
// customer in view going down (the last going up); with none in view, the page scrolls a line.
func (m *analysisScreen) step(d int) {
	if m.cursor < 0 {
		for i := range m.stops {
			j := i
			if d < 0 {
				j = len(m.stops) - 1 - i
			}
			if m.inView(m.stops[j]) {
				m.cursor = j
				return
			}
		}
		m.scrollBy(d)
		return
	}
	m.cursor = max(0, min(m.cursor+d, len(m.stops)-1))
	m.follow()
}

// scrollBy scrolls the page; a cursor that leaves the screen is let go.
func (m *analysisScreen) scrollBy(d int) {
	m.scroll += d
	m.clampScroll()
	if m.cursor >= 0 && !m.inView(m.stops[m.cursor]) {
		m.cursor = -1
	}
}

// follow scrolls so the cursor's line is in view, with its section heading when it fits.
func (m *analysisScreen) follow() {
	if m.cursor >= 0 && m.cursor < len(m.stops) {
		line := m.stops[m.cursor]
		if line < m.scroll {
			m.scroll = max(line-2, 0)
		}
		if line >= m.scroll+m.height {
			m.scroll = line - m.height + 1
		}
	}
	m.clampScroll()
}

func (m *analysisScreen) clampScroll() {
	m.scroll = max(0, min(m.scroll, len(m.lines)-m.height))
}

func (m *analysisScreen) View() string {
	st := m.c.st
	switch {
	case !m.loaded:
		return st.Dim.Render(m.c.t("an.loading"))
	case m.err != nil:
		return st.Error.Render(model.SanitizeLine(m.c.errSentence(m.err, "err.load")))
	}
	end := min(m.scroll+m.height, len(m.lines))
	var b strings.Builder
	cur := -1
	if m.cursor >= 0 && m.cursor < len(m.stops) {
		cur = m.stops[m.cursor]
	}
	for i := m.scroll; i < end; i++ {
		if i > m.scroll {
			b.WriteByte('\n')
		}
		if i == cur {
			b.WriteString(st.Selected.Render("▸" + strings.TrimPrefix(m.lines[i], " ")))
			continue
		}
		b.WriteString(m.lines[i])
	}
	return b.String()
}

// page collects the lines of the analysis and the customer each names.
type page struct {
	lines []string
	links []int64
}

func (p *page) add(line string) { p.lines, p.links = append(p.lines, line), append(p.links, 0) }
func (p *page) link(id int64, line string) {
	p.lines, p.links = append(p.lines, line), append(p.links, id)
}

// build lays out the whole report at the current width.
func (m *analysisScreen) build() {
	m.lines, m.links, m.stops = nil, nil, nil
	if m.r == nil || m.width == 0 {
		return
	}
	c, st, r := m.c, m.c.st, m.r
	cs := r.Settings
	w := m.width - 1
	p := &page{}
	section := func(title string) {
		if len(p.lines) > 0 {
			p.add("")
		}
		p.add(st.Section.Render(fit(title, w)))
	}
	p.add(st.Title.Render(fit(fmt.Sprintf(c.t("an.head"), r.Today, r.Customers, cs.PeriodText().In(c.lang), r.Revenue.Short()), w)))

	// Value classes and the Pareto curve share one bar width, so they read as one chart.
	barW := max(min(w-34, 50), 8)
	section(fmt.Sprintf(c.t("an.abc"), cs.Get("a_percent"), cs.Get("b_percent")))
	for _, a := range r.ABC {
		share := pctOf(float64(a.Revenue), float64(r.Revenue))
		p.add(" " + fit(c.codeName(model.ABCCodes, a.Class), 8) + fitRight(fmt.Sprintf(c.t("an.people"), a.Customers), 6) + " " +
			fitRight(a.Revenue.Short(), 10) + " " + st.OK.Render(fit(blockBar(share/100, barW), barW)) + fitRight(fmt.Sprintf("%.1f%%", share), 7))
	}
	p.add(" " + st.Dim.Render(c.t("an.pareto")))
	for _, pt := range r.Pareto {
		p.add(" " + fit(fitRight(fmt.Sprintf(c.t("an.top"), pt.CustomerPct), 14), 25) + " " +
			st.Upcoming.Render(fit(blockBar(pt.RevenuePct/100, barW), barW)) + fitRight(fmt.Sprintf("%.1f%%", pt.RevenuePct), 7))
	}

	counts := func(title string, list []model.Code, rows []model.CodeCount) {
		section(title)
		for _, row := range rows {
			p.add(" " + fit(c.codeName(list, row.Code), 14) + fitRight(fmt.Sprint(row.Count), 6) + "  " +
				st.Badge.Render(blockBar(pctOf(float64(row.Count), float64(r.Customers))/100, barW)))
		}
	}
	counts(c.t("an.levels"), model.LevelCodes, r.Levels)
	counts(c.t("an.stages"), model.Stages, r.Stages)
	counts(c.t("an.relations"), model.Relations, r.Rels)

	t := r.Tenure
	section(fmt.Sprintf(c.t("an.tenure"), cs.OldAfterDays))
	for _, row := range []struct {
		label string
		n     int
		rev   model.Money
		show  bool
	}{{c.t("an.old"), t.Old, t.OldRevenue, true}, {c.t("an.new"), t.New, t.NewRevenue, true}, {c.t("an.none"), t.None, 0, false}} {
		line := " " + fit(row.label, 12) + fitRight(fmt.Sprintf(c.t("an.people"), row.n), 8)
		if row.show {
			share := pctOf(float64(row.rev), float64(r.Revenue))
			line += "  " + fitRight(row.rev.Short(), 10) + "  " + fmt.Sprintf(c.t("an.ofRevenue"), share)
		}
		p.add(line)
	}

	m.refs(p, section, fmt.Sprintf(c.t("an.dormant"), cs.DormantAfterDays, r.Dormant.Count), r.Dormant, func(ref model.CustomerRef) string {
		return c.t("an.orders") + ref.Amount.Short()
	})
	m.refs(p, section, fmt.Sprintf(c.t("an.lost"), cs.LostAfterDays, r.Lost.Count), r.Lost, func(ref model.CustomerRef) string {
		return c.t("an.orders") + ref.Amount.Short()
	})

	m.tops(p, section)

	m.refs(p, section, fmt.Sprintf(c.t("an.few"), r.FewAmong, r.Few.Count), r.Few, func(ref model.CustomerRef) string {
		return fmt.Sprintf(c.tn("an.products", ref.Count), ref.Count) + "  " + ref.Amount.Short()
	})

	var owed model.Money
	for _, b := range r.Owed {
		owed += b.Amount
	}
	section(fmt.Sprintf(c.t("an.owed"), owed.Short()))
	for i, b := range r.Owed {
		p.add(" " + fit(model.AgeBuckets[i].In(c.lang), 12) + fitRight(b.Amount.Short(), 10) + fitRight(fmt.Sprintf(c.tn("an.deals", b.Deals), b.Deals), 8) + "  " +
			st.Overdue.Render(blockBar(pctOf(float64(b.Amount), float64(owed))/100, barW)))
	}
	var owing []string
	for _, o := range r.Owing {
		owing = append(owing, fitRight(o.Amount.Short(), 10)+"  "+fmt.Sprintf(c.t("an.since"), o.Day))
	}
	figW := widest(owing)
	for i, o := range r.Owing {
		p.link(o.ID, m.refLine(o, owing[i], figW))
	}

	m.refs(p, section, fmt.Sprintf(c.t("an.complained"), r.Plaints.Count), r.Plaints, func(ref model.CustomerRef) string {
		return fmt.Sprintf(c.tn("an.times", ref.Count), ref.Count) + "  " + c.t("an.orders") + ref.Amount.Short()
	})
	p.add("")
	p.add(st.Dim.Render(fit(c.t("an.keys"), w)))

	m.lines, m.links = p.lines, p.links
	for i, id := range m.links {
		if id != 0 {
			m.stops = append(m.stops, i)
		}
	}
	m.cursor = min(m.cursor, len(m.stops)-1)
}

// refs writes a section of customers, each a stop of the cursor, with the figure that put them there.
func (m *analysisScreen) refs(p *page, section func(string), title string, list model.RefList, figure func(model.CustomerRef) string) {
	section(title)
	if len(list.Rows) == 0 {
		p.add(" " + m.c.st.Dim.Render(m.c.t("an.nobody")))
		return
	}
	figs := make([]string, len(list.Rows))
	for i, ref := range list.Rows {
		figs[i] = figure(ref)
	}
	figW := widest(figs)
	for i, ref := range list.Rows {
		p.link(ref.ID, m.refLine(ref, figs[i], figW))
	}
	if more := list.Count - len(list.Rows); more > 0 {
		p.add(" " + m.c.st.Dim.Render(fmt.Sprintf(m.c.t("an.more"), more)))
	}
}

// refLine is one customer's row: name (and company when it differs), level, and the figures in a
// column figW cells wide at the right edge, all measured in cells.
func (m *analysisScreen) refLine(ref model.CustomerRef, figures string, figW int) string {
	w := m.width - 1
	name := model.SanitizeLine(ref.Name)
	if ref.Company != "" && ref.Company != ref.Name {
		name += " · " + model.SanitizeLine(ref.Company)
	}
	level := m.c.codeName(model.LevelCodes, string(ref.Level))
	nameW := max(w-2-figW-12, 8)
	return "  " + fit(name, nameW) + " " + fit(level, 10) + " " + fitRight(figures, max(w-2-nameW-12, 1))
}

// widest is the width in cells of the widest text.
func widest(texts []string) int {
	n := 0
	for _, t := range texts {
		n = max(n, width(t))
	}
	return n
}

// tops writes this year's top ten beside last year's: is last year's largest still large?
func (m *analysisScreen) tops(p *page, section func(string)) {
	c, r := m.c, m.r
	this, last := r.Top.ThisYear, r.Top.ThisYear-1
	rank := func(n int) string {
		if n == 0 {
			return "  —"
		}
		return fmt.Sprintf("#%-2d", n)
	}
	for _, part := range []struct {
		title string
		rows  []model.TopRow
	}{{fmt.Sprintf(c.t("an.topLast"), last, this), r.Top.LastYear}, {fmt.Sprintf(c.t("an.topThis"), this, last), r.Top.This}} {
		section(part.title)
		if len(part.rows) == 0 {
			p.add(" " + c.st.Dim.Render(c.t("an.noDeals")))
			continue
		}
		figs := make([]string, len(part.rows))
		for i, row := range part.rows {
			figs[i] = fmt.Sprintf("%d %s %s  %d %s %s", last, fitRight(row.LastYear.Short(), 9), rank(row.LastRank),
				this, fitRight(row.ThisYear.Short(), 9), rank(row.ThisRank))
		}
		figW := widest(figs)
		for i, row := range part.rows {
			p.link(row.ID, m.refLine(row.CustomerRef, figs[i], figW))
		}
	}
}

func pctOf(part, whole float64) float64 {
	if whole <= 0 {
		return 0
	}
	return part * 100 / whole
}

// blockBar draws a share from 0 to 1 as a bar of width cells in block characters, eighths included.
func blockBar(share float64, width int) string {
	if !(share > 0) {
		return ""
	}
	eighths := int(min(share, 1)*float64(width*8) + 0.5)
	full, part := eighths/8, eighths%8
	bar := strings.Repeat("█", full)
	if part > 0 {
		bar += string([]rune("▏▎▍▌▋▊▉")[part-1])
	}
	return bar
}

func (m *analysisScreen) ShortHelp() []key.Binding {
	k, ck := m.c.keys, m.c.clsKeys()
	return []key.Binding{k.Open, ck.Thresholds, k.SwitchView, k.Help, k.Quit}
}

func (m *analysisScreen) FullHelp() [][]key.Binding {
	k, ck := m.c.keys, m.c.clsKeys()
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, ck.Thresholds},
	}
}
