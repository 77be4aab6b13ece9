package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// AddDeal saves a deal and updates the customer's order total and amount owed, in one transaction.
func (s *Store) AddDeal(ctx context.Context, d *model.Deal) error {
	if d.On.IsZero() {
		d.On = s.Today()
	}
	if err := d.Validate(); err != nil {
		return err
	}
	if d.UID == "" {
		d.UID = newUID()
	}
	now := s.Now().Unix()
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO deals (uid, customer_id, on_date, product, amount, credit_due_on,
			paid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`, d.UID, d.CustomerID, d.On.String(), d.Product,
			d.Amount, dateArg(d.CreditDueOn), d.Paid, now, now)
		if err != nil {
			return fmt.Errorf("save the deal: %w", err)
		}
		if d.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return s.refreshDerived(ctx, tx, d.CustomerID)
	})
}

// Deals returns a customer's deals, newest first.
func (s *Store) Deals(ctx context.Context, customerID int64) ([]model.Deal, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, uid, customer_id, on_date, product, amount, credit_due_on, paid
		FROM deals WHERE customer_id = ? ORDER BY on_date DESC, id DESC`, customerID)
	if err != nil {
		return nil, fmt.Errorf("read deals: %w", err)
	}
	defer rows.Close()
	var out []model.Deal
	for rows.Next() {
		var d model.Deal
		var on, due sql.NullString
		if err := rows.Scan(&d.ID, &d.UID, &d.CustomerID, &on, &d.Product, &d.Amount, &due, &d.Paid); err != nil {
			return nil, fmt.Errorf("read deals: %w", err)
		}
		d.On, d.CreditDueOn = parseStoredDate(on), parseStoredDate(due)
		out = append(out, d)
	}
	return out, rows.Err()
}
