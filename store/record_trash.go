package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"guanxi/model"
)

// A record removed from a customer's archive (a deal, a logged contact, a contact person, a
// payment, a complaint, a reminder) goes to the record trash whole, as a JSON object of its
// columns, with the rows that would go with it (a deal's payments, a contact's personality types)
// and the links to it that would be cut (the logged contacts that named a contact person).
// Restoring puts every row of the batch back as it was. Every kind takes this one path: deleting
// through deleteRecord, restoring through RestoreRecord, listing through RecordTrash, emptying
// with the customers' trash (PurgeTrash).

// trashTables are the tables each kind of record lives in.
var trashTables = map[model.RecordKind]string{
	model.RecordDeal:      "deals",
	model.RecordLog:       "interactions",
	model.RecordContact:   "contacts",
	model.RecordPayment:   "payments",
	model.RecordComplaint: "complaints",
	model.RecordReminder:  "reminders",
}

// Kinds of rows of a batch that are not records of their own.
const (
	trashPersonType  = "person_type"  // a personality type of a deleted contact person
	trashContactLink = "contact_link" // a logged contact that named a deleted contact person
)

// rowTable is the table the rows of a batch go back to, by the kind they were kept under.
func rowTable(kind string) string {
	if t, ok := trashTables[model.RecordKind(kind)]; ok {
		return t
	}
	if kind == trashPersonType {
		return "person_types"
	}
	return ""
}

// tableColumns lists a table's columns; the table is one of ours.
func tableColumns(ctx context.Context, q querier, table string) ([]string, error) {
	out, err := readStrings(ctx, q, "SELECT name FROM pragma_table_info(?) ORDER BY cid", table)
	if err != nil {
		return nil, fmt.Errorf("read the columns of %s: %w", table, err)
	}
	return out, nil
}

// trashBatch collects the rows of one deletion inside its transaction.
type trashBatch struct {
	s        *Store
	ctx      context.Context
	tx       *sql.Tx
	customer int64
	batch    int64
	now      int64
}

func (s *Store) newTrashBatch(ctx context.Context, tx *sql.Tx, customer int64) *trashBatch {
	return &trashBatch{s: s, ctx: ctx, tx: tx, customer: customer, now: s.Now().Unix()}
}

// keep copies the rows of table chosen by where (with args) into the batch under kind.
func (b *trashBatch) keep(kind, table, where string, args ...any) error {
	cols, err := tableColumns(b.ctx, b.tx, table)
	if err != nil {
		return err
	}
	pairs := make([]string, len(cols))
	for i, c := range cols {
		pairs[i] = fmt.Sprintf("'%s', %q", c, c)
	}
	type kept struct {
		id  int64
		row string
	}
	all, err := readAll(b.ctx, b.tx, "SELECT id, json_object("+strings.Join(pairs, ", ")+") FROM "+table+" WHERE "+where+" ORDER BY id",
		func(rows *sql.Rows) (kept, error) {
			var k kept
			err := rows.Scan(&k.id, &k.row)
			return k, err
		}, args...)
	if err != nil {
		return fmt.Errorf("move %s to the trash: %w", table, err)
	}
	for _, k := range all {
		res, err := b.tx.ExecContext(b.ctx, `INSERT INTO record_trash (batch, customer_id, kind, record_id, row, deleted_at)
			VALUES (?,?,?,?,?,?)`, b.batch, b.customer, kind, k.id, k.row, b.now)
		if err != nil {
			return fmt.Errorf("move %s to the trash: %w", table, err)
		}
		if b.batch == 0 {
			if b.batch, err = res.LastInsertId(); err != nil {
				return err
			}
			if _, err := b.tx.ExecContext(b.ctx, "UPDATE record_trash SET batch = id WHERE id = ?", b.batch); err != nil {
				return err
			}
		}
	}
	return nil
}

