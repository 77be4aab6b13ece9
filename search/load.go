package search

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"unsafe"

	"guanxi/model"
	"guanxi/store"
)

// Load reads every customer of the book into a new index, then orders it by next due date, the
// list's first order. It reads the customers, their contacts and their personality types at once,
// on several connections. A large book takes a good part of a second, so the list shows a first page
// from SQL before (see store.ListCustomers) and calls this in the background.
func Load(ctx context.Context, s *store.Store) (*Index, error) {
	// The version is read first: a change committed while the rest is read makes the index look
	// out of date at once, and it is read again.
	version, err := s.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	first, last, err := s.CustomerIDRange(ctx)
	if err != nil {
		return nil, err
	}
	// The customers are read in two halves of their ids, on two connections, beside their types and
	// contacts: on two processors the index is there in about half the time.
	bounds := halves(first, last)
	parts := make([]*loading, len(bounds)-1)
	errs := make([]error, len(parts)+3)
	var types []idTypes
	var contacts []idText
	var short map[int64]string
	var wg sync.WaitGroup
	wg.Add(len(parts) + 3)
	go func() { defer wg.Done(); types, errs[0] = readTypes(ctx, s, nil) }()
	go func() { defer wg.Done(); contacts, errs[1] = readContacts(ctx, s, nil, nil) }()
	go func() { defer wg.Done(); short, errs[2] = s.SearchShortNames(ctx) }()
	for p := range parts {
		go func() { defer wg.Done(); parts[p], errs[3+p] = readCustomers(ctx, s, bounds[p], bounds[p+1], nil) }()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	ix := finish(version, parts, types, contacts)
	ix.short = short
	return ix, nil
}

// halves splits the ids first to last into two ranges, bounds[0] up to bounds[1] and on up to
// bounds[2] (not included).
func halves(first, last int64) []int64 {
	return []int64{first, (first + last + 1) / 2, last + 1}
}

// idText is one text of a customer's record, read in customer order.
type idText struct {
	customer int64
	text     string
}

// idTypes is the personality type codes of one customer, read in customer order.
type idTypes struct {
	customer int64
	codes    []string
}

// readTypes reads the personality type codes of every customer and their contacts, in customer
// order; when ids is not nil, of those customers only.
func readTypes(ctx context.Context, s *store.Store, ids []int64) ([]idTypes, error) {
	var out []idTypes
	row := 0
	err := s.EachSearchTypesOf(ctx, ids, func(id int64, codes []string) {
		yield(row)
		row++
		out = append(out, idTypes{id, codes})
	})
	return out, err
}

// readContacts reads each contact person's name and phone digits as folded fields of the
// customer's hay, in customer order; when keep is not nil, only the contacts whose fields it keeps,
// of those the filter lets through (nil: all).
func readContacts(ctx context.Context, s *store.Store, filter *store.SearchContactFilter, keep func(fields []byte) bool) ([]idText, error) {
	var out []idText
	var buf []byte
	row := 0
	err := s.EachSearchContact(ctx, filter, func(id int64, name, phone string) {
		yield(row)
		row++
		buf = appendField(buf[:0], model.NormalizeQuery(name))
		if phone != "" {
			buf = appendField(buf, model.NormalizePhone(phone))
		}
		if keep == nil || keep(buf) {
			out = append(out, idText{id, string(buf)})
		}
	})
	return out, err
}

// loading is an index being read: the texts are gathered end to end and cut into strings once.
type loading struct {
	entries []indexEntry
	text    []byte  // names, companies and name keys, one after another
	textAt  []int32 // for entry i: name text[textAt[3i]:textAt[3i+1]], company up to [3i+2], key up to [3i+3]
	hay     []byte
	hayAt   []int32
	// inHay says where in entry i's part of the hay its name and its company are, when they are
	// there as they are written (as Chinese text mostly is): the index keeps them once; -1 when not.
	inHay []int32
	codes []string
}

// readCustomers reads the customers with ids from to to in id order. Their other fields come from
// the search column, which holds them lower-cased with the phone as digits, separated by U+001F;
// each is folded here as queries are. The search column starts with the name, which is written
// first anyway.
func readCustomers(ctx context.Context, s *store.Store, from, to int64, ids []int64) (*loading, error) {
	n := int(min(to-from, 1<<20)) + 16 // ids are nearly dense: room for them all
	if ids != nil {
		n = len(ids)
	}
	// Room for the texts of a usual customer (a name key is 70-100 bytes, the folded fields about
	// 130): growing a buffer leaves the old one to the collector, which the peak of a large book's
	// load feels.
	l := &loading{entries: make([]indexEntry, 0, n), text: make([]byte, 0, n*96), textAt: make([]int32, 1, 3*n+1),
		hay: make([]byte, 0, n*128), hayAt: make([]int32, 1, n+1), inHay: make([]int32, 0, 2*n)}
	codes := map[string]uint8{}
	code := func(s string) uint8 {
		c, ok := codes[s]
		if !ok {
			if len(l.codes) == 255 {
				return 255 // more codes than a book has: the rest read as unknown
			}
			c = uint8(len(l.codes))
			codes[s] = c
			l.codes = append(l.codes, s)
		}
		return c
	}
	row := 0
	err := s.EachSearchCustomer(ctx, from, to, ids, func(r *store.SearchRow) {
		yield(row)
		row++
		e := indexEntry{id: r.ID, total: r.OrderTotal}
		name, company, key, search := r.Name, r.Company, r.NameKey, r.Search
		e.level, e.stage = code(r.Level), code(r.Stage)
		e.last, e.next = packDate(r.LastContactOn), packDate(r.NextDueOn)
		start := len(l.hay)
		folded := model.NormalizeQuery(name)
		l.hay = append(append(l.hay, folded...), '\n')
		for first := true; search != ""; first = false {
			field := search
			if k := strings.IndexByte(search, 0x1f); k >= 0 {
				field, search = search[:k], search[k+1:]
			} else {
				search = ""
			}
			field = model.NormalizeQuery(field)
			if field == folded && (first || field != "") {
				continue // the name, and a company of the same name, are there once
			}
			l.hay = appendField(l.hay, field)
		}
		own := l.hay[start:]
		nameAt, companyAt := int32(-1), int32(-1)
		if folded == name {
			nameAt = 0
		}
		switch {
		case company == "" || model.NormalizeQuery(company) != company:
		case company == folded:
			companyAt = 0
		default:
			if k := bytes.Index(own[len(folded):], []byte("\n"+company+"\n")); k >= 0 {
				companyAt = int32(len(folded) + k + 1)
			}
		}
		l.inHay = append(l.inHay, nameAt, companyAt)
		if nameAt < 0 {
			l.text = append(l.text, name...)
		}
		l.textAt = append(l.textAt, int32(len(l.text)))
		if companyAt < 0 {
			l.text = append(l.text, company...)
		}
		l.textAt = append(l.textAt, int32(len(l.text)))
		l.text = append(l.text, key...)
		l.textAt = append(l.textAt, int32(len(l.text)))
		l.hayAt = append(l.hayAt, int32(len(l.hay)))
		l.entries = append(l.entries, e)
	})
	if cap(l.text) > len(l.text)+len(l.text)/8 {
		l.text = append([]byte(nil), l.text...) // the name keys stay in it: no room held for nothing
	}
	return l, err
}

// finish lays the texts of the parts (read in id order, one after another) out in the index's one
// block and joins the personality types and the contacts (both in customer order) to their
// customers. Each part's hay is let go as soon as it is in the block, the block becomes the index's
// string without a copy, and the name keys are left where they were read, so no text is held twice
// but while a part's hay is moved.
func finish(version int64, parts []*loading, types []idTypes, contacts []idText) *Index {
	n, size := 0, 0
	for _, l := range parts {
		n += len(l.entries)
		size += len(l.hay)
		for j := range l.entries { // the names and companies not in the hay
			at := l.textAt[3*j : 3*j+3]
			size += int(at[2] - at[0])
		}
	}
	for _, c := range contacts {
		size += len(c.text)
	}
	ix := &Index{version: version, entries: make([]indexEntry, 0, n), hayAt: make([]int32, 1, n+1),
		nameAt: make([]int32, 0, n), typeSets: [][]string{nil}}
	sets := map[*string]uint32{} // the store hands customers with the same types one slice
	codes := map[string]uint8{}
	block := make([]byte, 0, size)
	// First the hay of every entry, with its contacts.
	for _, l := range parts {
		recode := make([]uint8, len(l.codes)) // the part's code numbers in the index's table
		for c, code := range l.codes {
			k, ok := codes[code]
			if !ok && len(ix.codes) < 255 {
				k = uint8(len(ix.codes))
				codes[code] = k
				ix.codes = append(ix.codes, code)
			}
			recode[c] = k
		}
		for j, e := range l.entries {
			e.level, e.stage = recode[e.level], recode[e.stage]
			own := l.hay[l.hayAt[j]:l.hayAt[j+1]]
			base := int32(len(block))
			ix.nameAt = append(ix.nameAt, base+int32(bytes.IndexByte(own, '\n')))
			if at := l.inHay[2*j]; at >= 0 {
				e.nameAt, e.nameLen = base+at, int32(bytes.IndexByte(own, '\n'))-at
			}
			if at := l.inHay[2*j+1]; at >= 0 {
				e.companyAt, e.companyLen = base+at, int32(bytes.IndexByte(own[at:], '\n'))
			}
			block = append(block, own...)
			for len(contacts) > 0 && contacts[0].customer < e.id {
				contacts = contacts[1:]
			}
			for ; len(contacts) > 0 && contacts[0].customer == e.id; contacts = contacts[1:] {
				block = append(block, contacts[0].text...)
			}
			ix.hayAt = append(ix.hayAt, int32(len(block)))

			for len(types) > 0 && types[0].customer < e.id {
				types = types[1:]
			}
			if len(types) > 0 && types[0].customer == e.id && len(types[0].codes) > 0 {
				set, ok := sets[&types[0].codes[0]]
				if !ok {
					set = uint32(len(ix.typeSets))
					sets[&types[0].codes[0]] = set
					ix.typeSets = append(ix.typeSets, types[0].codes)
				}
				e.types = set
			}
			ix.entries = append(ix.entries, e)
		}
		l.hay, l.hayAt = nil, nil
	}
	// Then the names and companies not in the hay as they are written. The name keys stay where
	// the part read them: each key holds its own text, which nothing else refers to.
	keyText := make([]string, 0, n)
	i := 0
	for p, l := range parts {
		var text string
		if len(l.text) > 0 {
			text = unsafe.String(unsafe.SliceData(l.text), len(l.text)) // never written again
		}
		for j := range l.entries {
			e := &ix.entries[i]
			at := l.textAt[3*j : 3*j+4]
			if l.inHay[2*j] < 0 {
				e.nameAt, e.nameLen = int32(len(block)), at[1]-at[0]
				block = append(block, text[at[0]:at[1]]...)
			}
			if l.inHay[2*j+1] < 0 {
				e.companyAt, e.companyLen = int32(len(block)), at[2]-at[1]
				block = append(block, text[at[1]:at[2]]...)
			}
			keyText = append(keyText, text[at[2]:at[3]])
			i++
		}
		parts[p] = nil
	}
	if len(block) > 0 {
		ix.hay = unsafe.String(unsafe.SliceData(block), len(block)) // block is never written again
	}
	keys := make([]model.NameKey, n)
	for i := range ix.entries {
		k, err := model.ParseNameKey(keyText[i])
		if err != nil {
			k = model.MakeNameKey(ix.name(i)) // a key written by other rules: rebuilt, not refused
		}
		keys[i] = k
	}
	ix.keys = model.NewKeySet(keys)
	ix.total = len(ix.entries)
	ix.orders = make(map[store.SortKey]*sortOrder, len(store.SortKeys))
	for _, k := range store.SortKeys {
		ix.orders[k] = &sortOrder{key: k}
	}
	ix.order(store.SortNextDue)
	return ix
}

// appendField appends a folded field and the newline that ends it; an empty field adds nothing.
func appendField(buf []byte, field string) []byte {
	if field == "" {
		return buf
	}
	buf = append(buf, field...)
	return append(buf, '\n')
}
