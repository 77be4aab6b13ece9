package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// ReconcileCalendarExport remembers the events of a calendar export and returns their SEQUENCEs
// and the earlier events to send cancelled, as model.ReconcileCalendar works them out from what
// the book remembers of earlier exports. Only events of customers in the scope are compared, so a
// smaller export cancels nothing of a larger one. All in one transaction: two exports at once
// cannot both take the same SEQUENCE for a changed event.
func (s *Store) ReconcileCalendarExport(ctx context.Context, now []model.ExportedEvent, sc Scope, today model.Date, keepDays int) (model.CalendarChanges, error) {
	var out model.CalendarChanges
	err := s.tx(ctx, func(tx *sql.Tx) error {
		prev, err := exportedEvents(ctx, tx)
		if err != nil {
			return err
		}
		out = model.ReconcileCalendar(prev, now, sc.has, today, keepDays)
		put, err := tx.PrepareContext(ctx, `INSERT INTO calendar_exports (uid, customer_id, sequence, fingerprint,
			on_date, summary, cancelled) VALUES (?,?,?,?,?,?,?) ON CONFLICT(uid) DO UPDATE SET
			customer_id = excluded.customer_id, sequence = excluded.sequence, fingerprint = excluded.fingerprint,
			on_date = excluded.on_date, summary = excluded.summary, cancelled = excluded.cancelled`)
		if err != nil {
			return err
		}
		defer put.Close()
		for _, list := range [][]model.ExportedEvent{out.Current, out.Cancelled} {
			for _, e := range list {
				if _, err := put.ExecContext(ctx, e.UID, e.CustomerID, e.Sequence, e.Fingerprint, e.On.String(),
					e.Summary, boolInt(e.Cancelled)); err != nil {
					return err
				}
			}
		}
		for _, uid := range out.Forget {
			if _, err := tx.ExecContext(ctx, "DELETE FROM calendar_exports WHERE uid = ?", uid); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return model.CalendarChanges{}, fmt.Errorf("remember the calendar export: %w", err)
	}
	return out, nil
}

// exportedEvents reads what the book remembers of earlier calendar exports.
func exportedEvents(ctx context.Context, tx *sql.Tx) ([]model.ExportedEvent, error) {
	return readAll(ctx, tx, `SELECT uid, customer_id, sequence, fingerprint, on_date, summary, cancelled
		FROM calendar_exports ORDER BY on_date, uid`, func(rows *sql.Rows) (model.ExportedEvent, error) {
		var e model.ExportedEvent
		var on sql.NullString
		var cancelled int
		err := rows.Scan(&e.UID, &e.CustomerID, &e.Sequence, &e.Fingerprint, &on, &e.Summary, &cancelled)
		e.On, e.Cancelled = parseStoredDate(on), cancelled != 0
		return e, err
	})
}
