package store

import (
	"context"
	"database/sql"
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
	return s.writeFor(ctx, d.CustomerID, func(tx *sql.Tx) error { return addDealRow(ctx, tx, d, s.Now().Unix()) })
}

// Deals returns a customer's deals, newest first.
func (s *Store) Deals(ctx context.Context, customerID int64) ([]model.Deal, error) {
	out, err := dealsOf(ctx, s.db, customerID)
	slices.Reverse(out) // dealsOf's order is by day then id, oldest first
	return out, err
}
