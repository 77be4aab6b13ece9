package search

import (
	"context"
	"fmt"
	"strings"

	"guanxi/model"
	"guanxi/store"
)

// Customers returns the customers q selects, found as the list view finds them: q.Text as Search
// finds it (whole names, their pinyin and initials, phone digits however typed, company, email,
// WeChat, tags, region, industry, contacts), then in notes and logged contacts; best match first,
// and within a match in q's order. full reads every field, as store.ListFullCustomers does.
//
// It is for the command line, which answers one search and ends: rather than the whole book, it
// reads into an index only the customers the query finds (see loadFor), and searches that index as
// the list searches the whole one. The customers found, their ranks and their order are the same.
func Customers(ctx context.Context, s *store.Store, q store.ListQuery, full bool) ([]model.Customer, error) {
	list := s.ListCustomers
	if full {
		list = s.ListFullCustomers
	}
	if strings.TrimSpace(q.Text) == "" {
		return list(ctx, q)
	}
	ix, notes, err := loadFor(ctx, s, q.Text)
	if err != nil {
		return nil, err
	}
	// The index keeps to the level, stage and type; a saved list's query is kept to below, when the
	// rows are read.
	found := ix.Search(q, nil).WithNotes(notes)
	ids := make([]int64, 0, found.Len())
	for i := range found.Len() {
		ids = append(ids, found.At(i).Customer.ID)
	}
	// The rows are read by id, filters and all, and put in the order found.
	byID := store.ListQuery{Level: q.Level, Stage: q.Stage, Type: q.Type, Segment: q.Segment}.Within(ids)
	rows, err := list(ctx, byID)
	if err != nil {
		return nil, fmt.Errorf("search customers: %w", err)
	}
	at := make(map[int64]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	ordered := make([]model.Customer, len(ids))
	seen := make([]bool, len(ids))
	for _, c := range rows {
		ordered[at[c.ID]], seen[at[c.ID]] = c, true
	}
	out := ordered[:0]
	for i, c := range ordered {
		if seen[i] {
			out = append(out, c)
		}
	}
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}
