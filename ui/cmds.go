package ui

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// This file is the only place in ui that calls the store. Each function returns a tea.Cmd that
// captures the values it needs and answers with a typed message; Update never does I/O.

// loadTimeout bounds one read so a locked book shows an error instead of freezing the screen.
const loadTimeout = 10 * time.Second

func loadCustomers(s *store.Store, seq int, q store.ListQuery) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		rows, err := s.ListCustomers(ctx, q)
		if err != nil {
			return customersLoadedMsg{seq: seq, err: err}
		}
		total, err := s.CountCustomers(ctx)
		return customersLoadedMsg{seq: seq, rows: rows, total: total, err: err}
	}
}

func loadDetail(s *store.Store, id int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		var d customerDetail
		var err error
		fail := func(err error) tea.Msg { return detailLoadedMsg{id: id, err: err} }
		if d.customer, err = s.Customer(ctx, id); err != nil {
			return fail(err)
		}
		if d.contacts, err = s.Contacts(ctx, id); err != nil {
			return fail(err)
		}
		if d.tags, err = s.PersonTags(ctx, id); err != nil {
			return fail(err)
		}
		if d.interactions, err = s.Interactions(ctx, id, 200); err != nil {
			return fail(err)
		}
		if d.deals, err = s.Deals(ctx, id); err != nil {
			return fail(err)
		}
		if d.reminders, err = s.Reminders(ctx, id, true); err != nil {
			return fail(err)
		}
		if d.plans, err = s.Plans(ctx); err != nil {
			return fail(err)
		}
		return detailLoadedMsg{id: id, detail: d}
	}
}

func loadChecklist(s *store.Store, today model.Date, days int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		items, err := s.Checklist(ctx, today, days)
		return checklistLoadedMsg{items: items, err: err}
	}
}

func loadCatalog(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		typologies, err := s.Typologies(ctx)
		if err != nil {
			return catalogLoadedMsg{err: err}
		}
		types, err := s.PersonalityTypes(ctx)
		return catalogLoadedMsg{typologies: typologies, types: types, err: err}
	}
}

// save runs one write and answers savedMsg or saveFailedMsg.
func save(what string, customerID int64, write func(ctx context.Context) error) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		if err := write(ctx); err != nil {
			return saveFailedMsg{err: err}
		}
		return savedMsg{what: what, customerID: customerID}
	}
}

func addCustomer(s *store.Store, c model.Customer) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		if err := s.AddCustomer(ctx, &c); err != nil {
			return saveFailedMsg{err: err}
		}
		return savedMsg{what: "saved.customer", customerID: c.ID}
	}
}

func updateCustomer(s *store.Store, c model.Customer) tea.Cmd {
	return save("saved.customer", c.ID, func(ctx context.Context) error { return s.UpdateCustomer(ctx, &c) })
}

func addContact(s *store.Store, c model.Contact) tea.Cmd {
	return save("saved.contact", c.CustomerID, func(ctx context.Context) error { return s.AddContact(ctx, &c) })
}

func updateContact(s *store.Store, c model.Contact) tea.Cmd {
	return save("saved.contact", c.CustomerID, func(ctx context.Context) error { return s.UpdateContact(ctx, &c) })
}

// logInteraction logs a contact and, when it answers a manual reminder, marks that done in the
// same step, so the checklist item leaves at once.
func logInteraction(s *store.Store, i model.Interaction, reminderID int64) tea.Cmd {
	return save("saved.log", i.CustomerID, func(ctx context.Context) error {
		if err := s.LogInteraction(ctx, &i); err != nil {
			return err
		}
		if reminderID != 0 {
			return s.CompleteReminder(ctx, reminderID)
		}
		return nil
	})
}

func addDeal(s *store.Store, d model.Deal) tea.Cmd {
	return save("saved.deal", d.CustomerID, func(ctx context.Context) error { return s.AddDeal(ctx, &d) })
}

func addReminder(s *store.Store, r model.Reminder) tea.Cmd {
	return save("saved.reminder", r.CustomerID, func(ctx context.Context) error { return s.AddReminder(ctx, &r) })
}

func completeReminder(s *store.Store, id, customerID int64) tea.Cmd {
	return save("saved.done", customerID, func(ctx context.Context) error { return s.CompleteReminder(ctx, id) })
}

func snoozeReminder(s *store.Store, id, customerID int64, to model.Date) tea.Cmd {
	return save("saved.snoozed", customerID, func(ctx context.Context) error { return s.SnoozeReminder(ctx, id, to) })
}

func tagPerson(s *store.Store, t store.PersonTag) tea.Cmd {
	return save("saved.tag", t.CustomerID, func(ctx context.Context) error { return s.TagPerson(ctx, t) })
}

func watchTick(every time.Duration) tea.Cmd {
	return tea.Tick(every, func(time.Time) tea.Msg { return watchTickMsg{} })
}

// checkBook asks SQLite whether another connection committed since last time.
func checkBook(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		v, err := s.DataVersion(ctx)
		if err != nil {
			return nil
		}
		return bookChangedMsg{version: v}
	}
}

// openTagForm reads the customer and their contacts, then opens the form that tags one of them
// with a personality type.
func openTagForm(c *common, customerID int64) tea.Cmd {
	s := c.store
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		cu, err := s.Customer(ctx, customerID)
		if err != nil {
			return statusMsg{text: tr("err.load", c.lang) + err.Error(), isErr: true}
		}
		contacts, err := s.Contacts(ctx, customerID)
		if err != nil {
			return statusMsg{text: tr("err.load", c.lang) + err.Error(), isErr: true}
		}
		return openFormMsg{tagForm(c, cu, contacts)}
	}
}
