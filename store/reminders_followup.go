package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"guanxi/model"
)

// reminderColumns are read in this order by scanReminder.
const reminderColumns = `id, uid, customer_id, due_on, kind, note, done_at, repeat_every, repeat_unit, repeat_anchor`

func scanReminder(r rowScanner) (model.Reminder, error) {
	var out model.Reminder
	var due, anchor sql.NullString
	var done sql.NullInt64
	if err := r.Scan(&out.ID, &out.UID, &out.CustomerID, &due, &out.Kind, &out.Note, &done, &out.Repeat.Every,
		&out.Repeat.Unit, &anchor); err != nil {
		return out, err
	}
	out.DueOn, out.Anchor = parseStoredDate(due), parseStoredDate(anchor)
	if done.Valid {
		out.DoneAt = time.Unix(done.Int64, 0)
	}
	return out, nil
}

// Reminder returns one reminder by id.
func (s *Store) Reminder(ctx context.Context, id int64) (model.Reminder, error) {
	return s.reminderTx(ctx, s.db, id)
}

func (s *Store) reminderTx(ctx context.Context, q querier, id int64) (model.Reminder, error) {
	return recordByID(ctx, q, model.RecordReminder, reminderColumns, scanReminder, id)
}

// completeReminder marks a reminder done on a day, or moves a repeating one to its next turn.
func (s *Store) completeReminder(ctx context.Context, tx *sql.Tx, r model.Reminder, on model.Date) error {
	now := s.Now().Unix()
	if !r.Open() {
		return nil
	}
	var err error
	if next := r.Repeat.Next(r.Anchor, r.DueOn, on); !next.IsZero() {
		_, err = tx.ExecContext(ctx, "UPDATE reminders SET due_on = ?, repeat_anchor = ?, updated_at = ? WHERE id = ?",
			next.String(), dateArg(model.EarliestDate(r.Anchor, r.DueOn)), now, r.ID)
	} else {
		_, err = tx.ExecContext(ctx, "UPDATE reminders SET done_at = ?, updated_at = ? WHERE id = ?", now, now, r.ID)
	}
	if err != nil {
		return fmt.Errorf("mark the reminder done: %w", err)
	}
	return nil
}

// completeAnsweredReminders marks done (or moves on) the open reminders of a customer that a logged
// contact answers: the one it was logged for (reminderID, 0 for none), and the reminders due on or
// before the day of the contact that a contact of its channel answers (model.ReminderAnsweredBy).
// So a logged visit never leaves its reminder behind as a stale item, and no reminder moves on
// twice.
func (s *Store) completeAnsweredReminders(ctx context.Context, tx *sql.Tx, i *model.Interaction, reminderID int64) error {
	day := model.DateOf(i.At.In(time.Local))
	kinds, kindArgs := inList(model.AnswerableReminderKinds)
	rows, err := tx.QueryContext(ctx, "SELECT "+reminderColumns+` FROM reminders
		WHERE customer_id = ? AND done_at IS NULL AND (id = ? OR (due_on <= ? AND kind IN (`+kinds+`)))`,
		append([]any{i.CustomerID, reminderID, day.String()}, kindArgs...)...)
	if err != nil {
		return fmt.Errorf("read the customer's reminders: %w", err)
	}
	var answered []model.Reminder
	for rows.Next() {
		r, err := scanReminder(rows)
		if err != nil {
			rows.Close()
			return err
		}
		if r.ID == reminderID || model.ReminderAnsweredBy(r.Kind, i.Channel) {
			answered = append(answered, r)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range answered {
		if err := s.completeReminder(ctx, tx, r, day); err != nil {
			return err
		}
	}
	return nil
}

// RescheduleReminder moves a reminder to another day for good: a repeating one counts its turns
// from that day on.
func (s *Store) RescheduleReminder(ctx context.Context, id int64, to model.Date) error {
	if to.IsZero() {
		return fmt.Errorf("reschedule to which day?")
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		r, err := s.reminderTx(ctx, tx, id)
		if err != nil {
			return err
		}
		anchor := any(nil)
		if !r.Repeat.IsZero() {
			anchor = to.String()
		}
		if _, err := tx.ExecContext(ctx, "UPDATE reminders SET due_on = ?, repeat_anchor = ?, updated_at = ? WHERE id = ?",
			to.String(), anchor, s.Now().Unix(), id); err != nil {
			return fmt.Errorf("reschedule the reminder: %w", err)
		}
		return s.refreshDerived(ctx, tx, r.CustomerID)
	})
}

// DeleteReminder moves a reminder to the record trash, from where RestoreReminder brings it back.
func (s *Store) DeleteReminder(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, model.RecordReminder, id)
}

// RestoreReminder brings a deleted reminder back from the record trash, as it was.
func (s *Store) RestoreReminder(ctx context.Context, id int64) error {
	return s.RestoreRecord(ctx, model.RecordReminder, id)
}
