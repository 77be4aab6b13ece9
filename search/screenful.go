package search

import (
	"context"
	"errors"
	"slices"
	"strings"

	"guanxi/model"
	"guanxi/store"
)

// ErrNotScreenful is Screenful's answer to a query it cannot answer from the names alone: one that
// finds everyone (only spaces and punctuation), or one asked within a saved list's query; the
// list waits for its index.
var ErrNotScreenful = errors.New("the query is answered by the whole index only")

// NameHits are the customers whose name a query matched, with their names and stored name keys, as
// Screenful read them: a query that goes on from that text, as when one more character is typed,
// is answered from them without reading the book again, since every name it matches, the shorter
// text matched.
type NameHits struct {
	text   string  // the query, folded
	within []int64 // the only customers that could be found (nil: all)
	ids    []int64
	names  []string
	keys   []string
}

// narrows tells whether every customer q's text matches by name within is among h.
func (h *NameHits) narrows(q store.ListQuery, within []int64) bool {
	return h != nil && h.text != "" && sameIDs(h.within, within) &&
		strings.HasPrefix(model.NormalizeQuery(q.Text), h.text)
}

// Screenful answers a search typed before the index of the whole book is loaded with the first
// rows of the answer the index will give (up to n, the rows a screen shows): the customers whose
// name the query matches, best rank first and, within a rank, in q's order, as Search puts them.
// It reads each customer's id, name and stored name key off an index of the book (those whose key
// holds every character of the query), ranks the names as Search does, then reads the list's
// columns of the first n in order, rank by rank, which the store sorts as the index does. When
// prev, the names an earlier call found, holds every name q can match, only those are ranked and
// the book is not read again. The customers found only in another field (company, phone,
// contacts …) come after every name in Search's answer: they are not read here, and appear below
// these rows when the index answers, so the rows shown keep their places. The index loading beside
// it shares the processors, so this reads a small part of the book (the index of names), not the
// whole table as Customers does.
func Screenful(ctx context.Context, s *store.Store, q store.ListQuery, within []int64, n int, prev *NameHits) ([]model.Customer, *NameHits, error) {
	t := newTextTest(q.Text)
	if t == nil || q.Segment != nil {
		return nil, nil, ErrNotScreenful
	}
	rank := nameRanker(t.query)
	hits := &NameHits{text: t.query.String(), within: within}
	var ranked [model.RankOther][]int64
	add := func(id int64, name, key string) {
		r, ok := rank(name, key)
		if !ok || r >= len(ranked) {
			return
		}
		ranked[r] = append(ranked[r], id)
		hits.ids, hits.names, hits.keys = append(hits.ids, id), append(hits.names, name), append(hits.keys, key)
	}
	if prev.narrows(q, within) {
		for i, id := range prev.ids {
			add(id, prev.names[i], prev.keys[i])
		}
	} else {
		err := s.EachNameKey(ctx, t.keyFilter(), func(id int64, name, key string) {
			if within != nil {
				if _, ok := slices.BinarySearch(within, id); !ok {
					return
				}
			}
			add(id, name, key)
		})
		if err != nil {
			return nil, nil, err
		}
	}
	var out []model.Customer
	for _, ids := range ranked {
		if len(out) >= n {
			break
		}
		if len(ids) == 0 {
			continue
		}
		slices.Sort(ids)
		page := q
		page.Text, page.Limit = "", n-len(out)
		rows, err := s.ListCustomers(ctx, page.Within(ids))
		if err != nil {
			return nil, nil, err
		}
		out = append(out, rows...)
	}
	return out, hits, nil
}

// nameRanker returns the test Search makes of a customer's name: with a letter in the query, which
// may stand for a pinyin reading, the name's key is matched (a key written under other rules is
// made again from the name, as Load does); without one, the folded name must hold the query.
func nameRanker(query model.SearchQuery) func(name, key string) (int, bool) {
	text := query.String()
	if strings.IndexFunc(text, func(c rune) bool { return c >= 'a' && c <= 'z' }) >= 0 {
		return func(name, key string) (int, bool) {
			k, err := model.ParseNameKey(key)
			if err != nil {
				k = model.MakeNameKey(name)
			}
			return query.Match(k)
		}
	}
	return func(name, _ string) (int, bool) {
		folded := model.NormalizeQuery(name)
		at := strings.Index(folded, text)
		if at < 0 {
			return 0, false
		}
		return int(literalRank(at, len(folded), len(text))), true
	}
}
