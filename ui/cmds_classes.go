package ui

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// The store calls of classification, dynamic lists and the analysis. Like cmds.go, each returns a
// tea.Cmd that captures values and answers with a typed message; nothing else in ui calls the store.

// loadAnalysis computes the analysis; when the user has the level rules run by themselves, they
// run first (Store.ApplyAutoLevels, as before guanxi report), so the counts by level are current.
func loadAnalysis(s *store.Store, seq int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		if _, err := s.ApplyAutoLevels(ctx); err != nil {
			return analysisLoadedMsg{seq: seq, err: err}
		}
		r, err := s.Analysis(ctx)
		return analysisLoadedMsg{seq: seq, r: r, err: err}
	}
}

// autoApplyLevels runs the level rules once when the TUI starts, if the user turned that on; when
// any customer moved, the screens reload and the status line says so.
func autoApplyLevels(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		n, err := s.ApplyAutoLevels(ctx)
		switch {
		case err != nil:
			return saveFailedMsg{err: err}
		case n > 0:
			return savedMsg{what: "saved.levelsAuto"}
		}
		return nil
	}
}

// classesLoadedMsg brings one customer's classification for their detail view.
type classesLoadedMsg struct {
	id  int64
	cl  model.Classification
	err error
}

// loadClasses classifies one customer; with the rules set to run by themselves, a suggested level
// is taken at once (Store.ApplyAutoLevel, as before guanxi show) and the detail reloads.
func loadClasses(s *store.Store, id int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		cl, err := s.Classify(ctx, id)
		if err != nil {
			return classesLoadedMsg{id: id, err: err}
		}
		if changed, err := s.ApplyAutoLevel(ctx, id); err == nil && changed {
			return savedMsg{what: "saved.levelAuto", customerID: id}
		}
		return classesLoadedMsg{id: id, cl: cl}
	}
}

// applySuggestedLevel takes the level the rules suggest for a customer.
func applySuggestedLevel(s *store.Store, id int64) tea.Cmd {
	return save("saved.level", id, func(ctx context.Context) error {
		_, _, err := s.ApplySuggestedLevel(ctx, id, model.LevelByRule)
		return err
	})
}

// openThresholdsForm reads the thresholds, then opens the form that changes them.
func openThresholdsForm(c *common) tea.Cmd {
	s := c.store
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		cs, err := s.ClassSettings(ctx)
		if err != nil {
			return statusMsg{text: c.errSentence(err, "err.load"), isErr: true}
		}
		return openFormMsg{thresholdsForm(c, cs)}
	}
}

func saveThresholds(s *store.Store, cs model.ClassSettings) tea.Cmd {
	return save("saved.thresholds", 0, func(ctx context.Context) error { return s.SetClassSettings(ctx, cs) })
}

// segmentIDsMsg brings the customers a query of the list selects, for the query numbered seq.
type segmentIDsMsg struct {
	seq int
	ids []int64
	err error
}

// loadSegmentIDs finds the customers of a query, for the list to keep to.
func loadSegmentIDs(s *store.Store, seq int, q *model.Query) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		ids, err := s.QueryIDs(ctx, q)
		return segmentIDsMsg{seq: seq, ids: ids, err: err}
	}
}

// segmentRow is a saved list with how many customers it holds now (-1 while not counted).
type segmentRow struct {
	store.Segment
	count int
	err   error
}

// segmentsLoadedMsg brings the saved lists with their live counts.
type segmentsLoadedMsg struct {
	rows []segmentRow
	err  error
}

// loadSegments reads the saved lists and counts each one's customers now.
func loadSegments(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		segs, err := s.Segments(ctx)
		if err != nil {
			return segmentsLoadedMsg{err: err}
		}
		rows := make([]segmentRow, len(segs))
		for i, g := range segs {
			rows[i].Segment = g
			rows[i].count, rows[i].err = s.CountSegment(ctx, g.Name)
		}
		return segmentsLoadedMsg{rows: rows}
	}
}

// segmentSavedMsg says a list was saved under a name; the list view keeps to it.
type segmentSavedMsg struct {
	name, query string
}

func saveSegment(s *store.Store, name, query string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		if err := s.SaveSegment(ctx, name, query); err != nil {
			return saveFailedMsg{err: err}
		}
		return tea.Batch(func() tea.Msg { return savedMsg{what: "saved.segment"} },
			func() tea.Msg { return segmentSavedMsg{name: name, query: query} })()
	}
}

func deleteSegment(s *store.Store, name string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		if err := s.DeleteSegment(ctx, name); err != nil {
			return statusMsg{text: fmt.Sprint(err), isErr: true}
		}
		return segmentDeletedMsg{name: name}
	}
}

// segmentDeletedMsg says a saved list was deleted.
type segmentDeletedMsg struct{ name string }
