package detail

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// interactionsShown is how many logged contacts, the latest, the detail keeps of a customer.
const interactionsShown = 200

// loadDetail reads a customer's whole archive in one transaction (Store.Archive, which guanxi show
// reads too), so its parts agree with each other even while another program writes.
func loadDetail(s *store.Store, id int64) tea.Cmd {
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		a, err := s.Archive(ctx, id)
		if err != nil {
			return kit.DetailLoadedMsg{ID: id, Err: err}
		}
		// Done reminders too: one marked done by mistake is opened again from the archive.
		d := kit.CustomerDetail{Customer: a.Customer, Contacts: a.Contacts, Tags: a.Tags,
			Interactions: a.Interactions[:min(len(a.Interactions), interactionsShown)], Deals: a.Deals,
			Reminders: a.Reminders, Referred: a.Referred, Complaints: a.Complaints, Payments: a.Payments,
			Plans: a.Plans, Levels: a.LevelChanges}
		return kit.DetailLoadedMsg{ID: id, Detail: d}
	})
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
	return kit.WithTimeout(func(ctx context.Context) tea.Msg {
		cl, err := s.Classify(ctx, id)
		if err != nil {
			return classesLoadedMsg{id: id, err: err}
		}
		if changed, err := s.ApplyAutoLevel(ctx, id); err == nil && changed {
			return kit.SavedMsg{What: kit.Texts.Saved.LevelAuto, CustomerID: id}
		}
		return classesLoadedMsg{id: id, cl: cl}
	})
}
