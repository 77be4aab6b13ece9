package search

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
	"sync"

	"guanxi/model"
	"guanxi/store"
)

// sortOrder is the index in one of the list's orders, computed once, on first use, by whichever
// search needs it first.
type sortOrder struct {
	key  store.SortKey
	once sync.Once
	perm []int32 // positions of the entries in this order
	inv  []int32 // inv[position] is the place of that entry in perm
}

// nameOrder ranks every entry by name, read as pinyin (model.NameKey.Pinyin), so 张 sorts among
// the z's and not by its code point; every other order breaks its ties with it.
type nameOrder struct {
	once sync.Once
	rank []int32
}

// order returns the index in the order k (by next due for an unknown key), computing it if needed.
func (ix *Index) order(k store.SortKey) *sortOrder {
	o, ok := ix.orders[k]
	if !ok {
		o = ix.orders[store.SortNextDue]
	}
	o.once.Do(func() {
		o.perm = ix.sorted(o.key)
		o.inv = make([]int32, len(o.perm))
		for i, p := range o.perm {
			o.inv[p] = int32(i)
		}
	})
	return o
}

// nameRank returns each entry's place in the order by name.
func (ix *Index) nameRank() []int32 {
	ix.byName.once.Do(func() {
		type keyed struct {
			head   uint64 // the first 8 bytes of pinyin, big-endian: most comparisons end here
			pinyin string
		}
		keys := make([]keyed, len(ix.entries))
		for i := range ix.entries {
			p := ix.keys.Key(i).Pinyin()
			var b [8]byte
			copy(b[:], p)
			keys[i] = keyed{binary.BigEndian.Uint64(b[:]), p}
		}
		perm := identity(len(ix.entries))
		slices.SortFunc(perm, func(a, b int32) int {
			ka, kb := &keys[a], &keys[b]
			if c := cmp.Compare(ka.head, kb.head); c != 0 {
				return c
			}
			if c := strings.Compare(ka.pinyin, kb.pinyin); c != 0 {
				return c
			}
			if c := strings.Compare(ix.name(int(a)), ix.name(int(b))); c != 0 {
				return c
			}
			return cmp.Compare(a, b) // entries are in id order: namesakes by id
		})
		ix.byName.rank = make([]int32, len(perm))
		for i, p := range perm {
			ix.byName.rank[p] = int32(i)
		}
	})
	return ix.byName.rank
}

func identity(n int) []int32 {
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	return perm
}

// sorted returns the positions of the entries in the order k, as ListCustomers orders rows:
// customers without the date last, ties by name.
func (ix *Index) sorted(k store.SortKey) []int32 {
	byName := ix.nameRank()
	perm := identity(len(ix.entries))
	e := ix.entries
	var primary func(a, b *indexEntry) int
	switch k {
	case store.SortName:
		primary = func(a, b *indexEntry) int { return 0 }
	case store.SortLastContact:
		primary = func(a, b *indexEntry) int {
			if c := cmp.Compare(undated(a.last), undated(b.last)); c != 0 {
				return c
			}
			return cmp.Compare(b.last, a.last) // latest first
		}
	case store.SortLevel:
		at := make([]int, 256) // by code number
		for c := range at {
			at[c] = model.LevelRank(model.Level(ix.code(uint8(c)))) // an unknown code goes last
		}
		primary = func(a, b *indexEntry) int { return cmp.Compare(at[a.level], at[b.level]) }
	case store.SortRevenue:
		primary = func(a, b *indexEntry) int { return cmp.Compare(b.total, a.total) }
	default:
		primary = func(a, b *indexEntry) int {
			if c := cmp.Compare(undated(a.next), undated(b.next)); c != 0 {
				return c
			}
			return cmp.Compare(a.next, b.next)
		}
	}
	slices.SortFunc(perm, func(a, b int32) int {
		if c := primary(&e[a], &e[b]); c != 0 {
			return c
		}
		return cmp.Compare(byName[a], byName[b])
	})
	return perm
}

// undated is 1 for no date and 0 for a date, so that customers without the date sort last.
func undated(p packedDate) int {
	if p == 0 {
		return 1
	}
	return 0
}
