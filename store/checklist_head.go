package store

import (
	"context"
	"fmt"

	"guanxi/model"
)

// ChecklistHead is the start of the follow-up checklist, as much as a screen needs: the earliest
// items, and how many are overdue and due today.
type ChecklistHead struct {
	Items []model.ChecklistItem
	// More tells that more items are due within the days asked for than Items holds.
	More bool
	// Overdue and DueToday count the items overdue and due today; with OverdueMore or TodayMore
	// the count reached the limit of a read and there are more.
	Overdue, DueToday      int
	OverdueMore, TodayMore bool
}

// ChecklistHead reads the first limit items of the checklist of today and the next days, earliest
// first, and counts what is overdue and due today. No read takes more than limit rows, so the time
// it takes does not grow with the book: a book of 100,000 customers may have tens of thousands of
// visits due in a week, and a screen shows a few dozen.
func (s *Store) ChecklistHead(ctx context.Context, today model.Date, days, limit int) (ChecklistHead, error) {
	var h ChecklistHead
	if limit < 1 {
		return h, fmt.Errorf("a checklist head of %d items", limit)
	}
	r, err := s.newKeyReader(ctx)
	if err != nil {
		return h, fmt.Errorf("read the checklist: %w", err)
	}
	overdue := span{"0000-00-00", today.AddDays(-1).String(), limit}
	dueToday := span{today.String(), today.String(), limit}
	// Room for every read at its limit: the overdue and today's of each source, the greetings.
	keys := make([]itemKey, 0, (2*len(recordSources)+2)*limit)
	// frontier is the earliest day after which a read that reached its limit may have left items
	// unread: the head holds every item up to it, and is cut there.
	var frontier model.Date
	read := func(sp span) (n int, more bool, err error) {
		for _, src := range recordSources {
			got, full, err := r.read(ctx, src, sp)
			if err != nil {
				return n, more, fmt.Errorf("read the checklist: %w", err)
			}
			if full {
				more = true
				frontier = model.EarliestDate(frontier, got[len(got)-1].due)
			}
			n += len(got)
			keys = append(keys, got...)
		}
		return n, more, nil
	}
	if h.Overdue, h.OverdueMore, err = read(overdue); err != nil {
		return h, err
	}
	if h.DueToday, h.TodayMore, err = read(dueToday); err != nil {
		return h, err
	}
	// The coming days are read only when the head has room left for them.
	if room := limit - len(keys); days > 0 && frontier.IsZero() && room > 0 {
		if _, h.More, err = read(span{today.AddDays(1).String(), today.AddDays(days).String(), room}); err != nil {
			return h, err
		}
	} else if days > 0 {
		h.More = true
	}
	greetings, cut, err := r.greetingKeys(ctx, today, days, limit)
	if err != nil {
		return h, fmt.Errorf("read the checklist: %w", err)
	}
	for _, k := range greetings {
		switch {
		case k.due.Before(today):
			h.Overdue++
		case k.due == today:
			h.DueToday++
		}
	}
	if !cut.IsZero() {
		h.More = true
		h.OverdueMore = h.OverdueMore || cut.Before(today)
		h.TodayMore = h.TodayMore || !cut.After(today)
		frontier = model.EarliestDate(frontier, cut)
	}
	keys = append(keys, greetings...)
	if !frontier.IsZero() {
		kept := keys[:0]
		for _, k := range keys {
			if !k.due.After(frontier) {
				kept = append(kept, k)
			}
		}
		keys, h.More = kept, true
	}
	sortKeys(keys)
	if len(keys) > limit {
		keys, h.More = keys[:limit], true
	}
	items, err := s.itemsOf(ctx, today, keys)
	if err != nil {
		return h, err
	}
	sortChecklist(items)
	h.Items = items
	return h, nil
}
