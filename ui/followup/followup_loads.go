package followup

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// planSettingsLoadedMsg brings what the plan settings screen shows.
type planSettingsLoadedMsg struct {
	plans    map[model.Level]model.VisitPlan
	lead     int
	holidays []model.Holiday
	workdays bool
	err      error
}

func loadPlanSettings(s *store.Store) tea.Cmd {
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		var m planSettingsLoadedMsg
		if m.plans, m.err = s.Plans(ctx); m.err != nil {
			return m
		}
		if m.lead, m.err = s.GreetingLeadDays(ctx); m.err != nil {
			return m
		}
		if m.workdays, m.err = s.PlanWorkingDays(ctx); m.err != nil {
			return m
		}
		m.holidays, m.err = s.Holidays(ctx)
		return m
	})
}