// deleteRecord moves one record of a kind, with what goes with it (withRecord), to the trash and
// recomputes its customer's figures, in one transaction.
func (s *Store) deleteRecord(ctx context.Context, kind model.RecordKind, id int64) error {
	table := trashTables[kind]
	return s.changeRecord(ctx, kind, id, func(tx *sql.Tx, customer int64) error {
		b := s.newTrashBatch(ctx, tx, customer)
		if err := b.keep(string(kind), table, "id = ?", id); err != nil {
			return err
		}
		if with := withRecord[kind]; with != nil {
			if err := with(b, id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id); err != nil {
			return fmt.Errorf("remove the %s: %w", kind.Name().En, err)
		}
		return nil
	})
}

// withRecord is what a deletion of a record of a kind does beside moving the record itself, inside
// its transaction, before the record is removed: the rows that go to the trash with it, and the
// figures that follow it. A kind without an entry takes nothing with it.
var withRecord = map[model.RecordKind]func(b *trashBatch, id int64) error{
	// A deal takes the payments received on it; the customer's order total, amount owed, first and
	// last deal (and so the value classes and the analysis) follow.
	model.RecordDeal: func(b *trashBatch, id int64) error {
		return b.keep(string(model.RecordPayment), "payments", "deal_id = ?", id)
	},
	// A contact person takes their personality types; the logged contacts that named them keep the
	// link in the trash, so a restore names them again.
	model.RecordContact: func(b *trashBatch, id int64) error {
		if err := b.keep(trashPersonType, "person_types", "contact_id = ?", id); err != nil {
			return err
		}
		return b.keep(trashContactLink, "interactions", "contact_id = ?", id)
	},
	// A payment's deal is paid that much less, and so more is owed.
	model.RecordPayment: func(b *trashBatch, id int64) error {
		_, err := b.tx.ExecContext(b.ctx, `UPDATE deals SET paid = paid - (SELECT amount FROM payments WHERE id = ?1),
			updated_at = ?2 WHERE id = (SELECT deal_id FROM payments WHERE id = ?1)`, id, b.now)
		return err
	},
}

// recordCustomer returns the customer a record belongs to, or model.ErrNotFound when there is no
// such record outside the trash (a customer in the trash keeps their records from being changed).
func recordCustomer(ctx context.Context, q querier, kind model.RecordKind, id int64) (int64, error) {
	table, ok := trashTables[kind]
	if !ok {
		return 0, fmt.Errorf("unknown kind of record %q", kind)
	}
	var customer int64
	err := q.QueryRowContext(ctx, "SELECT r.customer_id FROM "+table+` r JOIN customers c ON c.id = r.customer_id
		WHERE r.id = ? AND c.deleted_at IS NULL`, id).Scan(&customer)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%s %d: %w", kind.Name().En, id, model.ErrNotFound)
	}
	return customer, err
}

// DeleteRecord moves a record of any kind to the trash, with what goes with a record of its kind
// (withRecord); RestoreRecord brings it back.
func (s *Store) DeleteRecord(ctx context.Context, kind model.RecordKind, id int64) error {
	if _, ok := trashTables[kind]; !ok {
		return fmt.Errorf("unknown kind of record %q", kind)
	}
	return s.deleteRecord(ctx, kind, id)
}

// DeleteDeal moves a deal and the payments received on it to the trash; the customer's order
// total, amount owed, first and last deal (and so the value classes and the analysis) follow.
func (s *Store) DeleteDeal(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, model.RecordDeal, id)
}

// DeleteInteraction moves a logged contact to the trash; the last contact and the next due visit
// or call follow.
func (s *Store) DeleteInteraction(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, model.RecordLog, id)
}

// DeleteComplaint moves a complaint to the trash.
func (s *Store) DeleteComplaint(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, model.RecordComplaint, id)
}

// DeleteContact moves a contact person to the trash with their personality types; the logged
// contacts that named them keep the link in the trash, so a restore names them again.
func (s *Store) DeleteContact(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, model.RecordContact, id)
}

// DeletePayment moves a payment to the trash; what was paid on its deal, and so what is owed,
// follows.
func (s *Store) DeletePayment(ctx context.Context, id int64) error {
	return s.deleteRecord(ctx, model.RecordPayment, id)
}

// RestoreRecord brings a record of a kind back from the trash, with everything that went with it,
// as it was; its customer's figures follow. It returns model.ErrNotFound when the record is not
// in the trash.
func (s *Store) RestoreRecord(ctx context.Context, kind model.RecordKind, id int64) error {
	if _, ok := trashTables[kind]; !ok {
		return fmt.Errorf("unknown kind of record %q", kind)
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var batch, customer int64
		err := tx.QueryRowContext(ctx, `SELECT batch, customer_id FROM record_trash WHERE kind = ? AND record_id = ?
			ORDER BY id DESC LIMIT 1`, kind, id).Scan(&batch, &customer)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%s %d is not in the trash: %w", kind.Name().En, id, model.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("read the trash: %w", err)
		}
		type kept struct {
			id, record int64
			kind       string
		}
		all, err := readAll(ctx, tx, "SELECT id, kind, record_id FROM record_trash WHERE batch = ? ORDER BY id",
			func(rows *sql.Rows) (kept, error) {
				var k kept
				err := rows.Scan(&k.id, &k.kind, &k.record)
				return k, err
			}, batch)
		if err != nil {
			return fmt.Errorf("read the trash: %w", err)
		}
		for _, k := range all {
			if err := s.restoreRow(ctx, tx, k.id, k.kind, k.record); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM record_trash WHERE batch = ?", batch); err != nil {
			return fmt.Errorf("restore the %s: %w", kind.Name().En, err)
		}
		return s.refreshDerived(ctx, tx, customer)
	})
}

