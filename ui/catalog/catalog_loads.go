package catalog

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/store"
	"guanxi/ui/kit"
)

// carriersShown is how many people who carry a type the catalog lists.
const carriersShown = 200

func loadCarriers(s *store.Store, code string) tea.Cmd {
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		people, total, err := s.TypeCarriers(ctx, code, carriersShown)
		return kit.CarriersLoadedMsg{Code: code, Carriers: people, Total: total, Err: err}
	})
}
