package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// AddReminder saves a manual reminder and moves the customer's next due date if it is earlier.
func (s *Store) AddReminder(ctx context.Context, r *model.Reminder) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := s.insertReminder(ctx, tx, r); err != nil {
			return err
		}
		return s.refreshDerived(ctx, tx, r.CustomerID)
	})
}

// insertReminder writes a new reminder inside a transaction; the caller refreshes the figures.
func (s *Store) insertReminder(ctx context.Context, tx *sql.Tx, r *model.Reminder) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if r.UID == "" {
		r.UID = newUID()
	}
	now := s.Now().Unix()
	res, err := tx.ExecContext(ctx, `INSERT INTO reminders (uid, customer_id, due_on, kind, note, created_at,
		updated_at, repeat_every, repeat_unit, repeat_anchor) VALUES (?,?,?,?,?,?,?,?,?,?)`, r.UID, r.CustomerID,
		r.DueOn.String(), r.Kind, r.Note, now, now, r.Repeat.Every, r.Repeat.Unit, dateArg(r.Anchor))
	if err != nil {
		return fmt.Errorf("save the reminder: %w", err)
	}
	r.ID, err = res.LastInsertId()
	return err
}

// Reminders returns a customer's reminders, open ones first by due date; openOnly leaves out done ones.
func (s *Store) Reminders(ctx context.Context, customerID int64, openOnly bool) ([]model.Reminder, error) {
	q := `SELECT ` + reminderColumns + ` FROM reminders WHERE customer_id = ?`
	if openOnly {
		q += " AND done_at IS NULL"
	}
	rows, err := s.db.QueryContext(ctx, q+" ORDER BY done_at IS NOT NULL, due_on, id", customerID)
	if err != nil {
		return nil, fmt.Errorf("read reminders: %w", err)
	}
	defer rows.Close()
	var out []model.Reminder
	for rows.Next() {
		r, err := scanReminder(rows)
		if err != nil {
			return nil, fmt.Errorf("read reminders: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// CompleteReminder marks a reminder done; a repeating one moves on to its next turn instead.
func (s *Store) CompleteReminder(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		r, err := s.reminderTx(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := s.completeReminder(ctx, tx, r, s.Today()); err != nil {
			return err
		}
		return s.refreshDerived(ctx, tx, r.CustomerID)
	})
}

// SnoozeReminder moves an open reminder to another day.
func (s *Store) SnoozeReminder(ctx context.Context, id int64, to model.Date) error {
	if to.IsZero() {
		return fmt.Errorf("snooze to which day?")
	}
	return s.changeReminder(ctx, id, "due_on = ?", to.String())
}

// changeReminder sets one column of a reminder and refreshes its customer's due dates.
func (s *Store) changeReminder(ctx context.Context, id int64, set string, v any) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var customer int64
		if err := tx.QueryRowContext(ctx, "SELECT customer_id FROM reminders WHERE id = ?", id).Scan(&customer); err != nil {
			if err == sql.ErrNoRows {
				return fmt.Errorf("reminder %d: %w", id, model.ErrNotFound)
			}
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE reminders SET "+set+", updated_at = ? WHERE id = ?", v, s.Now().Unix(), id); err != nil {
			return fmt.Errorf("change the reminder: %w", err)
		}
		return s.refreshDerived(ctx, tx, customer)
	})
}
