package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"guanxi/model"
)

// DupKeys returns the comparison keys of every customer not in the trash, for finding likely
// duplicates (see model.LikelyDuplicate).
func (s *Store) DupKeys(ctx context.Context) ([]model.DupKeys, error) {
	return dupKeys(ctx, s.db)
}

func dupKeys(ctx context.Context, q querier) ([]model.DupKeys, error) {
	return readRecords(ctx, q, "customers", "SELECT id, name, company, phone, email FROM customers WHERE deleted_at IS NULL ORDER BY id",
		func(rows rowScanner) (model.DupKeys, error) {
			var id int64
			var name, company, phone, email string
			err := rows.Scan(&id, &name, &company, &phone, &email)
			return model.MakeDupKeys(id, name, company, phone, email), err
		})
}

// CustomerUIDs returns the id of every customer by their lasting identifier, trash included: an
// identifier is unique in the book.
func (s *Store) CustomerUIDs(ctx context.Context) (map[string]int64, error) {
	out, err := readMap[string, int64](ctx, s.db, "SELECT uid, id FROM customers")
	if err != nil {
		return nil, fmt.Errorf("read customers: %w", err)
	}
	return out, nil
}

// DuplicateMatch is a customer that looks like another one, and why.
type DuplicateMatch struct {
	Customer model.Customer // the columns of a list row
	Reason   model.DupReason
}

// DuplicatePair is two customers that look like one, the older first.
type DuplicatePair struct {
	A, B   model.Customer // the columns of a list row
	Reason model.DupReason
}

// Duplicates returns every pair of customers of the book that are likely one and the same.
func (s *Store) Duplicates(ctx context.Context) ([]DuplicatePair, error) {
	keys, err := s.DupKeys(ctx)
	if err != nil {
		return nil, err
	}
	pairs := model.FindDuplicates(keys)
	var ids []int64
	for _, p := range pairs {
		ids = append(ids, p.A, p.B)
	}
	rows, err := s.listRows(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]DuplicatePair, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, DuplicatePair{A: rows[p.A], B: rows[p.B], Reason: p.Reason})
	}
	return out, nil
}

// DuplicatesOf returns the customers that look like customer id, the strongest reason first.
func (s *Store) DuplicatesOf(ctx context.Context, id int64) ([]DuplicateMatch, error) {
	keys, err := s.DupKeys(ctx)
	if err != nil {
		return nil, err
	}
	var target *model.DupKeys
	for i := range keys {
		if keys[i].ID == id {
			target = &keys[i]
		}
	}
	if target == nil {
		return nil, fmt.Errorf("customer %d: %w", id, model.ErrNotFound)
	}
	pairs := model.DuplicatesOf(*target, keys)
	var ids []int64
	for _, p := range pairs {
		ids = append(ids, p.B)
	}
	rows, err := s.listRows(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]DuplicateMatch, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, DuplicateMatch{Customer: rows[p.B], Reason: p.Reason})
	}
	return out, nil
}

