package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"guanxi/model"
)

// SetCustomerPlan gives one customer their own visit plan (override; nil: their level's plan) or
// pauses it, and moves their due dates at once. Only the plan is written, so an edit of the
// profile made meanwhile elsewhere is kept.
func (s *Store) SetCustomerPlan(ctx context.Context, id int64, override *model.VisitPlan, paused bool) error {
	if override != nil {
		if err := override.Validate(); err != nil {
			return err
		}
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE customers SET visit_every_days = ?, call_every_days = ?, plan_paused = ?,
			updated_at = ? WHERE id = ? AND deleted_at IS NULL`, planArg(override, true), planArg(override, false),
			boolInt(paused), s.Now().Unix(), id)
		if err != nil {
			return fmt.Errorf("save the visit plan: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("customer %d: %w", id, model.ErrNotFound)
		}
		return s.refreshDerived(ctx, tx, id)
	})
}

// ErrNothingPlanned is returned when a planned visit or call is put off for a customer whose plan
// asks for none.
var ErrNothingPlanned = errors.New("the customer's plan asks for no such contact")

// SnoozePlan puts off a customer's planned visit or call (kind ItemVisit or ItemCall) to a later
// day. The snooze holds until a contact is logged or the plan changes, whichever moves the plan's
// own date first.
func (s *Store) SnoozePlan(ctx context.Context, customerID int64, kind model.ItemKind, to model.Date) error {
	col := map[model.ItemKind]string{model.ItemVisit: "next_visit_on", model.ItemCall: "next_call_on"}[kind]
	if col == "" {
		return fmt.Errorf("only a planned visit or call can be put off, not %q", kind)
	}
	due := func(tx *sql.Tx) (model.Date, error) {
		var d sql.NullString
		err := tx.QueryRowContext(ctx, "SELECT "+col+" FROM customers WHERE id = ? AND deleted_at IS NULL", customerID).Scan(&d)
		if errors.Is(err, sql.ErrNoRows) {
			return model.Date{}, fmt.Errorf("customer %d: %w", customerID, model.ErrNotFound)
		}
		if err != nil {
			return model.Date{}, err
		}
		if parseStoredDate(d).IsZero() {
			return model.Date{}, ErrNothingPlanned
		}
		return parseStoredDate(d), nil
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		current, err := due(tx)
		if err != nil {
			return err
		}
		if err := model.CheckSnooze(current, s.Today(), to); err != nil {
			return err
		}
		// The plan's own date, without any snooze, is what the new snooze holds against. The new
		// one takes the old one's uid: putting off again changes the put-off, it deletes nothing,
		// and the mark its delete leaves counts for nothing once the uid is back.
		var uid string
		err = tx.QueryRowContext(ctx, "DELETE FROM plan_snoozes WHERE customer_id = ? AND kind = ? RETURNING uid", customerID, kind).Scan(&uid)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("put off the %s: %w", kind, err)
		}
		if err := s.refreshDerived(ctx, tx, customerID); err != nil {
			return err
		}
		from, err := due(tx)
		if err != nil {
			return err
		}
		if err := putSnooze(ctx, tx, customerID, kind, model.PlanSnooze{From: from, Until: to}, uid, s.Now().Unix()); err != nil {
			return err
		}
		return s.refreshDerived(ctx, tx, customerID)
	})
}

// snoozesSQL reads a customer's visit and call snoozes as "FROM UNTIL" text, for the refresher.
const snoozesSQL = `(SELECT from_on || ' ' || until_on FROM plan_snoozes WHERE customer_id = c.id AND kind = 'visit'),
		(SELECT from_on || ' ' || until_on FROM plan_snoozes WHERE customer_id = c.id AND kind = 'call')`

// parseSnooze reads what snoozesSQL gives.
func parseSnooze(ns sql.NullString) model.PlanSnooze {
	if !ns.Valid {
		return model.PlanSnooze{}
	}
	from, until, _ := strings.Cut(ns.String, " ")
	return model.PlanSnooze{
		From:  parseStoredDate(sql.NullString{String: from, Valid: true}),
		Until: parseStoredDate(sql.NullString{String: until, Valid: true}),
	}
}

// putSnooze records a planned visit or call (kind) put off: the day the plan asked for and the day
// it is put off to, in place of any snooze of that kind the customer had, which keeps its uid. A
// new one takes uid, or a new uid when uid is ""; now is its updated_at (and created_at if new).
func putSnooze(ctx context.Context, q execer, customerID int64, kind model.ItemKind, sn model.PlanSnooze, uid string, now int64) error {
	if uid == "" {
		uid = newUID()
	}
	_, err := q.ExecContext(ctx, `INSERT INTO plan_snoozes (customer_id, kind, from_on, until_on, created_at, uid, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(customer_id, kind) DO UPDATE SET from_on = excluded.from_on, until_on = excluded.until_on,
		updated_at = excluded.updated_at`,
		customerID, string(kind), sn.From.String(), sn.Until.String(), now, uid, now)
	if err != nil {
		return fmt.Errorf("put off the %s: %w", kind, err)
	}
	return nil
}
