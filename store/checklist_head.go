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
	all, err := plans(ctx, s.db)
	if err != nil {
		return h, err
	}
	overdue := span{"0000-00-00", today.AddDays(-1).String(), limit}
	dueToday := span{today.String(), today.String(), limit}
	var items []model.ChecklistItem
	// frontier is the earliest day after which a read that reached its limit may have left items
	// unread: the head holds every item up to it, and is cut there.
	var frontier model.Date
	read := func(sp span) (n int, full bool, err error) {
		for _, r := range s.readers() {
			got, err := r(ctx, sp, today, all)
			if err != nil {
				return n, full, fmt.Errorf("read the checklist: %w", err)
			}
			if len(got) == sp.limit {
				full = true
				frontier = model.EarliestDate(frontier, got[len(got)-1].DueOn)
			}
			n += len(got)
			items = append(items, got...)
		}
		return n, full, nil
	}
	if h.Overdue, h.OverdueMore, err = read(overdue); err != nil {
		return h, err
	}
	if h.DueToday, h.TodayMore, err = read(dueToday); err != nil {
		return h, err
	}
	// The coming days are read only when the head has room left for them.
	if room := limit - len(items); days > 0 && frontier.IsZero() && room > 0 {
		if _, h.More, err = read(span{today.AddDays(1).String(), today.AddDays(days).String(), room}); err != nil {
			return h, err
		}
	} else if days > 0 {
		h.More = true
	}
	greetings, cut, err := s.greetingItemsUpTo(ctx, today, days, limit)
	if err != nil {
		return h, fmt.Errorf("read the checklist: %w", err)
	}
	for _, it := range greetings {
		switch {
		case it.DueOn.Before(today):
			h.Overdue++
		case it.DueOn == today:
			h.DueToday++
		}
	}
	if !cut.IsZero() {
		h.More = true
		h.OverdueMore = h.OverdueMore || cut.Before(today)
		h.TodayMore = h.TodayMore || !cut.After(today)
		frontier = model.EarliestDate(frontier, cut)
	}
	items = append(items, greetings...)
	if !frontier.IsZero() {
		kept := items[:0]
		for _, it := range items {
			if !it.DueOn.After(frontier) {
				kept = append(kept, it)
			}
		}
		items, h.More = kept, true
	}
	sortChecklist(items)
	if len(items) > limit {
		items, h.More = items[:limit], true
	}
	if err := s.attachTypes(ctx, items); err != nil {
		return h, err
	}
	h.Items = items
	return h, nil
}
