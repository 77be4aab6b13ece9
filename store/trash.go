package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"guanxi/model"
)

// A deleted customer stays in the book, whole, with every record that belongs to it: it is only
// marked with the time it was deleted (customers.deleted_at), and every view and query of the
// book leaves marked customers and their records out. Restoring clears the mark; purging the
// trash removes the customers and their records for good.

// TrashedCustomer is a customer in the trash: its profile, when it was deleted, and how many
// records (contacts, logged contacts, deals, reminders, complaints) went with it.
type TrashedCustomer struct {
	model.Customer
	DeletedAt time.Time
	Records   int
}

// DeleteCustomer moves a customer with all its records to the trash. It returns model.ErrNotFound
// when no such customer is outside the trash.
func (s *Store) DeleteCustomer(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE customers SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
			s.Now().Unix(), s.Now().Unix(), id)
		if err != nil {
			return fmt.Errorf("move customer %d to the trash: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("customer %d: %w", id, model.ErrNotFound)
		}
		return nil
	})
}

// RestoreCustomer brings a customer and its records back from the trash, as they were. It returns
// model.ErrNotFound when the customer is not in the trash.
func (s *Store) RestoreCustomer(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE customers SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL",
			s.Now().Unix(), id)
		if err != nil {
			return fmt.Errorf("restore customer %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("customer %d is not in the trash: %w", id, model.ErrNotFound)
		}
		// Due dates were kept while it was away; they may have passed since, which is true.
		return s.refreshDerived(ctx, tx, id)
	})
}

// trashRecordCount counts what went to the trash with a customer.
const trashRecordCount = `(SELECT count(*) FROM contacts WHERE customer_id = c.id) +
	(SELECT count(*) FROM interactions WHERE customer_id = c.id) +
	(SELECT count(*) FROM deals WHERE customer_id = c.id) +
	(SELECT count(*) FROM reminders WHERE customer_id = c.id) +
	(SELECT count(*) FROM complaints WHERE customer_id = c.id)`

// Trash returns the customers in the trash, the most recently deleted first.
func (s *Store) Trash(ctx context.Context) ([]TrashedCustomer, error) {
	return s.trashWhere(ctx, "", nil)
}

func (s *Store) trashWhere(ctx context.Context, cond string, args []any) ([]TrashedCustomer, error) {
	var cols []string
	for _, col := range strings.Split(customerColumns, ",") {
		cols = append(cols, "c."+strings.TrimSpace(col))
	}
	q := "SELECT " + strings.Join(cols, ", ") + ", c.deleted_at, " + trashRecordCount + " FROM customers c WHERE c.deleted_at IS NOT NULL" +
		cond + " ORDER BY c.deleted_at DESC, c.id DESC"
	return readRecords(ctx, s.db, "the trash", q, func(rows rowScanner) (TrashedCustomer, error) {
		var tc TrashedCustomer
		var deleted int64
		c, err := scanCustomer(trashRow{rows, &deleted, &tc.Records})
		tc.Customer, tc.DeletedAt = c, time.Unix(deleted, 0)
		return tc, err
	}, args...)
}

// trashRow reads the customer's columns and the two the trash adds after them.
type trashRow struct {
	rows    rowScanner
	deleted *int64
	records *int
}

func (r trashRow) Scan(dest ...any) error {
	return r.rows.Scan(append(dest, r.deleted, r.records)...)
}

// FindTrashed resolves a reference to a customer in the trash: its id, or a name or phone that
// belongs to exactly one customer there.
func (s *Store) FindTrashed(ctx context.Context, ref string) (TrashedCustomer, error) {
	ref = strings.TrimSpace(ref)
	var matches []TrashedCustomer
	var err error
	if id, perr := strconv.ParseInt(ref, 10, 64); perr == nil && len(ref) < 9 {
		matches, err = s.trashWhere(ctx, " AND c.id = ?", []any{id})
	} else {
		matches, err = s.trashWhere(ctx, " AND (c.name = ? OR (c.phone != '' AND c.phone = ?))", []any{ref, ref})
	}
	if err != nil {
		return TrashedCustomer{}, err
	}
	switch len(matches) {
	case 0:
		return TrashedCustomer{}, fmt.Errorf("%q is not in the trash: %w", ref, model.ErrNotFound)
	case 1:
		return matches[0], nil
	}
	amb := &AmbiguousError{Ref: ref}
	for _, m := range matches {
		amb.Matches = append(amb.Matches, m.Customer)
	}
	return TrashedCustomer{}, amb
}

