package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
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
func (m *detailScreen) reloadWithClasses() tea.Cmd {
	return tea.Batch(loadDetail(m.c.store, m.id), loadClasses(m.c.store, m.id))
}

// classesUpdate takes the classification when it arrives and the key that applies the suggested
// level; handled is false for anything else.
func (m *detailScreen) classesUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case classesLoadedMsg:
		if msg.id != m.id {
			return nil, true
		}
		m.cls = detailClasses{loaded: true, cl: msg.cl, err: msg.err}
		m.build()
		m.clampScroll()
		return nil, true
	case tea.KeyMsg:
		if !m.loaded || m.err != nil || !key.Matches(msg, m.c.clsKeys().ApplyLevel) {
			return nil, false
		}
		sug := m.cls.cl.Suggestion
		switch {
		case !m.cls.loaded || m.cls.err != nil:
			return statusCmd(m.c.t("err.noClasses"), true), true
		case !sug.Changes(m.d.customer.Level):
			return statusCmd(m.c.t("err.noSuggestion"), true), true
		}
		return applySuggestedLevel(m.c.store, m.id), true
	}
	return nil, false
}

// classLines is the classification section: one line per class, its name and then why.
func (m *detailScreen) classLines(w int) []string {
	c, st := m.c, m.c.st
	out := []string{"", st.Section.Render(c.t("d.classes"))}
	switch {
	case !m.cls.loaded:
		return append(out, " "+st.Dim.Render(c.t("list.loading")))
	case m.cls.err != nil:
		return append(out, " "+st.Error.Render(model.SanitizeLine(c.errSentence(m.cls.err, "err.load"))))
	}
	cl := m.cls.cl
	lw := 10
	row := func(label, name string, why model.Text) {
		for i, line := range wrap(name+" — "+why.In(c.lang), max(w-lw-1, 10)) {
			if i == 0 {
				out = append(out, " "+st.Label.Render(fit(label, lw))+line)
			} else {
				out = append(out, " "+fit("", lw)+line)
			}
		}
	}
	row(c.t("cls.abc"), c.codeName(model.ABCCodes, cl.ABC.Code), cl.ABC.Why)
	row(c.t("cls.tenure"), c.codeName(model.TenureCodes, cl.Tenure.Code), cl.Tenure.Why)
	row(c.t("cls.lapse"), c.codeName(model.LapseCodes, cl.Lapse.Code), cl.Lapse.Why)
	row(c.t("cls.activity"), c.codeName(model.ActivityCodes, cl.Activity.Code), cl.Activity.Why)
	row(c.t("cls.quadrant"), c.codeName(model.QuadrantCodes, cl.Quadrant.Code), cl.Quadrant.Why)
	sug := cl.Suggestion
	name := c.t("cls.noSuggestion")
	if sug.Level != "" {
		name = c.codeName(model.LevelCodes, string(sug.Level))
	}
	row(c.t("cls.suggested"), name, sug.Why)
	if sug.Changes(m.d.customer.Level) {
		out = append(out, " "+fit("", lw)+st.Focused.Render(fmt.Sprintf(c.t("cls.take"), c.codeName(model.LevelCodes, string(sug.Level)))))
	}
	return out
}

// timelineEntry is one dated entry of the timeline, as detail.go merges them.
type timelineEntry = struct {
	when  string
	lines []string
}

// levelEntries are the customer's level changes for the timeline, each with who made it and why.
func (m *detailScreen) levelEntries(w int) []timelineEntry {
	c, st := m.c, m.c.st
	var out []timelineEntry
	for _, lc := range m.d.levels {
		when := lc.At.Format("2006-01-02 15:04")
		head := " " + when + "  " + st.Focused.Render(c.t("d.levelChange")) + "  " +
			c.codeName(model.LevelCodes, string(lc.From)) + " → " + c.codeName(model.LevelCodes, string(lc.To)) +
			" · " + c.codeName(model.LevelSources, string(lc.Source))
		lines := []string{fit(head, w)}
		if why := lc.Why.In(c.lang); why != "" {
			lines = append(lines, indent(wrap(why, w-4), "   ")...)
		}
		out = append(out, timelineEntry{when, lines})
	}
	return out
}
