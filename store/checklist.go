package store

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"guanxi/model"
)

// Checklist returns what is due up to days after today: overdue items, today's, and the coming
// days' — planned visits and calls, open reminders, complaint replies promised, payments due and
// greetings for the dates that matter — earliest first.
func (s *Store) Checklist(ctx context.Context, today model.Date, days int) ([]model.ChecklistItem, error) {
	items, err := s.checklistItems(ctx, today, days)
	if err != nil {
		return nil, err
	}
	if err := s.attachTypes(ctx, items); err != nil {
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

// attachTypes fills each item's personality type codes, asking only for the items' customers.
func (s *Store) attachTypes(ctx context.Context, items []model.ChecklistItem) error {
	want := make(map[int64][]int, len(items))
	var ids []string
	for i, it := range items {
		if _, seen := want[it.CustomerID]; !seen {
			ids = append(ids, strconv.FormatInt(it.CustomerID, 10))
		}
		want[it.CustomerID] = append(want[it.CustomerID], i)
	}
	// Ids are integers of ours, so they go into the statement as text in chunks of a safe size.
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		rows, err := s.db.QueryContext(ctx, "SELECT customer_id, group_concat(type_code, ',') FROM person_types WHERE customer_id IN ("+strings.Join(chunk, ",")+") GROUP BY customer_id")
		if err != nil {
			return fmt.Errorf("read personality types: %w", err)
		}
		for rows.Next() {
			var id int64
			var codes string
			if err := rows.Scan(&id, &codes); err != nil {
				rows.Close()
				return err
			}
			for _, i := range want[id] {
				items[i].Types = strings.Split(codes, ",")
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
