package analysis

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// loadAnalysis computes the analysis; when the user has the level rules run by themselves, they
// run first, so the counts by level are current.
func loadAnalysis(s *store.Store, seq int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		if cs, err := s.ClassSettings(ctx); err == nil && cs.AutoApply {
			if _, err := s.ApplyLevelRules(ctx, model.LevelByAuto); err != nil {
				return AnalysisLoadedMsg{Seq: seq, err: err}
			}
		}
		r, err := s.Analysis(ctx)
		return AnalysisLoadedMsg{Seq: seq, R: r, err: err}
	}
}
