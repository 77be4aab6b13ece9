package search

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"

	"guanxi/model"
	"guanxi/store"
)

// loadFor reads into a new index only the customers a search of text finds, for a search that is
// asked once (see Customers), and returns with it the customers whose notes or logged contacts
// hold text (store.SearchNotes). Building the index of the whole book would fold every field of
// every customer and sort them all; here each customer's stored name key and search column are
// read and tested as the index would test them, in the book's two halves at once beside the notes,
// and only the customers found are read whole. The index is the whole index's search narrowed:
// each customer it holds is as the whole index holds them, so Search finds the same customers,
// with the same ranks, in the same order (an order between two customers depends on them alone).
// An empty text finds everyone: the whole book is read.
func loadFor(ctx context.Context, s *store.Store, text string, withNotes bool) (*Index, []int64, error) {
	t := newTextTest(text)
	if t == nil {
		var notes []int64
		if withNotes {
			var err error
			if notes, err = s.SearchNotes(ctx, text); err != nil {
				return nil, nil, err
			}
		}
		ix, err := Load(ctx, s)
		return ix, notes, err
	}
	version, err := s.DataVersion(ctx)
	if err != nil {
		return nil, nil, err
	}
	first, last, err := s.CustomerIDRange(ctx)
	if err != nil {
		return nil, nil, err
	}
	bounds := halves(first, last)
	found := make([][]int64, len(bounds)-1)
	errs := make([]error, len(found)+4)
	var notes []int64
	var types []idTypes
	var contacts []idText
	total := 0
	var wg sync.WaitGroup
	wg.Add(len(found) + 4)
	go func() {
		defer wg.Done()
		if withNotes {
			notes, errs[0] = s.SearchNotes(ctx, text)
		}
	}()
	go func() { defer wg.Done(); types, errs[1] = readTypes(ctx, s) }()
	go func() { defer wg.Done(); contacts, errs[2] = readContacts(ctx, s, t.holdsBytes) }()
	go func() { defer wg.Done(); total, errs[3] = s.CountCustomers(ctx) }()
	for p := range found {
		go func() {
			defer wg.Done()
			row := 0
			errs[4+p] = s.EachSearchKey(ctx, bounds[p], bounds[p+1], func(id int64, key, search string) {
				yield(row)
				row++
				if t.finds(key, search) {
					found[p] = append(found[p], id)
				}
			})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	// Customers found by a contact or in their notes are read too: the search puts them among
	// the others.
	ids := append(make([]int64, 0, len(contacts)+len(notes)), slices.Concat(found...)...) // not nil: nil reads everyone
	for _, c := range contacts {
		ids = append(ids, c.customer)
	}
	ids = append(ids, notes...)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	part, err := readCustomers(ctx, s, first, last+1, ids)
	if err != nil {
		return nil, nil, err
	}
	short, err := s.SearchShortNames(ctx)
	if err != nil {
		return nil, nil, err
	}
	ix := finish(version, []*loading{part}, types, contacts)
	ix.total, ix.partial = total, true
	ix.short = short
	return ix, notes, nil
}

// Narrowed reads into a new index only the customers a search of text finds (see loadFor), for a
// list that answers what is typed before the index of the whole book is loaded: searched for
// text, it finds what the whole index finds, with the same ranks and in the same order, so the
// rows stay where they are when the whole index takes over. Notes and logged contacts are not
// searched; the index is Partial.
func Narrowed(ctx context.Context, s *store.Store, text string) (*Index, error) {
	ix, _, err := loadFor(ctx, s, text, false)
	return ix, err
}

// textTest tells whether a customer's own fields, or a contact's, hold a query: the test of the
// whole index, asked of one customer.
type textTest struct {
	query  model.SearchQuery
	needle []string // the folded query, and its phone digits when it reads as a phone number
}

// newTextTest returns the test of a search of text; nil for a text that finds everyone.
func newTextTest(text string) *textTest {
	t := &textTest{query: model.NewSearchQuery(text)}
	if t.query.Empty() {
		return nil
	}
	t.needle = []string{t.query.String()}
	if phone, ok := model.PhoneQuery(text); ok && phone != t.query.String() {
		t.needle = append(t.needle, phone)
	}
	return t
}

// finds tells whether the search finds the customer of a stored name key and search column: the
// query matches the name's key, or a field of the search column, folded as the index folds it,
// holds the query or its phone digits. A key the index would rebuild from the name is taken as a
// match, and the customer read whole: the index tests them.
func (t *textTest) finds(key, search string) bool {
	k, err := model.ParseNameKey(key)
	if err != nil {
		return true
	}
	if _, ok := t.query.Match(k); ok {
		return true
	}
	for rest := search; ; {
		field, more, cut := strings.Cut(rest, "\x1f")
		if t.holds(model.NormalizeQuery(field)) {
			return true
		}
		if !cut {
			return false
		}
		rest = more
	}
}

// holds tells whether folded text holds the query or its phone digits.
func (t *textTest) holds(folded string) bool {
	for _, n := range t.needle {
		if strings.Contains(folded, n) {
			return true
		}
	}
	return false
}

// holdsBytes is holds of a text being built.
func (t *textTest) holdsBytes(folded []byte) bool {
	for _, n := range t.needle {
		if bytes.Contains(folded, []byte(n)) {
			return true
		}
	}
	return false
}
