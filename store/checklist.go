package store

import (
	"context"
	"fmt"
	"sort"

	"guanxi/model"
)

// Checklist returns what is due up to days after today: overdue items, today's, and the coming
// days' — planned visits and calls, open reminders, complaint replies promised, payments due and
// greetings for the dates that matter — earliest first.
func (s *Store) Checklist(ctx context.Context, today model.Date, days int) ([]model.ChecklistItem, error) {
	r, err := s.newKeyReader(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	var keys []itemKey
	for _, src := range recordSources {
		got, _, err := r.read(ctx, src, allUpTo(today.AddDays(days)))
		if err != nil {
			return nil, fmt.Errorf("read the checklist: %w", err)
		}
		keys = append(keys, got...)
	}
	greetings, _, err := r.greetingKeys(ctx, today, days, -1)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	items, err := s.itemsOf(ctx, today, append(keys, greetings...))
	if err != nil {
		return nil, err
	}
	sortChecklist(items)
	return items, nil
}

// sortChecklist puts items in the order the checklist shows them: earliest first, then by customer.
func sortChecklist(items []model.ChecklistItem) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.DueOn != b.DueOn {
			return a.DueOn.Before(b.DueOn)
		}
		if (a.CustomerID == 0) != (b.CustomerID == 0) {
			return b.CustomerID == 0 // a holiday, no one's in particular, after the customers of its day
		}
		if a.CustomerName != b.CustomerName {
			return a.CustomerName < b.CustomerName
		}
		return a.Kind < b.Kind
	})
}
