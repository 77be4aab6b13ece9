package search

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"unicode"

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
func loadFor(ctx context.Context, s *store.Store, text string) (*Index, []int64, error) {
	t := newTextTest(text)
	if t == nil {
		notes, err := s.SearchNotes(ctx, text)
		if err != nil {
			return nil, nil, err
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
	errs := make([]error, len(found)+3)
	var notes []int64
	var contacts []idText
	total := 0
	keys, contactsMay := t.keyFilter(), t.contactFilter()
	var wg sync.WaitGroup
	wg.Add(len(found) + 3)
	go func() {
		defer wg.Done()
		notes, errs[0] = s.SearchNotes(ctx, text)
	}()
	go func() { defer wg.Done(); contacts, errs[1] = readContacts(ctx, s, contactsMay, t.holdsBytes) }()
	go func() { defer wg.Done(); total, errs[2] = s.CountCustomers(ctx) }()
	for p := range found {
		go func() {
			defer wg.Done()
			row := 0
			errs[3+p] = s.EachSearchKey(ctx, bounds[p], bounds[p+1], keys, func(id int64, key, search string) {
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
	// Only the customers found are read whole, with their personality types.
	var part *loading
	var types []idTypes
	var short map[int64]string
	errs = errs[:3]
	wg.Add(3)
	go func() { defer wg.Done(); part, errs[0] = readCustomers(ctx, s, first, last+1, ids) }()
	go func() { defer wg.Done(); types, errs[1] = readTypes(ctx, s, ids) }()
	go func() { defer wg.Done(); short, errs[2] = s.SearchShortNames(ctx) }()
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	ix := finish(version, []*loading{part}, types, contacts)
	ix.total = total
	ix.short = short
	return ix, notes, nil
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

// keyFilter is what a customer's stored name key or search column must hold for the search to find
// them (see finds): the key every character of the query, for a key is folded and a match of it is
// made of its alternatives; the search column every character of the query, or of its phone
// digits, in one of the forms that fold to it.
func (t *textTest) keyFilter() *store.SearchKeyFilter {
	f := &store.SearchKeyFilter{KeyVersion: model.NameKey{}.String()}
	for r := range runesOf(t.query.String()) {
		f.Key = append(f.Key, []string{string(r)})
	}
	for _, n := range t.needle {
		f.Search = append(f.Search, holdsFolded(n))
	}
	return f
}

// contactFilter is what a contact's name or phone must hold for the search to find them (see
// readContacts): the name every character of the query, or of its phone digits, in one of the forms
// that fold to it; the phone every digit of a query of digits alone.
func (t *textTest) contactFilter() *store.SearchContactFilter {
	f := &store.SearchContactFilter{}
	for _, n := range t.needle {
		f.Name = append(f.Name, holdsFolded(n))
		if strings.Trim(n, "0123456789") == "" {
			f.Phone = append(f.Phone, holdsFolded(n))
		}
	}
	return f
}

// runesOf yields each character of s once.
func runesOf(s string) func(func(rune) bool) {
	return func(yield func(rune) bool) {
		seen := map[rune]bool{}
		for _, r := range s {
			if !seen[r] {
				seen[r] = true
				if !yield(r) {
					return
				}
			}
		}
	}
}

// holdsFolded is the test that a text holds, for every character of needle (folded), one of the
// characters that fold to it (model.NormalizeQuery): itself, its other cases and their full-width
// forms. A text whose folding holds needle passes it.
func holdsFolded(needle string) store.SearchHolds {
	var h store.SearchHolds
	for r := range runesOf(needle) {
		var cands []rune
		for c := r; ; {
			cands = append(cands, c)
			if c = unicode.SimpleFold(c); c == r {
				break
			}
		}
		cands = append(cands, unicode.ToUpper(r), unicode.ToTitle(r))
		if r == 'i' {
			cands = append(cands, 'İ') // lower-cased to i, though not a simple fold of it
		}
		for _, c := range cands {
			if c > ' ' && c < 0x7f {
				cands = append(cands, c+0xFEE0) // its full-width form
			}
		}
		set := []string{}
		for _, c := range cands {
			if model.NormalizeQuery(string(c)) == string(r) && !slices.Contains(set, string(c)) {
				set = append(set, string(c))
			}
		}
		h = append(h, set)
	}
	return h
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
