package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"guanxi/model"
)

// refreshDerived recomputes a customer's derived figures (last contacts, next due dates, order
// total, amount owed) from their records, inside the transaction that changed them, so the list
// and the checklist never show a stale or duplicate due item.
func (s *Store) refreshDerived(ctx context.Context, tx *sql.Tx, id int64) error {
	all, err := plans(ctx, tx)
	if err != nil {
		return err
	}
	return s.refreshWithPlans(ctx, tx, id, all)
}

func (s *Store) refreshWithPlans(ctx context.Context, tx *sql.Tx, id int64, all map[model.Level]model.VisitPlan) error {
	var c model.Customer
	var visitEvery, callEvery sql.NullInt64
	var paused int
	var created int64
	var firstDeal, reminderDue sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT level, visit_every_days, call_every_days, plan_paused, created_at,
		(SELECT min(on_date) FROM deals WHERE customer_id = c.id),
		(SELECT coalesce(sum(amount), 0) FROM deals WHERE customer_id = c.id),
		(SELECT coalesce(sum(amount - paid), 0) FROM deals WHERE customer_id = c.id AND credit_due_on IS NOT NULL AND paid < amount),
		(SELECT min(due_on) FROM reminders WHERE customer_id = c.id AND done_at IS NULL)
		FROM customers c WHERE id = ?`, id).Scan(&c.Level, &visitEvery, &callEvery, &paused, &created,
		&firstDeal, &c.OrderTotal, &c.Owed, &reminderDue)
	if err != nil {
		return fmt.Errorf("refresh customer %d: %w", id, err)
	}
	if visitEvery.Valid || callEvery.Valid {
		c.PlanOverride = &model.VisitPlan{VisitEveryDays: int(visitEvery.Int64), CallEveryDays: int(callEvery.Int64)}
	}
	c.PlanPaused = paused != 0

	// The last day of each channel; model decides which channels count as a visit or a call.
	rows, err := tx.QueryContext(ctx, `SELECT channel, max(substr(at, 1, 10)) FROM interactions WHERE customer_id = ? GROUP BY channel`, id)
	if err != nil {
		return fmt.Errorf("refresh customer %d: %w", id, err)
	}
	for rows.Next() {
		var ch model.Channel
		var day sql.NullString
		if err := rows.Scan(&ch, &day); err != nil {
			rows.Close()
			return err
		}
		d := parseStoredDate(day)
		if d.After(c.LastContactOn) || c.LastContactOn.IsZero() {
			c.LastContactOn = d
		}
		if model.CountsAsVisit(ch) && (c.LastVisitOn.IsZero() || d.After(c.LastVisitOn)) {
			c.LastVisitOn = d
		}
		if model.CountsAsCall(ch) && (c.LastCallOn.IsZero() || d.After(c.LastCallOn)) {
			c.LastCallOn = d
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	since := model.DateOf(time.Unix(created, 0))
	nextVisit, nextCall := model.NextDue(c.Plan(all), c.LastVisitOn, c.LastCallOn, since)
	nextDue := model.EarliestDate(nextVisit, nextCall, parseStoredDate(reminderDue))
	_, err = tx.ExecContext(ctx, `UPDATE customers SET first_deal_on=?, last_contact_on=?, last_visit_on=?,
		last_call_on=?, next_visit_on=?, next_call_on=?, next_due_on=?, order_total=?, owed=? WHERE id=?`,
		firstDeal, dateArg(c.LastContactOn), dateArg(c.LastVisitOn), dateArg(c.LastCallOn), dateArg(nextVisit),
		dateArg(nextCall), dateArg(nextDue), c.OrderTotal, c.Owed, id)
	if err != nil {
		return fmt.Errorf("refresh customer %d: %w", id, err)
	}
	return nil
}

// refreshLevel recomputes the due dates of every customer of a level, after its plan changed.
func (s *Store) refreshLevel(ctx context.Context, tx *sql.Tx, level model.Level) error {
	all, err := plans(ctx, tx)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, "SELECT id FROM customers WHERE level = ?", level)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		if err := s.refreshWithPlans(ctx, tx, id, all); err != nil {
			return err
		}
	}
	return rows.Err()
}
