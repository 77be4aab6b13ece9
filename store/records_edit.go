package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"guanxi/model"
)

// Correcting a record of a customer: each function validates the record with model's rules,
// writes it in one transaction and recomputes the customer's derived figures in the same one, so
// the list, the checklist, the value classes and the analysis follow at once. A record's customer
// never changes; a record of a customer in the trash is not found.

// UpdateDeal corrects a deal's day, product, amount and credit due date. What was paid on it stays;
// the amount cannot fall below it (model.CheckDealChange).
func (s *Store) UpdateDeal(ctx context.Context, d *model.Deal) error {
	return s.changeRecord(ctx, model.RecordDeal, d.ID, func(tx *sql.Tx, customer int64) error {
		if err := tx.QueryRowContext(ctx, "SELECT paid FROM deals WHERE id = ?", d.ID).Scan(&d.Paid); err != nil {
			return fmt.Errorf("read deal %d: %w", d.ID, err)
		}
		d.CustomerID = customer
		if err := model.CheckDealChange(*d, d.Paid); err != nil {
			return err
		}
		if err := d.Validate(); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE deals SET on_date = ?, product = ?, amount = ?, credit_due_on = ?,
			updated_at = ? WHERE id = ?`, d.On.String(), d.Product, d.Amount, dateArg(d.CreditDueOn), s.Now().Unix(), d.ID); err != nil {
			return fmt.Errorf("correct the deal: %w", err)
		}
		return nil
	})
}

// Deal returns one deal by id.
func (s *Store) Deal(ctx context.Context, id int64) (model.Deal, error) {
	return recordByID(ctx, s.db, model.RecordDeal, dealColumns, scanDeal, id)
}

// UpdateInteraction corrects a logged contact: when, how, with whom, what was said and the next
// step. The last contact and the next due visit or call follow.
func (s *Store) UpdateInteraction(ctx context.Context, i *model.Interaction) error {
	return s.correctRecord(ctx, model.RecordLog, i.ID, i, func(tx *sql.Tx, customer int64) error {
		i.CustomerID = customer
		var contact any
		if i.ContactID != 0 {
			if err := contactOf(ctx, tx, customer, i.ContactID); err != nil {
				return err
			}
			contact = i.ContactID
		}
		if _, err := tx.ExecContext(ctx, `UPDATE interactions SET at = ?, channel = ?, contact_id = ?, summary = ?,
			next_step = ?, updated_at = ? WHERE id = ?`, atArg(i.At), i.Channel, contact, i.Summary, i.NextStep,
			s.Now().Unix(), i.ID); err != nil {
			return fmt.Errorf("correct the logged contact: %w", err)
		}
		return nil
	})
}

// writeFor runs write in one transaction and recomputes the figures of the customer it writes for
// in the same one, so every view of them follows at once.
func (s *Store) writeFor(ctx context.Context, customer int64, write func(tx *sql.Tx) error) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := write(tx); err != nil {
			return err
		}
		return s.refreshDerived(ctx, tx, customer)
	})
}

// changeRecord changes a record of kind in one transaction: change runs with the record's
// customer, found first (a record of a customer in the trash is not found), and the customer's
// figures are recomputed after it.
func (s *Store) changeRecord(ctx context.Context, kind model.RecordKind, id int64, change func(tx *sql.Tx, customer int64) error) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		customer, err := recordCustomer(ctx, tx, kind, id)
		if err != nil {
			return err
		}
		if err := change(tx, customer); err != nil {
			return err
		}
		return s.refreshDerived(ctx, tx, customer)
	})
}

// correctRecord is changeRecord of a corrected record that checks itself first: one that makes no
// sense is refused before the book is touched.
func (s *Store) correctRecord(ctx context.Context, kind model.RecordKind, id int64, r interface{ Validate() error }, change func(tx *sql.Tx, customer int64) error) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return s.changeRecord(ctx, kind, id, change)
}

// recordByID reads one record of kind by its id, through its columns and the function that scans
// them; a record that is not there is model.ErrNotFound.
func recordByID[T any](ctx context.Context, q querier, kind model.RecordKind, columns string, scan func(rowScanner) (T, error), id int64) (T, error) {
	v, err := scan(q.QueryRowContext(ctx, "SELECT "+columns+" FROM "+trashTables[kind]+" WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return v, fmt.Errorf("%s %d: %w", kind.Name().En, id, model.ErrNotFound)
	}
	if err != nil {
		return v, fmt.Errorf("read %s %d: %w", kind.Name().En, id, err)
	}
	return v, nil
}

// contactOf checks that a contact person belongs to the customer.
func contactOf(ctx context.Context, q querier, customer, contact int64) error {
	var n int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM contacts WHERE id = ? AND customer_id = ?", contact, customer).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return &model.FieldError{Field: "contact", Msg: model.Text{Zh: "这位联系人不属于该客户", En: "that contact person belongs to another customer"}}
	}
	return nil
}

// Interaction returns one logged contact by id.
func (s *Store) Interaction(ctx context.Context, id int64) (model.Interaction, error) {
	return recordByID(ctx, s.db, model.RecordLog, interactionColumns, scanInteraction, id)
}

// UpdatePayment corrects a payment's day, amount and note; what was paid on its deal, and so what
// is owed, follows. The payment cannot exceed what its deal leaves owed.
func (s *Store) UpdatePayment(ctx context.Context, p *model.Payment) error {
	return s.correctRecord(ctx, model.RecordPayment, p.ID, p, func(tx *sql.Tx, customer int64) error {
		var old, paid, dealAmount model.Money
		if err := tx.QueryRowContext(ctx, `SELECT p.amount, p.deal_id, d.paid, d.amount FROM payments p
			JOIN deals d ON d.id = p.deal_id WHERE p.id = ?`, p.ID).Scan(&old, &p.DealID, &paid, &dealAmount); err != nil {
			return fmt.Errorf("read payment %d: %w", p.ID, err)
		}
		if err := model.CheckPaymentChange(old, p.Amount, paid, dealAmount); err != nil {
			return err
		}
		p.CustomerID = customer
		now := s.Now().Unix()
		if _, err := tx.ExecContext(ctx, "UPDATE payments SET on_date = ?, amount = ?, note = ?, updated_at = ? WHERE id = ?",
			p.On.String(), p.Amount, p.Note, now, p.ID); err != nil {
			return fmt.Errorf("correct the payment: %w", err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE deals SET paid = paid - ? + ?, updated_at = ? WHERE id = ?", old, p.Amount, now, p.DealID); err != nil {
			return fmt.Errorf("correct the payment: %w", err)
		}
		return nil
	})
}

// UpdateComplaint corrects a complaint: its day, what it is about, severity, good faith, who handles
// it, the reply promised, and when and how it was resolved.
func (s *Store) UpdateComplaint(ctx context.Context, c *model.Complaint) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if err := model.CheckComplaintChange(*c); err != nil {
		return err
	}
	return s.changeRecord(ctx, model.RecordComplaint, c.ID, func(tx *sql.Tx, customer int64) error {
		c.CustomerID = customer
		if _, err := tx.ExecContext(ctx, `UPDATE complaints SET on_date = ?, what = ?, severity = ?, good_faith = ?,
			handler = ?, reply_by = ?, resolved_on = ?, summary = ?, updated_at = ? WHERE id = ?`, c.On.String(), c.What,
			c.Severity, boolInt(c.GoodFaith), c.Handler, dateArg(c.ReplyBy), dateArg(c.ResolvedOn), c.Summary,
			s.Now().Unix(), c.ID); err != nil {
			return fmt.Errorf("correct the complaint: %w", err)
		}
		return nil
	})
}

// UpdateReminder corrects a reminder's day, kind, note and repetition; the next due date follows.
func (s *Store) UpdateReminder(ctx context.Context, r *model.Reminder) error {
	if !r.Repeat.IsZero() {
		r.Anchor = r.DueOn // turns count from the corrected day
	}
	return s.correctRecord(ctx, model.RecordReminder, r.ID, r, func(tx *sql.Tx, customer int64) error {
		r.CustomerID = customer
		if _, err := tx.ExecContext(ctx, `UPDATE reminders SET due_on = ?, kind = ?, note = ?, repeat_every = ?,
			repeat_unit = ?, repeat_anchor = ?, updated_at = ? WHERE id = ?`, r.DueOn.String(), r.Kind, r.Note,
			r.Repeat.Every, r.Repeat.Unit, dateArg(r.Anchor), s.Now().Unix(), r.ID); err != nil {
			return fmt.Errorf("correct the reminder: %w", err)
		}
		return nil
	})
}

// ReopenReminder undoes marking a reminder done: it waits again on its day, and the next due date
// follows. A reminder that is open already is left as it is.
func (s *Store) ReopenReminder(ctx context.Context, id int64) error {
	return s.changeRecord(ctx, model.RecordReminder, id, func(tx *sql.Tx, customer int64) error {
		if _, err := tx.ExecContext(ctx, "UPDATE reminders SET done_at = NULL, updated_at = ? WHERE id = ? AND done_at IS NOT NULL",
			s.Now().Unix(), id); err != nil {
			return fmt.Errorf("open the reminder again: %w", err)
		}
		return nil
	})
}

// Payment returns one payment by id.
func (s *Store) Payment(ctx context.Context, id int64) (model.Payment, error) {
	return recordByID(ctx, s.db, model.RecordPayment, paymentColumns, scanPayment, id)
}

// Contact returns one contact person by id, with their personality type codes.
func (s *Store) Contact(ctx context.Context, id int64) (model.Contact, error) {
	var customer int64
	err := s.db.QueryRowContext(ctx, "SELECT customer_id FROM contacts WHERE id = ?", id).Scan(&customer)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Contact{}, fmt.Errorf("contact %d: %w", id, model.ErrNotFound)
	}
	if err != nil {
		return model.Contact{}, err
	}
	all, err := s.Contacts(ctx, customer)
	if err != nil {
		return model.Contact{}, err
	}
	for _, c := range all {
		if c.ID == id {
			return c, nil
		}
	}
	return model.Contact{}, fmt.Errorf("contact %d: %w", id, model.ErrNotFound)
}
