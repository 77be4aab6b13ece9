package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// AddContact validates and saves a new contact person of a customer.
func (s *Store) AddContact(ctx context.Context, c *model.Contact) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	now := s.Now()
	c.CreatedAt, c.UpdatedAt = now, now
	return s.tx(ctx, func(tx *sql.Tx) error { return addContactRow(ctx, tx, c, now.Unix()) })
}

// UpdateContact validates and saves an existing contact person.
func (s *Store) UpdateContact(ctx context.Context, c *model.Contact) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	c.UpdatedAt = s.Now()
	birthday, yearly := yearlyArgs(c.Birthday, c.BirthdayYearly)
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE contacts SET name=?, title=?, role=?, phone=?, email=?, wechat=?,
			birthday=?, birthday_yearly=?, notes=?, updated_at=? WHERE id=?`, c.Name, c.Title, c.Role, c.Phone,
			c.Email, c.WeChat, birthday, yearly, c.Notes, c.UpdatedAt.Unix(), c.ID)
		if err != nil {
			return fmt.Errorf("save contact %s: %w", c.Name, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("contact %d: %w", c.ID, model.ErrNotFound)
		}
		return nil
	})
}

// Contacts returns the contact people of a customer, with their personality type codes.
func (s *Store) Contacts(ctx context.Context, customerID int64) ([]model.Contact, error) {
	out, err := readRecords(ctx, s.db, "contacts", "SELECT "+contactColumns+" FROM contacts WHERE customer_id = ? ORDER BY id",
		scanContact, customerID)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Types, err = s.personTypeCodes(ctx, customerID, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}
