package analysis

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
)

// Screen is the analysis tab (客户分析): value classes with the Pareto curve, counts by
// level, stage and relation, old customers, the dormant and the lost, the top ten of two years,
// large customers buying one or two products, money owed by age, and repeated complaints. It is
// one scrolling page; the rows that name a customer are a cursor's stops, and enter opens them.
// The page is laid out when the report or the width changes, never per frame.
type Screen struct {
	c      *kit.Common
	R      *model.Report
	Seq    int // number of the newest load asked for
	loaded bool
	err    error
	Lines  []string
	links  []int64 // the customer of each line, 0 for none
	Stops  []int   // the lines with a customer, in order
	Cursor int     // index into stops; -1 before a customer is chosen
	scroll int
	width  int
	height int
}

// AnalysisLoadedMsg brings the report of the load numbered seq.
type AnalysisLoadedMsg struct {
	Seq int
	R   *model.Report
	err error
}

func New(c *kit.Common) *Screen { return &Screen{c: c, Cursor: -1} }

func (m *Screen) Title() string { return m.c.T(kit.Texts.Views.Analysis) }
func (m *Screen) Typing() bool  { return false }

func (m *Screen) Reload() tea.Cmd {
	m.Seq++
	return loadAnalysis(m.c.Store, m.Seq)
}

func (m *Screen) SetSize(w, h int) {
	if w != m.width {
		m.width = w
		m.build()
	}
	m.height = h
	m.follow()
}

func (m *Screen) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	k, ck := m.c.Keys, m.c.ClassKeys()
	switch msg := msg.(type) {
	case AnalysisLoadedMsg:
		if msg.Seq != m.Seq {
			return m, nil // an older load: a newer one is on its way
		}
		m.loaded, m.err = true, msg.err
		if msg.err == nil {
			keep := m.Selected()
			m.R = msg.R
			m.build()
			m.Cursor = -1
			for i, line := range m.Stops {
				if keep != 0 && m.links[line] == keep {
					m.Cursor = i
					break
				}
			}
			m.follow()
		}
		return m, nil
	case tea.MouseMsg:
		if n := kit.WheelStep(msg); n != 0 {
			m.scrollBy(n)
		}
		return m, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			m.Step(-1)
		case key.Matches(msg, k.Down):
			m.Step(1)
		case key.Matches(msg, k.PageUp):
			m.scrollBy(-(m.height - 1))
		case key.Matches(msg, k.PageDown):
			m.scrollBy(m.height - 1)
		case key.Matches(msg, k.Top):
			m.scroll, m.Cursor = 0, -1
		case key.Matches(msg, k.Bottom):
			m.scroll = len(m.Lines)
			m.Cursor = len(m.Stops) - 1
			m.ClampScroll()
		case key.Matches(msg, k.Open):
			if id := m.Selected(); id != 0 {
				return m, kit.Navigate(kit.PageDetail, id)
			}
		case key.Matches(msg, ck.Thresholds):
			return m, forms.OpenThresholds(m.c)
		}
	}
	return m, nil
}

// Selected is the customer under the cursor, or 0.
func (m *Screen) Selected() int64 {
	if m.Cursor < 0 || m.Cursor >= len(m.Stops) {
		return 0
	}
	return m.links[m.Stops[m.Cursor]]
}

// inView tells whether a line of the page is on the screen.
func (m *Screen) inView(line int) bool { return line >= m.scroll && line < m.scroll+m.height }

// Step moves the cursor to the next or previous customer. The first step chooses the first
// customer in view going down (the last going up); with none in view, the page scrolls a line.
func (m *Screen) Step(d int) {
	if m.Cursor < 0 {
		for i := range m.Stops {
			j := i
			if d < 0 {
				j = len(m.Stops) - 1 - i
			}
			if m.inView(m.Stops[j]) {
				m.Cursor = j
				return
			}
		}
		m.scrollBy(d)
		return
	}
	m.Cursor = max(0, min(m.Cursor+d, len(m.Stops)-1))
	m.follow()
}

