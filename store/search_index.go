package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"time"

	"guanxi/model"
)

// SearchIndex is every customer of the book in the compact form the list needs: what a row shows
// and what a search matches, so each keystroke is answered from memory, never from SQLite. Notes
// and logged contacts stay in the book (see SearchNotes). An index is never changed once loaded —
// when the book changes the list loads a new one — so it is safe to search from several goroutines.
//
// The texts a search reads are laid out one after another in a few long strings, in id order, so a
// search walks memory front to back: the name keys, and the hay, where the name and every other
// field a search matches are folded as queries are (model.NormalizeQuery) and each ended by a
// newline, so that no match runs from one field, or one customer, into the next.
type SearchIndex struct {
	version int64         // the book's data version when the index was read
	entries []indexEntry  // in id order
	keys    *model.KeySet // key i is the name key of entries[i]; their texts lie end to end
	// hay holds each customer's name (always the first field, even when empty), company, phone
	// digits, email, WeChat, tags, region, industry, and their contacts' names and phone digits;
	// entry i's part is hay[hayAt[i]:hayAt[i+1]].
	hay    string
	hayAt  []int32
	nameAt []int32  // where the name field of entry i ends in hay (at its newline)
	codes  []string // the level and stage codes the entries hold
	byName nameOrder
	orders map[SortKey]*sortOrder // one per sort key, each computed on first use
	short  map[int64]string       // the companies' short names users gave, by customer
}

// indexEntry is what a row of the list shows of one customer.
type indexEntry struct {
	id      int64
	name    string
	company string
	types   []string   // personality type codes of the customer and their contacts
	level   uint8      // the level's code is codes[level]
	stage   uint8      // the stage's code is codes[stage]
	last    packedDate // last contact
	next    packedDate // next due
	total   model.Money
}

// packedDate is a calendar date in 32 bits (year<<9 | month<<5 | day), ordered as dates are; 0 is
// no date.
type packedDate uint32

func packDate(d model.Date) packedDate {
	if d.IsZero() {
		return 0
	}
	return packedDate(d.Y<<9 | int(d.M)<<5 | d.D)
}

func (p packedDate) date() model.Date {
	if p == 0 {
		return model.Date{}
	}
	return model.Date{Y: int(p >> 9), M: time.Month(p >> 5 & 15), D: int(p & 31)}
}

// Version is the book's data version (see DataVersion) when the index was read: when the book's
// version differs, the index is out of date.
func (ix *SearchIndex) Version() int64 { return ix.version }

// Len is how many customers the index holds (the trash not counted).
func (ix *SearchIndex) Len() int { return len(ix.entries) }

// LoadSearchIndex reads every customer into a new index, then orders it by next due date, the
// list's first order. It reads the customers, their contacts and their personality types at once,
// on several connections. A large book takes a good part of a second, so the list shows a first page
// from SQL before (see ListCustomers) and calls this in the background.
func (s *Store) LoadSearchIndex(ctx context.Context) (*SearchIndex, error) {
	// The version is read first: a change committed while the rest is read makes the index look
	// out of date at once, and it is read again.
	version, err := s.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	var first, last sql.NullInt64
	if err := s.db.QueryRowContext(ctx, "SELECT min(id), max(id) FROM customers").Scan(&first, &last); err != nil {
		return nil, fmt.Errorf("read customers for the search: %w", err)
	}
	// The customers are read in two halves of their ids, on two connections, beside their types and
	// contacts: on two processors the index is there in about half the time.
	mid := (first.Int64 + last.Int64 + 1) / 2
	bounds := []int64{first.Int64, mid, last.Int64 + 1}
	parts := make([]*loading, len(bounds)-1)
	errs := make([]error, len(parts)+3)
	var types, contacts []idText
	var short map[int64]string
	var wg sync.WaitGroup
	wg.Add(len(parts) + 3)
	go func() { defer wg.Done(); types, errs[0] = s.indexTypes(ctx) }()
	go func() { defer wg.Done(); contacts, errs[1] = s.indexContacts(ctx) }()
	go func() { defer wg.Done(); short, errs[2] = s.indexShortNames(ctx) }()
	for p := range parts {
		go func() { defer wg.Done(); parts[p], errs[3+p] = s.indexCustomers(ctx, bounds[p], bounds[p+1]) }()
	}
	wg.Wait()
	for _, e := range errs {
		if e != nil {
			return nil, e
		}
	}
	ix := finish(version, parts, types, contacts)
	ix.short = short
	ix.orders = make(map[SortKey]*sortOrder, len(SortKeys))
	for _, k := range SortKeys {
		ix.orders[k] = &sortOrder{key: k}
	}
	ix.order(SortNextDue)
	return ix, nil
}

