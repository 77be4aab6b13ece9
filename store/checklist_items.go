package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// span is the days a read of checklist items covers, from and to included (YYYY-MM-DD), and how
// many rows it may take at most, earliest first (-1: all).
type span struct {
	from, to string
	limit    int
}

// allUpTo is every item due up to a day, overdue ones included.
func allUpTo(end model.Date) span { return span{"0000-00-00", end.String(), -1} }

// itemReader reads the items of one kind in a span.
type itemReader func(ctx context.Context, sp span, today model.Date, all map[model.Level]model.VisitPlan) ([]model.ChecklistItem, error)

// readers are the item readers, one per kind of record.
func (s *Store) readers() []itemReader {
	return []itemReader{s.visitItems, s.callItems, s.reminderItems, s.complaintItems, s.paymentItems}
}

// checklistItems reads every kind of item due up to days after today: planned visits and calls,
// open reminders, complaint replies promised, payments due and greetings.
func (s *Store) checklistItems(ctx context.Context, today model.Date, days int) ([]model.ChecklistItem, error) {
	all, err := plans(ctx, s.db)
	if err != nil {
		return nil, err
	}
	var items []model.ChecklistItem
	for _, read := range s.readers() {
		got, err := read(ctx, allUpTo(today.AddDays(days)), today, all)
		if err != nil {
			return nil, fmt.Errorf("read the checklist: %w", err)
		}
		items = append(items, got...)
	}
	greetings, err := s.greetingItems(ctx, today, days, -1)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	return append(items, greetings...), nil
}

// itemColumns are the customer's columns every item starts with.
const itemColumns = "c.id, c.name, c.company, c.level, c.last_contact_on"

// plannedSQL reads the customers due a planned visit or call (kind) in a span, earliest first; its
// arguments are the kind, the span's first and last day and the limit. A call is left off when a
// visit is due on or before the same day, since the visit is the contact.
func plannedSQL(kind model.ItemKind) string {
	col, covered := "c.next_visit_on", ""
	if kind == model.ItemCall {
		col, covered = "c.next_call_on", " AND NOT (c.next_visit_on IS NOT NULL AND c.next_visit_on <= c.next_call_on)"
	}
	return "SELECT " + itemColumns + ", " + col + `, c.visit_every_days, c.call_every_days, c.plan_paused,
		ps.from_on, ps.until_on FROM customers c
		LEFT JOIN plan_snoozes ps ON ps.customer_id = c.id AND ps.kind = ?
		WHERE c.deleted_at IS NULL AND ` + col + ` BETWEEN ? AND ?` + covered + `
		ORDER BY ` + col + ` LIMIT ?`
}

// reminderItemsSQL, complaintItemsSQL and paymentItemsSQL read the open reminders, complaints and
// credit deals due in a span, earliest first; their arguments are the span's days and the limit.
const (
	reminderItemsSQL = "SELECT " + itemColumns + `, r.due_on, r.note, r.id, r.kind, r.repeat_every, r.repeat_unit
		FROM reminders r JOIN customers c ON c.id = r.customer_id
		WHERE r.done_at IS NULL AND c.deleted_at IS NULL AND r.due_on BETWEEN ? AND ?
		ORDER BY r.due_on LIMIT ?`
	complaintItemsSQL = "SELECT " + itemColumns + `, coalesce(p.reply_by, p.on_date), p.what, p.id,
		p.severity, p.good_faith, p.handler FROM complaints p JOIN customers c ON c.id = p.customer_id
		WHERE p.resolved_on IS NULL AND c.deleted_at IS NULL AND coalesce(p.reply_by, p.on_date) BETWEEN ? AND ?
		ORDER BY coalesce(p.reply_by, p.on_date) LIMIT ?`
	paymentItemsSQL = "SELECT " + itemColumns + `, d.credit_due_on, d.product, d.id, d.amount - d.paid
		FROM deals d JOIN customers c ON c.id = d.customer_id
		WHERE d.credit_due_on BETWEEN ? AND ? AND d.paid < d.amount AND c.deleted_at IS NULL
		ORDER BY d.credit_due_on LIMIT ?`
)

func (s *Store) visitItems(ctx context.Context, sp span, today model.Date, all map[model.Level]model.VisitPlan) ([]model.ChecklistItem, error) {
	return s.plannedItems(ctx, model.ItemVisit, sp, today, all)
}

func (s *Store) callItems(ctx context.Context, sp span, today model.Date, all map[model.Level]model.VisitPlan) ([]model.ChecklistItem, error) {
	return s.plannedItems(ctx, model.ItemCall, sp, today, all)
}

