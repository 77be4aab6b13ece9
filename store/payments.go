package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// RecordPayment records money received from a customer: on one deal (dealID), or with dealID 0
// spread over their open credit deals in the order they fall due. Each deal's paid total and the
// customer's balance move in the same transaction. It returns the payments written, one per deal;
// a payment above what is owed is refused and nothing is written.
func (s *Store) RecordPayment(ctx context.Context, customerID int64, amount model.Money, dealID int64, on model.Date, note string) ([]model.Payment, error) {
	if on.IsZero() {
		on = s.Today()
	}
	probe := model.Payment{Amount: amount, On: on, Note: note}
	if err := probe.Validate(); err != nil {
		return nil, err
	}
	var out []model.Payment
	err := s.writeFor(ctx, customerID, func(tx *sql.Tx) error {
		var exists int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NULL", customerID).Scan(&exists); err != nil {
			return err
		}
		if exists == 0 {
			return fmt.Errorf("customer %d: %w", customerID, model.ErrNotFound)
		}
		deals, err := dealsOf(ctx, tx, customerID)
		if err != nil {
			return err
		}
		shares, err := model.AllocatePayment(deals, amount, dealID)
		if err != nil {
			return err
		}
		now := s.Now().Unix()
		for _, sh := range shares {
			p := model.Payment{DealID: sh.DealID, CustomerID: customerID, On: on, Amount: sh.Amount, Note: probe.Note}
			if err := addPaymentRow(ctx, tx, &p, now); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, "UPDATE deals SET paid = paid + ?, updated_at = ? WHERE id = ?", sh.Amount, now, sh.DealID); err != nil {
				return fmt.Errorf("save the payment: %w", err)
			}
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// dealsOf reads a customer's deals inside a transaction.
func dealsOf(ctx context.Context, q querier, customerID int64) ([]model.Deal, error) {
	return readRecords(ctx, q, "deals", "SELECT "+dealColumns+" FROM deals WHERE customer_id = ? ORDER BY on_date, id",
		scanDeal, customerID)
}

// Payments returns what a customer has paid on their credit deals, newest first.
func (s *Store) Payments(ctx context.Context, customerID int64) ([]model.Payment, error) {
	return readRecords(ctx, s.db, "payments", "SELECT "+paymentColumns+" FROM payments WHERE customer_id = ? ORDER BY on_date DESC, id DESC",
		scanPayment, customerID)
}