// PurgeTrash removes customers in the trash for good, with every record of theirs, in one
// transaction: the ones given, or the whole trash when ids is empty. It returns how many
// customers it removed; a customer not in the trash is never removed.
func (s *Store) PurgeTrash(ctx context.Context, ids []int64) (int, error) {
	var n int
	err := s.tx(ctx, func(tx *sql.Tx) error {
		where := "deleted_at IS NOT NULL"
		if len(ids) > 0 {
			parts := make([]string, len(ids))
			for i, id := range ids {
				parts[i] = strconv.FormatInt(id, 10) // integers of ours
			}
			where += " AND id IN (" + strings.Join(parts, ",") + ")"
		}
		// Tables that name a customer without a foreign key do not follow the cascade: clear
		// them by hand first, so nothing is left pointing at a customer that is gone.
		tables, err := customerTables(ctx, tx, false)
		if err != nil {
			return err
		}
		for _, t := range tables {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("DELETE FROM %q WHERE customer_id IN (SELECT id FROM customers WHERE %s)", t, where)); err != nil {
				return fmt.Errorf("empty the trash (%s): %w", t, err)
			}
		}
		if len(ids) == 0 {
			// Emptying the whole trash empties it of the records removed one by one too.
			if _, err := tx.ExecContext(ctx, "DELETE FROM record_trash"); err != nil {
				return fmt.Errorf("empty the trash (records): %w", err)
			}
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM customers WHERE "+where)
		if err != nil {
			return fmt.Errorf("empty the trash: %w", err)
		}
		affected, _ := res.RowsAffected()
		n = int(affected)
		return nil
	})
	return n, err
}

// customerTables lists the tables, other than customers, that have a customer_id column; with
// unchecked, only those where no foreign key guards it.
func customerTables(ctx context.Context, q querier, unchecked bool) ([]string, error) {
	query := `SELECT m.name FROM sqlite_schema m, pragma_table_info(m.name) p
		WHERE m.type = 'table' AND m.name != 'customers' AND p.name = 'customer_id'`
	if unchecked {
		query += ` AND NOT EXISTS (SELECT 1 FROM pragma_foreign_key_list(m.name) f WHERE f."from" = 'customer_id')`
	}
	out, err := readStrings(ctx, q, query+" ORDER BY m.name")
	if err != nil {
		return nil, fmt.Errorf("read the schema: %w", err)
	}
	return out, nil
}

// orphanProblems finds what PRAGMA foreign_key_check cannot: records of tables with a customer_id
// column that no foreign key guards, pointing at no customer; and logged contacts or type tags
// whose contact belongs to another customer. Check reports them.
func (s *Store) orphanProblems(ctx context.Context) ([]string, error) {
	tables, err := customerTables(ctx, s.db, true)
	if err != nil {
		return nil, err
	}
	var problems []string
	for _, t := range tables {
		var n int
		// 0 stands for "no customer" in a few tables (a holiday greeting belongs to nobody).
		q := fmt.Sprintf("SELECT count(*) FROM %q WHERE customer_id IS NOT NULL AND customer_id != 0 AND customer_id NOT IN (SELECT id FROM customers)", t)
		if err := s.db.QueryRowContext(ctx, q).Scan(&n); err != nil {
			return nil, fmt.Errorf("look for orphans in %s: %w", t, err)
		}
		if n > 0 {
			problems = append(problems, fmt.Sprintf("orphan: %d rows of %s belong to no customer", n, t))
		}
	}
	for _, t := range []string{"interactions", "person_types"} {
		var n int
		q := fmt.Sprintf(`SELECT count(*) FROM %q x JOIN contacts k ON k.id = x.contact_id WHERE k.customer_id != x.customer_id`, t)
		if err := s.db.QueryRowContext(ctx, q).Scan(&n); err != nil {
			return nil, fmt.Errorf("look for orphans in %s: %w", t, err)
		}
		if n > 0 {
			problems = append(problems, fmt.Sprintf("orphan: %d rows of %s name a contact of another customer", n, t))
		}
	}
	return problems, nil
}