// scrollBy scrolls the page; a cursor that leaves the screen is let go.
func (m *Screen) scrollBy(d int) {
	m.scroll += d
	m.ClampScroll()
	if m.Cursor >= 0 && !m.inView(m.Stops[m.Cursor]) {
		m.Cursor = -1
	}
}

// follow scrolls so the cursor's line is in view, with its section heading when it fits.
func (m *Screen) follow() {
	if m.Cursor >= 0 && m.Cursor < len(m.Stops) {
		line := m.Stops[m.Cursor]
		if line < m.scroll {
			m.scroll = max(line-2, 0)
		}
		if line >= m.scroll+m.height {
			m.scroll = line - m.height + 1
		}
	}
	m.ClampScroll()
}

func (m *Screen) ClampScroll() {
	m.scroll = max(0, min(m.scroll, len(m.Lines)-m.height))
}

func (m *Screen) View() string {
	st := m.c.Styles
	switch {
	case !m.loaded:
		return st.Dim.Render(m.c.T(kit.Texts.Analysis.Loading))
	case m.err != nil:
		return st.Error.Render(m.c.ErrSentence(m.err, kit.Texts.Errors.Load))
	}
	end := min(m.scroll+m.height, len(m.Lines))
	var b strings.Builder
	cur := -1
	if m.Cursor >= 0 && m.Cursor < len(m.Stops) {
		cur = m.Stops[m.Cursor]
	}
	for i := m.scroll; i < end; i++ {
		if i > m.scroll {
			b.WriteByte('\n')
		}
		if i == cur {
			b.WriteString(st.Selected.Render("▸" + strings.TrimPrefix(m.Lines[i], " ")))
			continue
		}
		b.WriteString(m.Lines[i])
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
func (m *Screen) build() {
	m.Lines, m.links, m.Stops = nil, nil, nil
	if m.R == nil || m.width == 0 {
		return
	}
	c, st, r := m.c, m.c.Styles, m.R
	cs := r.Settings
	w := m.width - 1
	p := &page{}
	section := func(title string) {
		if len(p.lines) > 0 {
			p.add("")
		}
		p.add(st.Section.Render(kit.Fit(title, w)))
	}
	p.add(st.Title.Render(kit.Fit(fmt.Sprintf(c.T(kit.Texts.Analysis.Head), r.Today, r.Customers, cs.PeriodText().In(c.Lang), r.Revenue.Short()), w)))

	// A class's count of customers is as wide as the widest (80000 位 in a large book), and the
	// bars give way to it. Value classes and the Pareto curve share one bar width, so they read as
	// one chart.
	people := func(n int) string { return fmt.Sprintf(c.T(kit.Texts.Analysis.People), n) }
	peopleW := 6
	for _, a := range r.ABC {
		peopleW = max(peopleW, kit.Width(people(a.Customers)))
	}
	barW := max(min(w-28-peopleW, 50), 8)
	section(fmt.Sprintf(c.T(kit.Texts.Analysis.Abc), cs.Get("a_percent"), cs.Get("b_percent")))
	for _, a := range r.ABC {
		share := pctOf(float64(a.Revenue), float64(r.Revenue))
		p.add(" " + kit.Fit(c.CodeName(model.ABCCodes, a.Class), 8) + kit.FitRight(people(a.Customers), peopleW) + " " +
			kit.FitRight(a.Revenue.Short(), 10) + " " + st.OK.Render(kit.Fit(BlockBar(share/100, barW), barW)) + kit.FitRight(fmt.Sprintf("%.1f%%", share), 7))
	}
	p.add(" " + st.Dim.Render(c.T(kit.Texts.Analysis.Pareto)))
	for _, pt := range r.Pareto {
		p.add(" " + kit.Fit(kit.FitRight(fmt.Sprintf(c.T(kit.Texts.Analysis.Top), pt.CustomerPct), 14), 25) + " " +
			st.Upcoming.Render(kit.Fit(BlockBar(pt.RevenuePct/100, barW), barW)) + kit.FitRight(fmt.Sprintf("%.1f%%", pt.RevenuePct), 7))
	}

	counts := func(title string, list []model.Code, rows []model.CodeCount) {
		section(title)
		for _, row := range rows {
			p.add(" " + kit.Fit(c.CodeName(list, row.Code), 14) + kit.FitRight(fmt.Sprint(row.Count), 6) + "  " +
				st.Badge.Render(BlockBar(pctOf(float64(row.Count), float64(r.Customers))/100, barW)))
		}
	}
	counts(c.T(kit.Texts.Analysis.Levels), model.LevelCodes(), r.Levels)
	counts(c.T(kit.Texts.Analysis.Stages), model.Stages, r.Stages)
	counts(c.T(kit.Texts.Analysis.Relations), model.Relations, r.Rels)

	t := r.Tenure
	tenureW := max(8, kit.Width(people(max(t.Old, t.New, t.None))))
	section(fmt.Sprintf(c.T(kit.Texts.Analysis.Tenure), cs.OldAfterDays))
	for _, row := range []struct {
		label string
		n     int
		rev   model.Money
		show  bool
	}{{c.T(kit.Texts.Analysis.Old), t.Old, t.OldRevenue, true}, {c.T(kit.Texts.Analysis.New), t.New, t.NewRevenue, true}, {c.T(kit.Texts.Analysis.None), t.None, 0, false}} {
		line := " " + kit.Fit(row.label, 12) + kit.FitRight(people(row.n), tenureW)
		if row.show {
			share := pctOf(float64(row.rev), float64(r.Revenue))
			line += "  " + kit.FitRight(row.rev.Short(), 10) + "  " + fmt.Sprintf(c.T(kit.Texts.Analysis.OfRevenue), share)
		}
		p.add(line)
	}

	m.refs(p, section, fmt.Sprintf(c.T(kit.Texts.Analysis.Dormant), cs.DormantAfterDays, r.Dormant.Count), r.Dormant, func(ref model.CustomerRef) string {
		return c.T(kit.Texts.Analysis.Orders) + ref.Amount.Short()
	})
	m.refs(p, section, fmt.Sprintf(c.T(kit.Texts.Analysis.Lost), cs.LostAfterDays, r.Lost.Count), r.Lost, func(ref model.CustomerRef) string {
		return c.T(kit.Texts.Analysis.Orders) + ref.Amount.Short()
	})

	m.tops(p, section)

	m.refs(p, section, fmt.Sprintf(c.T(kit.Texts.Analysis.Few), r.FewAmong, r.Few.Count), r.Few, func(ref model.CustomerRef) string {
		return fmt.Sprintf(c.TN(kit.Texts.Analysis.Products, ref.Count), ref.Count) + "  " + ref.Amount.Short()
	})

	var owed model.Money
	for _, b := range r.Owed {
		owed += b.Amount
	}
	section(fmt.Sprintf(c.T(kit.Texts.Analysis.Owed), owed.Short()))
	for i, b := range r.Owed {
		p.add(" " + kit.Fit(model.AgeBuckets[i].In(c.Lang), 12) + kit.FitRight(b.Amount.Short(), 10) + kit.FitRight(fmt.Sprintf(c.TN(kit.Texts.Analysis.Deals, b.Deals), b.Deals), 8) + "  " +
			st.Overdue.Render(BlockBar(pctOf(float64(b.Amount), float64(owed))/100, barW)))
	}
	var owing []string
	for _, o := range r.Owing {
		owing = append(owing, kit.FitRight(o.Amount.Short(), 10)+"  "+fmt.Sprintf(c.T(kit.Texts.Analysis.Since), o.Day))
	}
	figW := widest(owing)
	for i, o := range r.Owing {
		p.link(o.ID, m.refLine(o, owing[i], figW))
	}

	m.refs(p, section, fmt.Sprintf(c.T(kit.Texts.Analysis.Complained), r.Plaints.Count), r.Plaints, func(ref model.CustomerRef) string {
		return fmt.Sprintf(c.TN(kit.Texts.Analysis.Times, ref.Count), ref.Count) + "  " + c.T(kit.Texts.Analysis.Orders) + ref.Amount.Short()
	})
	p.add("")
	p.add(st.Dim.Render(kit.Fit(c.T(kit.Texts.Analysis.Keys), w)))

	m.Lines, m.links = p.lines, p.links
	for i, id := range m.links {
		if id != 0 {
			m.Stops = append(m.Stops, i)
		}
	}
	m.Cursor = min(m.Cursor, len(m.Stops)-1)
}

// refs writes a section of customers, each a stop of the cursor, with the figure that put them there.
func (m *Screen) refs(p *page, section func(string), title string, list model.RefList, figure func(model.CustomerRef) string) {
	section(title)
	if len(list.Rows) == 0 {
		p.add(" " + m.c.Styles.Dim.Render(m.c.T(kit.Texts.Analysis.Nobody)))
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
		p.add(" " + m.c.Styles.Dim.Render(fmt.Sprintf(m.c.T(kit.Texts.Analysis.More), more)))
	}
}

// refLine is one customer's row: name (and company when it differs), level, and the figures in a
// column figW cells wide at the right edge, all measured in cells.
func (m *Screen) refLine(ref model.CustomerRef, figures string, figW int) string {
	w := m.width - 1
	name := model.SanitizeLine(ref.Name)
	if ref.Company != "" && ref.Company != ref.Name {
		name += " · " + model.SanitizeLine(ref.Company)
	}
	level := m.c.CodeName(model.LevelCodes(), string(ref.Level))
	nameW := max(w-2-figW-12, 8)
	return "  " + kit.Fit(name, nameW) + " " + kit.Fit(level, 10) + " " + kit.FitRight(figures, max(w-2-nameW-12, 1))
}

// widest is the width in cells of the widest text.
func widest(texts []string) int {
	n := 0
	for _, t := range texts {
		n = max(n, kit.Width(t))
	}
	return n
}

// tops writes this year's top ten beside last year's: is last year's largest still large?
func (m *Screen) tops(p *page, section func(string)) {
	c, r := m.c, m.R
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
	}{{fmt.Sprintf(c.T(kit.Texts.Analysis.TopLast), last, this), r.Top.LastYear}, {fmt.Sprintf(c.T(kit.Texts.Analysis.TopThis), this, last), r.Top.This}} {
		section(part.title)
		if len(part.rows) == 0 {
			p.add(" " + c.Styles.Dim.Render(c.T(kit.Texts.Analysis.NoDeals)))
			continue
		}
		figs := make([]string, len(part.rows))
		for i, row := range part.rows {
			figs[i] = fmt.Sprintf("%d %s %s  %d %s %s", last, kit.FitRight(row.LastYear.Short(), 9), rank(row.LastRank),
				this, kit.FitRight(row.ThisYear.Short(), 9), rank(row.ThisRank))
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

// BlockBar draws a share from 0 to 1 as a bar of width cells in block characters, eighths included.
func BlockBar(share float64, width int) string {
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

func (m *Screen) ShortHelp() []key.Binding {
	k, ck := m.c.Keys, m.c.ClassKeys()
	return []key.Binding{k.Open, ck.Thresholds, k.SwitchView, k.Help, k.Quit}
}

func (m *Screen) FullHelp() [][]key.Binding {
	k, ck := m.c.Keys, m.c.ClassKeys()
	return [][]key.Binding{
		k.StepKeys(),
		{k.Open, ck.Thresholds},
	}
}
