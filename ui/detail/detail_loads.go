package detail

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

func loadDetail(s *store.Store, id int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		var d kit.CustomerDetail
		var err error
		fail := func(err error) tea.Msg { return kit.DetailLoadedMsg{ID: id, Err: err} }
		if d.Customer, err = s.Customer(ctx, id); err != nil {
			return fail(err)
		}
		if d.Contacts, err = s.Contacts(ctx, id); err != nil {
			return fail(err)
		}
		if d.Tags, err = s.PersonTags(ctx, id); err != nil {
			return fail(err)
		}
		if d.Interactions, err = s.Interactions(ctx, id, 200); err != nil {
			return fail(err)
		}
		if d.Deals, err = s.Deals(ctx, id); err != nil {
			return fail(err)
		}
		// Done reminders too: one marked done by mistake is opened again from the archive.
		if d.Reminders, err = s.Reminders(ctx, id, false); err != nil {
			return fail(err)
		}
		if d.Referred, err = s.Referred(ctx, id); err != nil {
			return fail(err)
		}
		if d.Complaints, err = s.Complaints(ctx, id); err != nil {
			return fail(err)
		}
		if d.Payments, err = s.Payments(ctx, id); err != nil {
			return fail(err)
		}
		if d.Plans, err = s.Plans(ctx); err != nil {
			return fail(err)
		}
		if d.Levels, err = s.LevelChanges(ctx, id); err != nil {
			return fail(err)
		}
		return kit.DetailLoadedMsg{ID: id, Detail: d}
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
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		cl, err := s.Classify(ctx, id)
		if err != nil {
			return classesLoadedMsg{id: id, err: err}
		}
		if changed, err := s.ApplyAutoLevel(ctx, id); err == nil && changed {
			return kit.SavedMsg{What: kit.Texts.Saved.LevelAuto, CustomerID: id}
		}
		return classesLoadedMsg{id: id, cl: cl}
	}
}