// restoreRow puts one row of a batch back.
func (s *Store) restoreRow(ctx context.Context, tx *sql.Tx, trashID int64, kind string, record int64) error {
	if kind == trashContactLink {
		// The logged contact may have been removed since: then there is nothing to link.
		_, err := tx.ExecContext(ctx, `UPDATE interactions SET contact_id = (SELECT json_extract(row, '$.contact_id')
			FROM record_trash WHERE id = ?) WHERE id = ?`, trashID, record)
		return err
	}
	table := rowTable(kind)
	if table == "" {
		return fmt.Errorf("the trash holds a row of an unknown kind %q", kind)
	}
	// Only the columns both the kept row and the table have are written, so a column added since
	// the row was deleted takes its default.
	present, err := readStrings(ctx, tx, `SELECT p.name FROM pragma_table_info(?) p
		WHERE p.name IN (SELECT key FROM json_each((SELECT row FROM record_trash WHERE id = ?))) ORDER BY p.cid`, table, trashID)
	if err != nil {
		return fmt.Errorf("restore a row of %s: %w", table, err)
	}
	names, exprs := make([]string, len(present)), make([]string, len(present))
	for i, c := range present {
		names[i] = fmt.Sprintf("%q", c)
		exprs[i] = fmt.Sprintf("json_extract(row, '$.%s')", c)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO "+table+" ("+strings.Join(names, ", ")+") SELECT "+
		strings.Join(exprs, ", ")+" FROM record_trash WHERE id = ?", trashID); err != nil {
		return fmt.Errorf("restore a row of %s: %w", table, err)
	}
	// Back, the record is newer than its delete: a merge with another copy of the book must not
	// take it for deleted there.
	if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET updated_at = ? WHERE id = ?", s.Now().Unix(), record); err != nil {
		return fmt.Errorf("restore a row of %s: %w", table, err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM tombstones WHERE uid = (SELECT json_extract(row, '$.uid') FROM record_trash WHERE id = ?)", trashID); err != nil {
		return fmt.Errorf("restore a row of %s: %w", table, err)
	}
	if kind == string(model.RecordPayment) {
		// A payment restored on its own adds back to its deal; one restored with its deal is
		// already counted in the deal's paid.
		var withDeal int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM record_trash t, record_trash p WHERE p.id = ?
			AND t.batch = p.batch AND t.kind = 'deal'`, trashID).Scan(&withDeal); err != nil {
			return err
		}
		if withDeal == 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE deals SET paid = paid + (SELECT amount FROM payments WHERE id = ?1)
				WHERE id = (SELECT deal_id FROM payments WHERE id = ?1)`, record); err != nil {
				return err
			}
		}
	}
	return nil
}

// TrashedRecord is a record removed on its own, waiting in the trash: what kind and which, whose,
// when it was removed, and what it says (a deal's product, a logged contact's summary, a contact
// person's name, a complaint, a payment's or reminder's note), its amount and its day.
type TrashedRecord struct {
	Kind         model.RecordKind
	ID           int64
	CustomerID   int64
	CustomerName string
	DeletedAt    time.Time
	What         string
	Amount       model.Money
	On           string
}

// recordTrashSQL lists the records removed on their own (the first row of each batch) of
// customers outside the trash, the most recently removed first. A reminder's day is its due_on.
const recordTrashSQL = `SELECT t.kind, t.record_id, t.customer_id, c.name, t.deleted_at,
	coalesce(json_extract(t.row, '$.product'), json_extract(t.row, '$.summary'), json_extract(t.row, '$.name'),
		json_extract(t.row, '$.what'), json_extract(t.row, '$.note'), ''),
	coalesce(json_extract(t.row, '$.amount'), 0),
	coalesce(json_extract(t.row, '$.on_date'), substr(json_extract(t.row, '$.at'), 1, 10),
		json_extract(t.row, '$.due_on'), '')
	FROM record_trash t JOIN customers c ON c.id = t.customer_id
	WHERE t.id = t.batch AND c.deleted_at IS NULL
ORDER BY 5 DESC, 2 DESC`

// RecordTrash returns the records removed on their own that wait in the trash.
func (s *Store) RecordTrash(ctx context.Context) ([]TrashedRecord, error) {
	return readRecords(ctx, s.db, "the trash", recordTrashSQL, func(rows rowScanner) (TrashedRecord, error) {
		var r TrashedRecord
		var deleted int64
		err := rows.Scan(&r.Kind, &r.ID, &r.CustomerID, &r.CustomerName, &deleted, &r.What, &r.Amount, &r.On)
		r.DeletedAt = time.Unix(deleted, 0)
		return r, err
	})
}
