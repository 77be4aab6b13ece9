package analysis

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/store"
	"guanxi/ui/kit"
)

// loadAnalysis computes the analysis; when the user has the level rules run by themselves, they
// run first (Store.ApplyAutoLevels, as before guanxi report), so the counts by level are current.
func loadAnalysis(s *store.Store, seq int) tea.Cmd {
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		if _, err := s.ApplyAutoLevels(ctx); err != nil {
			return AnalysisLoadedMsg{Seq: seq, err: err}
		}
		r, err := s.Analysis(ctx)
		return AnalysisLoadedMsg{Seq: seq, R: r, err: err}
	})
}
