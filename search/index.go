// Package search holds every customer of the book in memory in the compact form the customer list
// needs, and answers each keystroke from there: names by their pinyin and initials, other fields by
// what they hold. It knows no SQL: the store hands it the rows (store.EachSearchCustomer and its
// siblings), and the front ends call it.
package search

import (
	"time"

	"guanxi/model"
	"guanxi/store"
)

// Index is every customer of the book in the compact form the list needs: what a row shows
// and what a search matches, so each keystroke is answered from memory, never from SQLite. Notes
// and logged contacts stay in the book (see store.SearchNotes). An index is never changed once loaded —
// when the book changes the list loads a new one — so it is safe to search from several goroutines.
//
// The texts a search reads are laid out one after another in a few long strings, in id order, so a
// search walks memory front to back: the name keys, and the hay, where the name and every other
// field a search matches are folded as queries are (model.NormalizeQuery) and each ended by a
// newline, so that no match runs from one field, or one customer, into the next.
//
// At 100,000 customers the index is held beside SQLite's caches and the rest of the program within
// the memory bar of the whole program (docs/PERFORMANCE.md), so each text is held once, in one
// block: the hay, then the names and companies that are not in the hay as they are written, then
// the name keys; an entry holds where its name and company are, not strings of its own.
type Index struct {
	version int64 // the book's data version when the index was read
	// total is how many customers the book holds: all of them are entries of an index of the whole
	// book, only those a query may find of one read for one search (see Customers).
	total   int
	entries []indexEntry  // in id order
	keys    *model.KeySet // key i is the name key of entries[i]; their texts lie end to end
	// hay holds each customer's name (always the first field, even when empty), company, phone
	// digits, email, WeChat, tags, region, industry, and their contacts' names and phone digits;
	// entry i's part is hay[hayAt[i]:hayAt[i+1]].
	hay    string // the hay of every entry (up to hayAt[len(entries)]), then the other texts
	hayAt  []int32
	nameAt []int32  // where the name field of entry i ends in hay (at its newline)
	codes  []string // the level and stage codes the entries hold
	// typeSets are the sets of personality type codes the entries hold; entry e's is
	// typeSets[e.types], none for 0.
	typeSets [][]string
	byName   nameOrder
	orders   map[store.SortKey]*sortOrder // one per sort key, each computed on first use
	short    map[int64]string             // the companies' short names users gave, by customer
}

// indexEntry is what a row of the list shows of one customer: 48 bytes, its texts in the index's
// block.
type indexEntry struct {
	id    int64
	total model.Money
	// name is hay[nameAt:nameAt+nameLen], the company likewise.
	nameAt, nameLen       int32
	companyAt, companyLen int32
	types                 uint32     // the personality types of the customer and their contacts: typeSets[types]
	last                  packedDate // last contact
	next                  packedDate // next due
	level                 uint8      // the level's code is codes[level]
	stage                 uint8      // the stage's code is codes[stage]
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
func (ix *Index) Version() int64 { return ix.version }

// Len is how many customers the index holds (the trash not counted).
func (ix *Index) Len() int { return len(ix.entries) }

// customer returns what the list shows of entry i.
func (ix *Index) customer(i int32) model.Customer {
	e := &ix.entries[i]
	return model.Customer{ID: e.id, Name: ix.name(int(i)), Company: ix.hay[e.companyAt : e.companyAt+e.companyLen], ShortName: ix.short[e.id], Level: model.Level(ix.code(e.level)), Stage: model.Stage(ix.code(e.stage)),
		LastContactOn: e.last.date(), NextDueOn: e.next.date(), OrderTotal: e.total, Types: ix.typeSets[e.types]}
}

// name returns the name of entry i as it is written.
func (ix *Index) name(i int) string {
	e := &ix.entries[i]
	return ix.hay[e.nameAt : e.nameAt+e.nameLen]
}

// code returns the level or stage code numbered c.
func (ix *Index) code(c uint8) string {
	if int(c) < len(ix.codes) {
		return ix.codes[c]
	}
	return ""
}

// position returns where the customer id is in the index, or -1.
func (ix *Index) position(id int64) int32 {
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
func (ix *Index) nameEnd(i int) int { return int(ix.nameAt[i]) }

// entryAt returns the entry, between lo and hi, whose hay holds byte b of ix.hay.
func (ix *Index) entryAt(b, lo, hi int) int {
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