// plannedItems reads the visits or calls the customers' plans ask for.
func (s *Store) plannedItems(ctx context.Context, kind model.ItemKind, sp span, today model.Date, all map[model.Level]model.VisitPlan) ([]model.ChecklistItem, error) {
	rows, err := s.db.QueryContext(ctx, plannedSQL(kind), string(kind), sp.from, sp.to, sp.limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []model.ChecklistItem
	for rows.Next() {
		var it model.ChecklistItem
		var c model.Customer
		var last, due, from, until sql.NullString
		var visitEvery, callEvery sql.NullInt64
		var paused int
		if err := rows.Scan(&it.CustomerID, &it.CustomerName, &it.Company, &it.Level, &last, &due,
			&visitEvery, &callEvery, &paused, &from, &until); err != nil {
			return nil, err
		}
		it.Kind, it.DueOn, it.LastContactOn = kind, parseStoredDate(due), parseStoredDate(last)
		c.Level, c.PlanPaused = it.Level, paused != 0
		if visitEvery.Valid || callEvery.Valid {
			c.PlanOverride = &model.VisitPlan{VisitEveryDays: int(visitEvery.Int64), CallEveryDays: int(callEvery.Int64)}
		}
		plan := c.Plan(all)
		it.Due.Planned, it.Due.Every = true, plan.VisitEveryDays
		if kind == model.ItemCall {
			it.Due.Every = plan.CallEveryDays
		}
		if u := parseStoredDate(until); !u.IsZero() && u == it.DueOn {
			it.Due.PutOff = parseStoredDate(from)
		}
		it.OverdueDays = model.OverdueDays(it.DueOn, today)
		items = append(items, it)
	}
	return items, rows.Err()
}

// reminderItems reads the open manual reminders.
func (s *Store) reminderItems(ctx context.Context, sp span, today model.Date, _ map[model.Level]model.VisitPlan) ([]model.ChecklistItem, error) {
	rows, err := s.db.QueryContext(ctx, reminderItemsSQL, sp.from, sp.to, sp.limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []model.ChecklistItem
	for rows.Next() {
		var it model.ChecklistItem
		var last, due sql.NullString
		var kind model.ReminderKind
		if err := rows.Scan(&it.CustomerID, &it.CustomerName, &it.Company, &it.Level, &last, &due, &it.Note,
			&it.ReminderID, &kind, &it.Due.Repeat.Every, &it.Due.Repeat.Unit); err != nil {
			return nil, err
		}
		it.Kind, it.DueOn, it.LastContactOn = model.ReminderItemKind(kind), parseStoredDate(due), parseStoredDate(last)
		it.OverdueDays = model.OverdueDays(it.DueOn, today)
		items = append(items, it)
	}
	return items, rows.Err()
}

// complaintItems reads the open complaints whose reply is due: by the day promised, or at once
// when nothing was promised.
func (s *Store) complaintItems(ctx context.Context, sp span, today model.Date, _ map[model.Level]model.VisitPlan) ([]model.ChecklistItem, error) {
	rows, err := s.db.QueryContext(ctx, complaintItemsSQL, sp.from, sp.to, sp.limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []model.ChecklistItem
	for rows.Next() {
		var it model.ChecklistItem
		var last, due sql.NullString
		var goodFaith int
		if err := rows.Scan(&it.CustomerID, &it.CustomerName, &it.Company, &it.Level, &last, &due, &it.Note,
			&it.ComplaintID, &it.Due.Severity, &goodFaith, &it.Due.Handler); err != nil {
			return nil, err
		}
		it.Kind, it.DueOn, it.LastContactOn = model.ItemComplaint, parseStoredDate(due), parseStoredDate(last)
		it.Due.Malicious = goodFaith == 0
		it.OverdueDays = model.OverdueDays(it.DueOn, today)
		items = append(items, it)
	}
	return items, rows.Err()
}

// paymentItems reads the credit deals that fall due and still owe money.
func (s *Store) paymentItems(ctx context.Context, sp span, today model.Date, _ map[model.Level]model.VisitPlan) ([]model.ChecklistItem, error) {
	rows, err := s.db.QueryContext(ctx, paymentItemsSQL, sp.from, sp.to, sp.limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []model.ChecklistItem
	for rows.Next() {
		var it model.ChecklistItem
		var last, due sql.NullString
		if err := rows.Scan(&it.CustomerID, &it.CustomerName, &it.Company, &it.Level, &last, &due, &it.Note,
			&it.DealID, &it.Due.Owed); err != nil {
			return nil, err
		}
		it.Kind, it.DueOn, it.LastContactOn = model.ItemPayment, parseStoredDate(due), parseStoredDate(last)
		it.OverdueDays = model.OverdueDays(it.DueOn, today)
		items = append(items, it)
	}
	return items, rows.Err()
}
