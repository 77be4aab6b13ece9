package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"guanxi/model"
)

// Checklist returns what is due up to days after today: overdue items, today's, and the coming
// days' — planned visits and calls, open reminders, complaint replies promised and payments due —
// earliest first.
func (s *Store) Checklist(ctx context.Context, today model.Date, days int) ([]model.ChecklistItem, error) {
	end := today.AddDays(days).String()
	var items []model.ChecklistItem
	add := func(query string, kind model.ItemKind, args ...any) error {
		rows, err := s.db.QueryContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("read the checklist: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var it model.ChecklistItem
			var due, last, other sql.NullString
			if err := rows.Scan(&it.CustomerID, &it.CustomerName, &it.Company, &it.Level, &last, &due, &it.Note,
				&it.ReminderID, &other); err != nil {
				return fmt.Errorf("read the checklist: %w", err)
			}
			it.Kind, it.DueOn, it.LastContactOn = kind, parseStoredDate(due), parseStoredDate(last)
			if kind == model.ItemCall && model.CallCoveredByVisit(parseStoredDate(other), it.DueOn) {
				continue
			}
			if kind == model.ItemCustom {
				it.Kind = model.ReminderItemKind(model.ReminderKind(other.String))
			}
			it.OverdueDays = model.OverdueDays(it.DueOn, today)
			items = append(items, it)
		}
		return rows.Err()
	}
	const cols = "c.id, c.name, c.company, c.level, c.last_contact_on"
	steps := []struct {
		query string
		kind  model.ItemKind
	}{
		{"SELECT " + cols + ", c.next_visit_on, '', 0, NULL FROM customers c WHERE c.deleted_at IS NULL AND c.next_visit_on <= ?", model.ItemVisit},
		{"SELECT " + cols + ", c.next_call_on, '', 0, c.next_visit_on FROM customers c WHERE c.deleted_at IS NULL AND c.next_call_on <= ?", model.ItemCall},
		{"SELECT " + cols + ", r.due_on, r.note, r.id, r.kind FROM reminders r JOIN customers c ON c.id = r.customer_id WHERE r.done_at IS NULL AND c.deleted_at IS NULL AND r.due_on <= ?", model.ItemCustom},
		{"SELECT " + cols + ", p.reply_by, p.what, 0, NULL FROM complaints p JOIN customers c ON c.id = p.customer_id WHERE p.resolved_on IS NULL AND c.deleted_at IS NULL AND p.reply_by <= ?", model.ItemComplaint},
		{"SELECT " + cols + ", d.credit_due_on, d.product || ' ' || printf('%.2f', (d.amount - d.paid) / 100.0), 0, NULL FROM deals d JOIN customers c ON c.id = d.customer_id WHERE d.credit_due_on <= ? AND d.paid < d.amount AND c.deleted_at IS NULL", model.ItemPayment},
	}
	for _, st := range steps {
		if err := add(st.query, st.kind, end); err != nil {
			return nil, err
		}
	}
	if err := s.attachTypes(ctx, items); err != nil {
		return nil, err
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.DueOn != b.DueOn {
			return a.DueOn.Before(b.DueOn)
		}
		if a.CustomerName != b.CustomerName {
			return a.CustomerName < b.CustomerName
		}
		return a.Kind < b.Kind
	})
	return items, nil
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
