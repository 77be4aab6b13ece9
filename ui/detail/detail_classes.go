package detail

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// The detail view's classification: every class of the customer with its reason, the level the
// rules suggest with a key to take it, and the level changes on the timeline. The classes are read
// by their own command after the archive, so the archive shows at once in a large book.

// detailClasses is what the detail view knows of the customer's classification.
type detailClasses struct {
	loaded bool
	cl     model.Classification
	err    error
}

// reloadWithClasses asks for the archive and the classification together.
func (m *Screen) reloadWithClasses() tea.Cmd {
	return tea.Batch(loadDetail(m.c.Store, m.ID), loadClasses(m.c.Store, m.ID))
}

// classesUpdate takes the classification when it arrives and the key that applies the suggested
// level; handled is false for anything else.
func (m *Screen) classesUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case classesLoadedMsg:
		if msg.id != m.ID {
			return nil, true
		}
		m.cls = detailClasses{loaded: true, cl: msg.cl, err: msg.err}
		m.build()
		m.ClampScroll()
		return nil, true
	case tea.KeyMsg:
		if !m.Loaded || m.Err != nil || !key.Matches(msg, m.c.ClassKeys().ApplyLevel) {
			return nil, false
		}
		sug := m.cls.cl.Suggestion
		switch {
		case !m.cls.loaded || m.cls.err != nil:
			return kit.StatusCmd(m.c.T(kit.Texts.Errors.NoClasses), true), true
		case !sug.Changes(m.D.Customer.Level):
			return kit.StatusCmd(m.c.T(kit.Texts.Errors.NoSuggestion), true), true
		}
		return kit.ApplySuggestedLevel(m.c.Store, m.ID), true
	}
	return nil, false
}

// classLines is the classification section: one line per class, its name and then why.
func (m *Screen) classLines(w int) []string {
	c, st := m.c, m.c.Styles
	out := []string{"", st.Section.Render(c.T(kit.Texts.Detail.Classes))}
	switch {
	case !m.cls.loaded:
		return append(out, " "+st.Dim.Render(c.T(kit.Texts.List.Loading)))
	case m.cls.err != nil:
		return append(out, " "+st.Error.Render(c.ErrSentence(m.cls.err, kit.Texts.Errors.Load)))
	}
	cl := m.cls.cl
	lw := 10
	row := func(label, name string, why model.Text) {
		for i, line := range kit.Wrap(name+" — "+why.In(c.Lang), max(w-lw-1, 10)) {
			if i == 0 {
				out = append(out, " "+st.Label.Render(kit.Fit(label, lw))+line)
			} else {
				out = append(out, " "+kit.Fit("", lw)+line)
			}
		}
	}
	row(c.T(kit.Texts.Classes.Abc), c.CodeName(model.ABCCodes, cl.ABC.Code), cl.ABC.Why)
	row(c.T(kit.Texts.Classes.Tenure), c.CodeName(model.TenureCodes, cl.Tenure.Code), cl.Tenure.Why)
	row(c.T(kit.Texts.Classes.Lapse), c.CodeName(model.LapseCodes, cl.Lapse.Code), cl.Lapse.Why)
	row(c.T(kit.Texts.Classes.Activity), c.CodeName(model.ActivityCodes, cl.Activity.Code), cl.Activity.Why)
	row(c.T(kit.Texts.Classes.Quadrant), c.CodeName(model.QuadrantCodes, cl.Quadrant.Code), cl.Quadrant.Why)
	sug := cl.Suggestion
	name := c.T(kit.Texts.Classes.NoSuggestion)
	if sug.Level != "" {
		name = c.CodeName(model.LevelCodes(), string(sug.Level))
	}
	row(c.T(kit.Texts.Classes.Suggested), name, sug.Why)
	if sug.Changes(m.D.Customer.Level) {
		out = append(out, " "+kit.Fit("", lw)+st.Focused.Render(fmt.Sprintf(c.T(kit.Texts.Classes.Take), c.CodeName(model.LevelCodes(), string(sug.Level)))))
	}
	return out
}

// timelineEntry is one dated entry of the timeline, as detail.go merges them.
type timelineEntry = struct {
	when  string
	lines []string
}

// levelEntries are the customer's level changes for the timeline, each with who made it and why.
func (m *Screen) levelEntries(w int) []timelineEntry {
	c, st := m.c, m.c.Styles
	var out []timelineEntry
	for _, lc := range m.D.Levels {
		when := lc.At.Format("2006-01-02 15:04")
		head := " " + when + "  " + st.Focused.Render(c.T(kit.Texts.Detail.LevelChange)) + "  " +
			c.CodeName(model.LevelCodes(), string(lc.From)) + " → " + c.CodeName(model.LevelCodes(), string(lc.To)) +
			" · " + c.CodeName(model.LevelSources, string(lc.Source))
		lines := []string{kit.Fit(head, w)}
		if why := lc.Why.In(c.Lang); why != "" {
			lines = append(lines, kit.Indent(kit.Wrap(why, w-4), "   ")...)
		}
		out = append(out, timelineEntry{when, lines})
	}
	return out
}
