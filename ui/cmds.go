package ui

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/search"
	"guanxi/store"
)

// This file is the only place in ui that calls the store. Each function returns a tea.Cmd that
// captures the values it needs and answers with a typed message; Update never does I/O.

// loadTimeout bounds one read so a locked book shows an error instead of freezing the screen.
const loadTimeout = 10 * time.Second

// loadFirstPage reads a page of the list without counting the book, which at 100,000 customers
// takes longer than the page: the search index, loaded next, brings the count.
func loadFirstPage(s *store.Store, seq int, q store.ListQuery) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		rows, err := s.ListCustomers(ctx, q)
		return customersLoadedMsg{seq: seq, rows: rows, total: -1, err: err}
	}
}

// indexTimeout bounds reading the search index, which takes a good part of a second at 100,000
// customers.
const indexTimeout = time.Minute

// loadSearchIndex reads the book into a search index, or answers with old when the book has not
// changed since old was read.
func loadSearchIndex(s *store.Store, old *search.Index) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), indexTimeout)
		defer cancel()
		if old != nil {
			if v, err := s.DataVersion(ctx); err == nil && v == old.Version() {
				return indexLoadedMsg{ix: old}
			}
		}
		ix, err := search.Load(ctx, s)
		return indexLoadedMsg{ix: ix, err: err}
	}
}

// searchIndex answers a query from the index in memory, among the customers within (nil: all),
// looking only among those an earlier answer (prev) found when that is enough, with the place of
// the customer keepID in the answer (-1 when not found or not asked).
func searchIndex(ix *search.Index, prev search.Result, seq int, q store.ListQuery, within []int64, keepID int64) tea.Cmd {
	return func() tea.Msg {
		found := ix.SearchAfter(prev, q, within)
		cursor := -1
		if keepID != 0 {
			cursor = found.Find(keepID)
		}
		return searchDoneMsg{seq: seq, found: found, cursor: cursor}
	}
}

// searchBook answers a query typed before the search index is loaded from the book: the
// customers it finds, read into an index of their own (search.Narrowed), are searched as the whole
// index will search them, so the rows come in the order the whole index keeps. ctx is cancelled
// when the query changes; a cancelled or failed search answers nothing, and the index answers
// when it is loaded.
func searchBook(ctx context.Context, s *store.Store, seq int, q store.ListQuery, within []int64) tea.Cmd {
	return func() tea.Msg {
		ix, err := search.Narrowed(ctx, s, q.Text)
		if err != nil {
			return nil
		}
		return searchDoneMsg{seq: seq, found: ix.Search(q, within), cursor: -1}
	}
}

// searchNotes looks for text in notes and logged contacts and appends whom it finds to found; ctx
// is cancelled when the query changes.
func searchNotes(ctx context.Context, s *store.Store, seq int, found search.Result, text string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, loadTimeout)
		defer cancel()
		ids, err := s.SearchNotes(ctx, text)
		if err != nil {
			return notesFoundMsg{seq: seq, err: err}
		}
		return notesFoundMsg{seq: seq, found: found.WithNotes(ids)}
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
		// Done reminders too: one marked done by mistake is opened again from the archive.
		if d.reminders, err = s.Reminders(ctx, id, false); err != nil {
			return fail(err)
		}
		if d.referred, err = s.Referred(ctx, id); err != nil {
			return fail(err)
		}
		if d.complaints, err = s.Complaints(ctx, id); err != nil {
			return fail(err)
		}
		if d.payments, err = s.Payments(ctx, id); err != nil {
			return fail(err)
		}
		if d.plans, err = s.Plans(ctx); err != nil {
			return fail(err)
		}
		if d.levels, err = s.LevelChanges(ctx, id); err != nil {
			return fail(err)
		}
		return detailLoadedMsg{id: id, detail: d}
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
		return savedMsg{what: "saved.customer", customerID: c.ID, open: true}
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

