package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"guanxi/model"
)

// Changes to many customers at once, as the list's marked customers get them: each function is
// one transaction, and returns what it changed so that the matching function undoes exactly that
// (a tag is taken off only the customers it was added to). Customers in the trash are skipped.

// SetLevelOf moves the customers to a level, each change on their timeline as one made by hand,
// and returns the level each had before (only those whose level changed).
func (s *Store) SetLevelOf(ctx context.Context, ids []int64, to model.Level) (map[int64]model.Level, error) {
	if _, err := model.LookupCode(model.LevelCodes(), "level", string(to)); err != nil {
		return nil, err
	}
	before := map[int64]model.Level{}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		clear(before)
		for _, id := range ids {
			var from model.Level
			err := tx.QueryRowContext(ctx, "SELECT level FROM customers WHERE id = ? AND deleted_at IS NULL", id).Scan(&from)
			if errors.Is(err, sql.ErrNoRows) || err == nil && from == to {
				continue
			}
			if err != nil {
				return fmt.Errorf("read customer %d's level: %w", id, err)
			}
			if err := s.setLevel(ctx, tx, id, to, model.LevelByUser, model.Text{}); err != nil {
				return err
			}
			before[id] = from
		}
		return nil
	})
	return before, err
}

// RestoreLevels puts customers back to the levels SetLevelOf returned.
func (s *Store) RestoreLevels(ctx context.Context, before map[int64]model.Level) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for id, level := range before {
			if err := s.setLevel(ctx, tx, id, level, model.LevelByUser, model.Text{}); err != nil {
				return err
			}
		}
		return nil
	})
}

// AddTagTo adds one tag to the customers and returns those it was new to.
func (s *Store) AddTagTo(ctx context.Context, ids []int64, tag string) ([]int64, error) {
	tags := model.SplitTags(tag)
	if len(tags) != 1 {
		return nil, &model.FieldError{Field: "tag", Msg: model.Text{Zh: "请写一个标签", En: "write one tag"}}
	}
	var added []int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		added = added[:0]
		return s.eachLiveCustomer(ctx, tx, ids, func(c *model.Customer) (bool, error) {
			before := len(c.Tags)
			c.Tags = model.CleanTags(append(c.Tags, tags[0]))
			if len(c.Tags) == before {
				return false, nil
			}
			added = append(added, c.ID)
			return true, nil
		})
	})
	return added, err
}

// RemoveTagFrom takes one tag off the customers, as AddTagTo's undo.
func (s *Store) RemoveTagFrom(ctx context.Context, ids []int64, tag string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		return s.eachLiveCustomer(ctx, tx, ids, func(c *model.Customer) (bool, error) {
			kept := c.Tags[:0]
			for _, t := range c.Tags {
				if t != tag {
					kept = append(kept, t)
				}
			}
			changed := len(kept) != len(c.Tags)
			c.Tags = kept
			return changed, nil
		})
	})
}

// eachLiveCustomer reads each customer outside the trash in the transaction, lets change alter
// their tags, and writes the tags and the search text back when it says it changed them.
func (s *Store) eachLiveCustomer(ctx context.Context, tx *sql.Tx, ids []int64, change func(*model.Customer) (bool, error)) error {
	now := s.Now().Unix()
	for _, id := range ids {
		c, err := scanCustomer(tx.QueryRowContext(ctx, "SELECT "+customerColumns+" FROM customers WHERE id = ? AND deleted_at IS NULL", id))
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return fmt.Errorf("read customer %d: %w", id, err)
		}
		changed, err := change(&c)
		if err != nil || !changed {
			if err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, "UPDATE customers SET tags = ?, search = ?, updated_at = ? WHERE id = ?",
			tagsArg(c.Tags), searchText(&c), now, id); err != nil {
			return fmt.Errorf("save customer %d's tags: %w", id, err)
		}
	}
	return nil
}

// AddTypeTo puts a personality type on the customers themselves and returns those who did not
// carry it yet.
func (s *Store) AddTypeTo(ctx context.Context, ids []int64, code string) ([]int64, error) {
	var added []int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		added = added[:0]
		if _, err := readType(ctx, tx, code); err != nil {
			return err
		}
		now := s.Now().Unix()
		for _, id := range ids {
			res, err := tx.ExecContext(ctx, `INSERT INTO person_types (customer_id, contact_id, type_code, note, created_at)
				SELECT id, NULL, ?, '', ? FROM customers WHERE id = ? AND deleted_at IS NULL AND NOT EXISTS (
					SELECT 1 FROM person_types WHERE customer_id = ? AND contact_id IS NULL AND type_code = ?)`,
				code, now, id, id, code)
			if err != nil {
				return fmt.Errorf("tag customer %d with %s: %w", id, code, err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				added = append(added, id)
			}
		}
		return nil
	})
	return added, err
}

// RemoveTypeFrom takes a type AddTypeTo put on the customers off them again.
func (s *Store) RemoveTypeFrom(ctx context.Context, ids []int64, code string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `DELETE FROM person_types WHERE customer_id = ? AND contact_id IS NULL AND type_code = ? AND note = ''`,
				id, code); err != nil {
				return fmt.Errorf("untag customer %d: %w", id, err)
			}
		}
		return nil
	})
}

// DeleteCustomers moves the customers with their records to the trash and returns those it moved.
func (s *Store) DeleteCustomers(ctx context.Context, ids []int64) ([]int64, error) {
	var moved []int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		moved = moved[:0]
		now := s.Now().Unix()
		for _, id := range ids {
			res, err := tx.ExecContext(ctx, "UPDATE customers SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL", now, now, id)
			if err != nil {
				return fmt.Errorf("move customer %d to the trash: %w", id, err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				moved = append(moved, id)
			}
		}
		return nil
	})
	return moved, err
}

// RestoreCustomers brings customers back from the trash, as DeleteCustomers' undo.
func (s *Store) RestoreCustomers(ctx context.Context, ids []int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		now := s.Now().Unix()
		for _, id := range ids {
			res, err := tx.ExecContext(ctx, "UPDATE customers SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL", now, id)
			if err != nil {
				return fmt.Errorf("restore customer %d: %w", id, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				continue
			}
			if err := s.refreshDerived(ctx, tx, id); err != nil {
				return err
			}
		}
		return nil
	})
}
