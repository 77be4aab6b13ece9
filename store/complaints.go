package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// complaintColumns are read in this order by scanComplaint.
const complaintColumns = `id, uid, customer_id, on_date, what, severity, good_faith, handler, reply_by, resolved_on, summary`

func scanComplaint(r rowScanner) (model.Complaint, error) {
	var c model.Complaint
	var on, replyBy, resolved sql.NullString
	var goodFaith int
	err := r.Scan(&c.ID, &c.UID, &c.CustomerID, &on, &c.What, &c.Severity, &goodFaith, &c.Handler, &replyBy, &resolved, &c.Summary)
	c.On, c.ReplyBy, c.ResolvedOn = parseStoredDate(on), parseStoredDate(replyBy), parseStoredDate(resolved)
	c.GoodFaith = goodFaith != 0
	return c, err
}

// AddComplaint validates and records a customer's complaint.
func (s *Store) AddComplaint(ctx context.Context, c *model.Complaint) error {
	if c.On.IsZero() {
		c.On = s.Today()
	}
	if err := c.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error { return addComplaintRow(ctx, tx, c, s.Now().Unix()) })
}

// Complaints returns a customer's complaints, open ones first, newest first within each.
func (s *Store) Complaints(ctx context.Context, customerID int64) ([]model.Complaint, error) {
	return readRecords(ctx, s.db, "complaints", "SELECT "+complaintColumns+` FROM complaints WHERE customer_id = ?
		ORDER BY resolved_on IS NOT NULL, on_date DESC, id DESC`, scanComplaint, customerID)
}

// Complaint returns one complaint by id.
func (s *Store) Complaint(ctx context.Context, id int64) (model.Complaint, error) {
	return complaintByID(ctx, s.db, id)
}

func complaintByID(ctx context.Context, q querier, id int64) (model.Complaint, error) {
	return recordByID(ctx, q, model.RecordComplaint, complaintColumns, scanComplaint, id)
}

// ResolveComplaint closes an open complaint on a day with a summary of what was done; it returns
// the complaint as saved.
func (s *Store) ResolveComplaint(ctx context.Context, id int64, on model.Date, summary string) (model.Complaint, error) {
	if on.IsZero() {
		on = s.Today()
	}
	var out model.Complaint
	err := s.tx(ctx, func(tx *sql.Tx) error {
		c, err := complaintByID(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := c.Resolve(on, summary); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE complaints SET resolved_on = ?, summary = ?, updated_at = ? WHERE id = ?",
			c.ResolvedOn.String(), c.Summary, s.Now().Unix(), id); err != nil {
			return fmt.Errorf("resolve the complaint: %w", err)
		}
		out = c
		return nil
	})
	return out, err
}
