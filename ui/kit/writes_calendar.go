package kit

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/store"
)

// SetPlanWorkingDays turns moving planned visits and calls to working days on or off.
func SetPlanWorkingDays(s *store.Store, on bool) tea.Cmd {
	return Save(Texts.Saved.Workdays, 0, func(ctx context.Context) error { return s.SetPlanWorkingDays(ctx, on) })
}