// listRows reads the list columns of the customers with the given ids.
func (s *Store) listRows(ctx context.Context, ids []int64) (map[int64]model.Customer, error) {
	out := make(map[int64]model.Customer, len(ids))
	err := eachRow(ctx, s.db, "SELECT "+listColumns+", c.email FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))",
		idList(ids), func(rows *sql.Rows) error {
			var email string
			c, err := scanListRow(scanWithTail{rows, &email})
			c.Email = email
			out[c.ID] = c
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("read customers: %w", err)
	}
	return out, nil
}

// MergeCustomers merges customer drop into customer keep, in one transaction: keep's profile takes
// what drop's adds (model.MergeProfiles, its notes written in lang), and every record of drop —
// contacts, logged contacts, deals and payments, reminders, complaints, personality tags and
// whatever else belongs to a customer — moves to keep. Drop then no longer exists. It returns
// keep as saved.
func (s *Store) MergeCustomers(ctx context.Context, keepID, dropID int64, lang model.Lang) (model.Customer, error) {
	if keepID == dropID {
		return model.Customer{}, fmt.Errorf("a customer cannot be merged into themself")
	}
	var merged model.Customer
	err := s.tx(ctx, func(tx *sql.Tx) error {
		keep, err := customerTx(ctx, tx, keepID)
		if err != nil {
			return err
		}
		drop, err := customerTx(ctx, tx, dropID)
		if err != nil {
			return err
		}
		merged = model.MergeProfiles(keep, drop, lang)
		merged.Normalize()
		if err := merged.Validate(); err != nil {
			return err
		}
		if err := s.saveProfileTx(ctx, tx, &merged); err != nil {
			return err
		}
		if err := moveRecords(ctx, tx, keepID, dropID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM customers WHERE id = ?", dropID); err != nil {
			return fmt.Errorf("remove the merged customer: %w", err)
		}
		return s.refreshDerived(ctx, tx, keepID)
	})
	if err != nil {
		return model.Customer{}, err
	}
	return s.Customer(ctx, keepID)
}

// customerTx reads a customer (not in the trash) with their own personality types inside tx.
func customerTx(ctx context.Context, q querier, id int64) (model.Customer, error) {
	c, err := scanCustomer(q.QueryRowContext(ctx, "SELECT "+customerColumns+" FROM customers WHERE id = ? AND deleted_at IS NULL", id))
	if err == sql.ErrNoRows {
		return c, fmt.Errorf("customer %d: %w", id, model.ErrNotFound)
	}
	if err != nil {
		return c, fmt.Errorf("read customer %d: %w", id, err)
	}
	return c, nil
}

// saveProfileTx writes a customer's whole profile, creation time included, inside tx.
func (s *Store) saveProfileTx(ctx context.Context, tx *sql.Tx, c *model.Customer) error {
	c.UpdatedAt = s.Now()
	birthday, birthdayYearly := yearlyArgs(c.Birthday, c.BirthdayYearly)
	anniversary, anniversaryYearly := yearlyArgs(c.Anniversary, c.AnniversaryYearly)
	_, err := tx.ExecContext(ctx, `UPDATE customers SET kind=?, name=?, company=?, short_name=?, title=?, industry=?,
		region=?, size=?, registered_capital=?, phone=?, email=?, wechat=?, address=?, birthday=?,
		anniversary=?, birthday_yearly=?, anniversary_yearly=?, source=?, referred_by=?, level=?, stage=?, relation=?, tags=?, notes=?,
		visit_every_days=?, call_every_days=?, plan_paused=?, search=?, name_key=?, created_at=?, updated_at=?
		WHERE id=?`,
		c.Kind, c.Name, c.Company, c.ShortName, c.Title, c.Industry, c.Region, c.Size, c.RegisteredCapital, c.Phone,
		c.Email, c.WeChat, c.Address, birthday, anniversary, birthdayYearly, anniversaryYearly, c.Source, c.ReferredBy,
		c.Level, c.Stage, c.Relation, tagsArg(c.Tags), c.Notes, planArg(c.PlanOverride, true),
		planArg(c.PlanOverride, false), boolInt(c.PlanPaused), searchText(c),
		model.MakeNameKey(c.Name).String(), c.CreatedAt.Unix(), c.UpdatedAt.Unix(), c.ID)
	if err != nil {
		return fmt.Errorf("save customer %s: %w", c.Name, err)
	}
	return nil
}

// moveRecords hands every row that belongs to customer drop to customer keep, in every table that
// has a customer column, so a table added later is not forgotten. A row that would then repeat one
// of keep's (the same personality type twice, a plan put off twice) stays with drop and goes with
// it, except that the note of a repeated personality tag is added to keep's.
func moveRecords(ctx context.Context, tx *sql.Tx, keepID, dropID int64) error {
	tables, err := customerColumnsOf(ctx, tx)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE person_types SET note = trim(note || char(10) || (SELECT d.note FROM person_types d
		WHERE d.customer_id = ?2 AND d.contact_id IS NULL AND d.type_code = person_types.type_code))
		WHERE customer_id = ?1 AND contact_id IS NULL AND EXISTS (SELECT 1 FROM person_types d WHERE d.customer_id = ?2
		AND d.contact_id IS NULL AND d.type_code = person_types.type_code AND d.note != '' AND d.note != person_types.note)`,
		keepID, dropID); err != nil {
		return fmt.Errorf("merge personality notes: %w", err)
	}
	for _, tc := range tables {
		// Table and column names come from the book's own schema, quoted as identifiers.
		q := fmt.Sprintf(`UPDATE OR IGNORE %s SET %s = ? WHERE %s = ?`, quoteIdent(tc[0]), quoteIdent(tc[1]), quoteIdent(tc[1]))
		if _, err := tx.ExecContext(ctx, q, keepID, dropID); err != nil {
			return fmt.Errorf("move the records of %s: %w", tc[0], err)
		}
	}
	return nil
}

// customerColumnsOf lists every (table, column) that holds a customer's id: the columns with a
// foreign key to customers, and any column named customer_id.
func customerColumnsOf(ctx context.Context, tx *sql.Tx) ([][2]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT m.name, p.name, (SELECT count(*) FROM pragma_foreign_key_list(m.name) f
		WHERE f."from" = p.name AND f."table" = 'customers') FROM sqlite_schema m JOIN pragma_table_info(m.name) p
		WHERE m.type = 'table' AND m.name != 'customers' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid`)
	if err != nil {
		return nil, fmt.Errorf("read the book's tables: %w", err)
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var table, col string
		var fk int
		if err := rows.Scan(&table, &col, &fk); err != nil {
			return nil, err
		}
		if fk > 0 || col == "customer_id" {
			out = append(out, [2]string{table, col})
		}
	}
	return out, rows.Err()
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
