package store

import (
	"context"
	"fmt"
	"strings"

	"guanxi/model"
)

// SearchCustomers returns the customers q selects, found as the list view finds them: q.Text
// through the search index (whole names, their pinyin and initials, phone digits however typed,
// company, email, WeChat, tags, region, industry, contacts), then in notes and logged contacts;
// best match first, and within a match in q's order. full reads every field, as
// ListFullCustomers does. For the command line, which answers one search: the index is read for
// it, which takes a good part of a second at 100,000 customers.
func (s *Store) SearchCustomers(ctx context.Context, q ListQuery, full bool) ([]model.Customer, error) {
	list := s.ListCustomers
	if full {
		list = s.ListFullCustomers
	}
	if strings.TrimSpace(q.Text) == "" {
		return list(ctx, q)
	}
	if err := searchTooLong(strings.TrimSpace(q.Text)); err != nil {
		return nil, err
	}
	ix, err := s.LoadSearchIndex(ctx)
	if err != nil {
		return nil, err
	}
	// The index keeps to the level, stage and type; a saved list's query is kept to below, when the
	// rows are read.
	found := ix.Search(q, nil)
	notes, err := s.SearchNotes(ctx, q.Text)
	if err != nil {
		return nil, err
	}
	found = found.WithNotes(notes)
	ids := make([]int64, 0, found.Len())
	for i := range found.Len() {
		ids = append(ids, found.At(i).Customer.ID)
	}
	// The rows are read by id, filters and all, and put in the order found.
	byID := ListQuery{Level: q.Level, Stage: q.Stage, Type: q.Type, Segment: q.Segment, ids: idList(ids)}
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
