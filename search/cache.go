package search

import "guanxi/store"

// Cache keeps a list's last answers, so that a character erased shows again the answer found
// for the shorter text at once, and a character typed is searched for only among the customers of
// the longest text found before (see SearchAfter). It is not safe for concurrent use: the list
// keeps it in its model and uses it as it handles messages; the answers themselves are never
// changed, and are searched from any goroutine.
type Cache struct {
	recent []Result // the newest last
}

// cacheAnswers is how many answers a cache keeps: enough for a long name typed and erased.
const cacheAnswers = 16

// Put keeps an answer, forgetting answers of other indexes (the book changed) and the oldest.
func (c *Cache) Put(r Result) {
	if r.ix == nil {
		return
	}
	kept := c.recent[:0]
	for _, old := range c.recent {
		if old.ix == r.ix && !old.same(r.q, r.within) {
			kept = append(kept, old)
		}
	}
	if len(kept) >= cacheAnswers {
		kept = append(kept[:0], kept[len(kept)-cacheAnswers+1:]...)
	}
	c.recent = append(kept, r)
}

// Lookup returns the answer kept for q from the index ix, and true; or, when there is none, the
// kept answer to search after for q (see SearchAfter: the one with the longest text that q goes on
// from), and false. With nothing that helps, the answer returned is the zero Result, after
// which SearchAfter searches everything.
func (c *Cache) Lookup(ix *Index, q store.ListQuery, within []int64) (Result, bool) {
	var best Result
	for i := len(c.recent) - 1; i >= 0; i-- {
		r := c.recent[i]
		if r.ix != ix || !sameIDs(r.within, within) {
			continue
		}
		if r.same(q, within) {
			return r, true
		}
		if r.narrows(q) && len(r.query.String()) > len(best.query.String()) {
			best = r
		}
	}
	return best, false
}

// same tells whether r answers q among within.
func (r Result) same(q store.ListQuery, within []int64) bool {
	return r.q == q && sameIDs(r.within, within)
}

// sameIDs tells whether two lists of ids are the same list: the list's filters hand over one slice
// until they change, so this compares identity, not every id.
func sameIDs(a, b []int64) bool {
	if (a == nil) != (b == nil) || len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0]
}
