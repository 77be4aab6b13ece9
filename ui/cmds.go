package ui

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// This file is the only place in ui that calls the store. Each function returns a tea.Cmd that
// captures the values it needs and answers with a typed message; Update never does I/O.

// loadFirstPage reads a page of the list without counting the book, which at 100,000 customers
// takes longer than the page: the search index, loaded next, brings the count.
func loadFirstPage(s *store.Store, seq int, q store.ListQuery) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		rows, err := s.ListCustomers(ctx, q)
		return kit.CustomersLoadedMsg{Seq: seq, Rows: rows, Total: -1, Err: err}
	}
}

// indexTimeout bounds reading the search index, which takes a good part of a second at 100,000
// customers.
const indexTimeout = time.Minute

// loadSearchIndex reads the book into a search index, or answers with old when the book has not
// changed since old was read.
func loadSearchIndex(s *store.Store, old *store.SearchIndex) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), indexTimeout)
		defer cancel()
		if old != nil {
			if v, err := s.DataVersion(ctx); err == nil && v == old.Version() {
				return indexLoadedMsg{ix: old}
			}
		}
		ix, err := s.LoadSearchIndex(ctx)
		return indexLoadedMsg{ix: ix, err: err}
	}
}

// searchIndex answers a query from the index in memory, among the customers within (nil: all),
// looking only among those an earlier answer (prev) found when that is enough, with the place of
// the customer keepID in the answer (-1 when not found or not asked).
func searchIndex(ix *store.SearchIndex, prev store.SearchResult, seq int, q store.ListQuery, within []int64, keepID int64) tea.Cmd {
	return func() tea.Msg {
		found := ix.SearchAfter(prev, q, within)
		cursor := -1
		if keepID != 0 {
			cursor = found.Find(keepID)
		}
		return searchDoneMsg{seq: seq, found: found, cursor: cursor}
	}
}

// searchNotes looks for text in notes and logged contacts and appends whom it finds to found; ctx
// is cancelled when the query changes.
func searchNotes(ctx context.Context, s *store.Store, seq int, found store.SearchResult, text string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, kit.LoadTimeout)
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

// carriersShown is how many people who carry a type the catalog lists.
const carriersShown = 200

func loadCarriers(s *store.Store, code string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		people, total, err := s.TypeCarriers(ctx, code, carriersShown)
		return kit.CarriersLoadedMsg{Code: code, Carriers: people, Total: total, Err: err}
	}
}

// openTagForm reads the customer and their contacts, then opens the form that tags one of them
// with a personality type.
func openTagForm(c *kit.Common, customerID int64) tea.Cmd {
	s := c.Store
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		cu, err := s.Customer(ctx, customerID)
		if err != nil {
			return kit.StatusMsg{Text: kit.Tr("err.load", c.Lang) + err.Error(), IsErr: true}
		}
		contacts, err := s.Contacts(ctx, customerID)
		if err != nil {
			return kit.StatusMsg{Text: kit.Tr("err.load", c.Lang) + err.Error(), IsErr: true}
		}
		return kit.OpenFormMsg{Form: tagForm(c, cu, contacts)}
	}
}

// trashCustomer moves a customer with all its records to the trash.
func trashCustomer(s *store.Store, id int64, name string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), kit.LoadTimeout)
		defer cancel()
		if err := s.DeleteCustomer(ctx, id); err != nil {
			return kit.SaveFailedMsg{Err: err}
		}
		return customerTrashedMsg{id: id, name: model.SanitizeLine(name)}
	}
}
