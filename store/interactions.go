package store

import (
	"context"
	"database/sql"

	"guanxi/model"
)

// LogInteraction saves a logged contact and moves the customer's next due visit or call, in one
// transaction; the visit or call reminders it answers are marked done with it.
func (s *Store) LogInteraction(ctx context.Context, i *model.Interaction) error {
	return s.LogInteractionFor(ctx, i, 0)
}

// LogInteractionFor is LogInteraction for a contact that answers a reminder (reminderID, 0 for
// none): the reminder is marked done, or moved to its next turn, in the same transaction.
func (s *Store) LogInteractionFor(ctx context.Context, i *model.Interaction, reminderID int64) error {
	return s.LogInteractionWithNext(ctx, i, reminderID, nil)
}

// LogInteractionWithNext is LogInteractionFor with the reminder its next step becomes (nil for
// none; model.NextStepReminder makes it), added in the same transaction.
func (s *Store) LogInteractionWithNext(ctx context.Context, i *model.Interaction, reminderID int64, next *model.Reminder) error {
	if i.At.IsZero() {
		i.At = s.Now()
	}
	if err := i.Validate(); err != nil {
		return err
	}
	return s.writeFor(ctx, i.CustomerID, func(tx *sql.Tx) error {
		if err := addInteractionRow(ctx, tx, i, s.Now().Unix()); err != nil {
			return err
		}
		if err := s.completeAnsweredReminders(ctx, tx, i, reminderID); err != nil {
			return err
		}
		if next != nil {
			next.CustomerID = i.CustomerID
			if err := next.Validate(); err != nil {
				return err
			}
			return addReminderRow(ctx, tx, next, s.Now().Unix())
		}
		return nil
	})
}

// Interactions returns a customer's logged contacts, newest first; limit 0 means all.
func (s *Store) Interactions(ctx context.Context, customerID int64, limit int) ([]model.Interaction, error) {
	if limit <= 0 {
		limit = -1
	}
	return readRecords(ctx, s.db, "logged contacts", "SELECT "+interactionColumns+" FROM interactions WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?",
		scanInteraction, customerID, limit)
}
