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
	return s.writeFor(ctx, r.CustomerID, func(tx *sql.Tx) error { return addReminderRow(ctx, tx, r, s.Now().Unix()) })
}

// Reminders returns a customer's reminders, open ones first by due date; openOnly leaves out done ones.
func (s *Store) Reminders(ctx context.Context, customerID int64, openOnly bool) ([]model.Reminder, error) {
	q := `SELECT ` + reminderColumns + ` FROM reminders WHERE customer_id = ?`
	if openOnly {
		q += " AND done_at IS NULL"
	}
	return readRecords(ctx, s.db, "reminders", q+" ORDER BY done_at IS NOT NULL, due_on, id",
		scanReminder, customerID)
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