func addDeal(s *store.Store, d model.Deal) tea.Cmd {
	return save("saved.deal", d.CustomerID, func(ctx context.Context) error { return s.AddDeal(ctx, &d) })
}

func addReminder(s *store.Store, r model.Reminder) tea.Cmd {
	return save("saved.reminder", r.CustomerID, func(ctx context.Context) error { return s.AddReminder(ctx, &r) })
}

func completeReminder(s *store.Store, id, customerID int64) tea.Cmd {
	return saveThen("saved.done", customerID, func(ctx context.Context) error { return s.CompleteReminder(ctx, id) },
		nextTurnOf(s, id))
}

func snoozeReminder(s *store.Store, id, customerID int64, to model.Date) tea.Cmd {
	return saveThen("saved.snoozed", customerID, func(ctx context.Context) error { return s.SnoozeReminder(ctx, id, to) },
		putOffTo(to))
}

func tagPerson(s *store.Store, t store.PersonTag) tea.Cmd {
	return save("saved.tag", t.CustomerID, func(ctx context.Context) error { return s.TagPerson(ctx, t) })
}

// untagPerson takes a type off a person; the store moves the tag's note into their notes.
func untagPerson(s *store.Store, t store.PersonTag) tea.Cmd {
	return save("saved.untag", t.CustomerID, func(ctx context.Context) error {
		return s.UntagPerson(ctx, t.CustomerID, t.ContactID, t.Type)
	})
}

// carriersShown is how many people who carry a type the catalog lists.
const carriersShown = 200

func loadCarriers(s *store.Store, code string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		people, total, err := s.TypeCarriers(ctx, code, carriersShown)
		return carriersLoadedMsg{code: code, carriers: people, total: total, err: err}
	}
}

// selectType answers with a message that puts the catalog's cursor on the type once it is listed.
func selectType(code string) tea.Cmd {
	return func() tea.Msg { return catalogSelectMsg{code} }
}

func addType(s *store.Store, t model.PersonalityType) tea.Cmd {
	return tea.Batch(save("saved.type", 0, func(ctx context.Context) error { return s.AddType(ctx, &t) }), selectType(t.Code))
}

func updateType(s *store.Store, t model.PersonalityType) tea.Cmd {
	return save("saved.type", 0, func(ctx context.Context) error { return s.UpdateType(ctx, t) })
}

func restoreType(s *store.Store, code string) tea.Cmd {
	return save("saved.typeRestored", 0, func(ctx context.Context) error {
		_, err := s.RestoreType(ctx, code)
		return err
	})
}

func removeType(s *store.Store, code string) tea.Cmd {
	return save("saved.typeRemoved", 0, func(ctx context.Context) error {
		_, err := s.RemoveType(ctx, code)
		return err
	})
}

func addTypology(s *store.Store, t model.Typology) tea.Cmd {
	return save("saved.typology", 0, func(ctx context.Context) error { return s.AddTypology(ctx, &t) })
}

func updateTypology(s *store.Store, t model.Typology) tea.Cmd {
	return save("saved.typology", 0, func(ctx context.Context) error { return s.UpdateTypology(ctx, t) })
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
			return statusMsg{text: c.errSentence(err, "err.load"), isErr: true}
		}
		contacts, err := s.Contacts(ctx, customerID)
		if err != nil {
			return statusMsg{text: c.errSentence(err, "err.load"), isErr: true}
		}
		return openFormMsg{tagForm(c, cu, contacts)}
	}
}

// trashCustomer moves a customer with all its records to the trash.
func trashCustomer(s *store.Store, id int64, name string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		if err := s.DeleteCustomer(ctx, id); err != nil {
			return saveFailedMsg{err: err}
		}
		return customerTrashedMsg{id: id, name: model.SanitizeLine(name)}
	}
}

// restoreCustomer brings a customer back from the trash.
func restoreCustomer(s *store.Store, id int64) tea.Cmd {
	return save("saved.restored", id, func(ctx context.Context) error { return s.RestoreCustomer(ctx, id) })
}
