package ui

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/store"
	"guanxi/ui/kit"
)

// setPlanWorkingDays turns moving planned visits and calls to working days on or off.
func setPlanWorkingDays(s *store.Store, on bool) tea.Cmd {
	return kit.Save("saved.workdays", 0, func(ctx context.Context) error { return s.SetPlanWorkingDays(ctx, on) })
}