// idText is one text of a customer's record, read in customer order.
type idText struct {
	customer int64
	text     string
}

// indexTypes reads the personality type codes of every customer and their contacts, in customer
// order, each customer's joined by commas.
func (s *Store) indexTypes(ctx context.Context) ([]idText, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT customer_id, group_concat(type_code) FROM person_types GROUP BY customer_id`)
	if err != nil {
		return nil, fmt.Errorf("read personality types for the search: %w", err)
	}
	defer rows.Close()
	var out []idText
	for row := 0; rows.Next(); row++ {
		yield(row)
		var t idText
		if err := rows.Scan(&t.customer, &t.text); err != nil {
			return nil, fmt.Errorf("read personality types for the search: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// indexContacts reads each contact person's name and phone digits as folded fields of the
// customer's hay, in customer order.
func (s *Store) indexContacts(ctx context.Context) ([]idText, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT customer_id, name, phone FROM contacts ORDER BY customer_id, id`)
	if err != nil {
		return nil, fmt.Errorf("read contacts for the search: %w", err)
	}
	defer rows.Close()
	var out []idText
	var buf []byte
	for row := 0; rows.Next(); row++ {
		yield(row)
		var id int64
		var name, phone string
		if err := rows.Scan(&id, &name, &phone); err != nil {
			return nil, fmt.Errorf("read contacts for the search: %w", err)
		}
		buf = appendField(buf[:0], model.NormalizeQuery(name))
		if phone != "" {
			buf = appendField(buf, model.NormalizePhone(phone))
		}
		out = append(out, idText{id, string(buf)})
	}
	return out, rows.Err()
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

