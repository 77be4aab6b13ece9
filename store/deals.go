package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

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
	out, err := dealsOf(ctx, s.db, customerID)
	slices.Reverse(out) // dealsOf's order is by day then id, oldest first
	return out, err
}