// indexCustomers reads the customers with ids from to to in id order. Their other fields come from the search column,
// which holds them lower-cased with the phone as digits, separated by U+001F; each is folded here
// as queries are. The search column starts with the name, which is written first anyway.
func (s *Store) indexCustomers(ctx context.Context, from, to int64) (*loading, error) {
	n := int(min(to-from, 1<<20)) + 16 // ids are nearly dense: room for them all
	l := &loading{entries: make([]indexEntry, 0, n), text: make([]byte, 0, n*80), textAt: make([]int32, 1, 3*n+1),
		hay: make([]byte, 0, n*80), hayAt: make([]int32, 1, n+1), inHay: make([]int32, 0, 2*n)}
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, company, name_key, search, level, stage,
		last_contact_on, next_due_on, order_total FROM customers WHERE deleted_at IS NULL AND id >= ? AND id < ?
		ORDER BY id`, from, to)
	if err != nil {
		return nil, fmt.Errorf("read customers for the search: %w", err)
	}
	defer rows.Close()
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
	for row := 0; rows.Next(); row++ {
		yield(row)
		var e indexEntry
		var name, company, key, search, level, stage string
		var last, next sql.NullString
		if err := rows.Scan(&e.id, &name, &company, &key, &search, &level, &stage, &last, &next, &e.total); err != nil {
			return nil, fmt.Errorf("read customers for the search: %w", err)
		}
		e.level, e.stage = code(level), code(stage)
		e.last, e.next = packStoredDate(last), packStoredDate(next)
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
	}
	return l, rows.Err()
}

// finish cuts the texts of the parts (read in id order, one after another) into the index's
// strings and joins the personality types and the contacts (both in customer order) to their
// customers.
func finish(version int64, parts []*loading, types, contacts []idText) *SearchIndex {
	n, hayLen := 0, 0
	for _, l := range parts {
		n += len(l.entries)
		hayLen += len(l.hay)
	}
	ix := &SearchIndex{version: version, entries: make([]indexEntry, 0, n), hayAt: make([]int32, 1, n+1),
		nameAt: make([]int32, 0, n)}
	keyText := make([]string, 0, n) // each key's text, read once the names are known
	where := make([]int32, 0, 2*n)  // inHay, counted from the start of the whole hay
	sets := map[string][]string{}   // customers often share a set of types: one slice per set
	codes := map[string]uint8{}
	hay := make([]byte, 0, hayLen+len(contacts)*16)
	for _, l := range parts {
		text := string(l.text)
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
			at := l.textAt[3*j : 3*j+4]
			e.name, e.company = text[at[0]:at[1]], text[at[1]:at[2]]
			keyText = append(keyText, text[at[2]:at[3]])
			own := l.hay[l.hayAt[j]:l.hayAt[j+1]]
			ix.nameAt = append(ix.nameAt, int32(len(hay)+bytes.IndexByte(own, '\n')))
			where = append(where, l.inHay[2*j]+int32(len(hay)), l.inHay[2*j+1]+int32(len(hay)))
			if l.inHay[2*j] < 0 {
				where[len(where)-2] = -1
			}
			if l.inHay[2*j+1] < 0 {
				where[len(where)-1] = -1
			}
			hay = append(hay, own...)
			for len(contacts) > 0 && contacts[0].customer < e.id {
				contacts = contacts[1:]
			}
			for ; len(contacts) > 0 && contacts[0].customer == e.id; contacts = contacts[1:] {
				hay = append(hay, contacts[0].text...)
			}
			ix.hayAt = append(ix.hayAt, int32(len(hay)))

			for len(types) > 0 && types[0].customer < e.id {
				types = types[1:]
			}
			if len(types) > 0 && types[0].customer == e.id {
				set, ok := sets[types[0].text]
				if !ok {
					set = splitTypeCodes(types[0].text)
					sets[types[0].text] = set
				}
				e.types = set
			}
			ix.entries = append(ix.entries, e)
		}
	}
	ix.hay = string(hay)
	// Names and companies kept in the hay as they are written come from there, and the key of each
	// is read only now, once its name is known.
	keys := make([]model.NameKey, n)
	for i := range ix.entries {
		e := &ix.entries[i]
		if at := where[2*i]; at >= 0 {
			e.name = ix.hay[at:ix.nameAt[i]]
		}
		if at := where[2*i+1]; at >= 0 {
			e.company = ix.hay[at : int(at)+strings.IndexByte(ix.hay[at:], '\n')]
		}
		k, err := model.ParseNameKey(keyText[i])
		if err != nil {
			k = model.MakeNameKey(e.name) // a key written by other rules: rebuilt, not refused
		}
		keys[i] = k
	}
	ix.keys = model.NewKeySet(keys)
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

// packStoredDate reads a date column as parseStoredDate does, quickly for the usual YYYY-MM-DD.
func packStoredDate(ns sql.NullString) packedDate {
	s := ns.String
	if !ns.Valid || s == "" {
		return 0
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, ok1 := digits(s[0:4])
		m, ok2 := digits(s[5:7])
		d, ok3 := digits(s[8:10])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return packedDate(y<<9 | m<<5 | d)
		}
	}
	return packDate(parseStoredDate(ns))
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// customer returns what the list shows of entry i.
func (ix *SearchIndex) customer(i int32) model.Customer {
	e := &ix.entries[i]
	return model.Customer{ID: e.id, Name: e.name, Company: e.company, ShortName: ix.short[e.id], Level: model.Level(ix.code(e.level)), Stage: model.Stage(ix.code(e.stage)),
		LastContactOn: e.last.date(), NextDueOn: e.next.date(), OrderTotal: e.total, Types: e.types}
}

// code returns the level or stage code numbered c.
func (ix *SearchIndex) code(c uint8) string {
	if int(c) < len(ix.codes) {
		return ix.codes[c]
	}
	return ""
}

// position returns where the customer id is in the index, or -1.
func (ix *SearchIndex) position(id int64) int32 {
	lo, hi := 0, len(ix.entries)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ix.entries[mid].id < id {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(ix.entries) && ix.entries[lo].id == id {
		return int32(lo)
	}
	return -1
}

// nameEnd returns where the name field of entry i ends in ix.hay (at its newline).
func (ix *SearchIndex) nameEnd(i int) int { return int(ix.nameAt[i]) }

// entryAt returns the entry, between lo and hi, whose hay holds byte b of ix.hay.
func (ix *SearchIndex) entryAt(b, lo, hi int) int {
	for lo < hi { // the first entry that ends after b
		mid := int(uint(lo+hi) >> 1)
		if int(ix.hayAt[mid+1]) <= b {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
