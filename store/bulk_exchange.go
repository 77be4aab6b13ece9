package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"guanxi/model"
)

// What an import needs of a Bulk beyond adding records: reading and merging a customer already in
// the book, writing records whole (a repeating reminder, a payment), and the catalog and settings
// of a whole-book file.

// Customer reads a customer inside the bulk's transaction, with their own personality types.
func (b *Bulk) Customer(id int64) (model.Customer, error) {
	if err := b.flush(); err != nil {
		return model.Customer{}, err
	}
	c, err := customerTx(b.ctx, b.tx, id)
	if err != nil {
		return c, err
	}
	rows, err := b.tx.QueryContext(b.ctx, "SELECT type_code FROM person_types WHERE customer_id = ? AND contact_id IS NULL ORDER BY id", id)
	if err != nil {
		return c, err
	}
	defer rows.Close()
	for rows.Next() {
		var code string
		if err := rows.Scan(&code); err != nil {
			return c, err
		}
		c.Types = append(c.Types, code)
	}
	return c, rows.Err()
}

// MergeInto merges what an imported record says about a customer into the customer already in the
// book (model.MergeProfiles, notes in lang), and returns the customer as saved. The personality
// types of incoming are added as tags. Derived figures are recomputed before the commit.
func (b *Bulk) MergeInto(id int64, incoming model.Customer, lang model.Lang) (model.Customer, error) {
	have, err := b.Customer(id)
	if err != nil {
		return have, err
	}
	merged := model.MergeProfiles(have, incoming, lang)
	merged.Normalize()
	if err := merged.Validate(); err != nil {
		return merged, err
	}
	if err := b.s.saveProfileTx(b.ctx, b.tx, &merged); err != nil {
		return merged, err
	}
	if err := addOwnTypes(b.ctx, b.q(), id, merged.Types, b.s.Now().Unix()); err != nil {
		return merged, err
	}
	b.touch(id)
	return merged, nil
}

// touch marks a customer whose figures must be recomputed before the commit.
func (b *Bulk) touch(id int64) {
	if b.fresh[id] == nil {
		b.touched[id] = true
	}
}

// recordTables are the tables whose rows carry a lasting identifier.
var recordTables = map[string]bool{"customers": true, "contacts": true, "interactions": true, "deals": true,
	"payments": true, "reminders": true, "complaints": true}

// RecordID finds the record with this lasting identifier in table (customers, contacts,
// interactions, deals, payments, reminders or complaints), and tells whether there is one.
func (b *Bulk) RecordID(table, uid string) (int64, bool, error) {
	if !recordTables[table] {
		return 0, false, fmt.Errorf("no table of records is called %q", table)
	}
	if err := b.flush(); err != nil {
		return 0, false, err
	}
	if b.side.takesTable(table) {
		if err := b.joinSide(); err != nil {
			return 0, false, err
		}
	}
	var id int64
	err := b.tx.QueryRowContext(b.ctx, "SELECT id FROM "+table+" WHERE uid = ?", uid).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, false, nil
	}
	return id, err == nil, err
}

// AddPayment adds money received on a deal as it was recorded; the deal's paid amount is written
// with the deal, so it is not changed here.
func (b *Bulk) AddPayment(p *model.Payment) error {
	if err := p.Validate(); err != nil {
		return err
	}
	// The deal it is paid on must be in the book.
	if err := b.joinSide(); err != nil {
		return err
	}
	return addPaymentRow(b.ctx, b.q(), p, b.s.Now().Unix())
}

// PutTypology adds a typology the book lacks; replace also overwrites the names and order of one
// it has (for a whole book imported into an empty one).
func (b *Bulk) PutTypology(t model.Typology, position int, replace bool) error {
	builtIn := false
	for _, bt := range model.BuiltinTypologies() {
		builtIn = builtIn || bt.Code == t.Code
	}
	c := conflictKeeps
	if replace {
		c = conflictReplaces
	}
	return putTypology(b.ctx, b.q(), t, position, builtIn, c)
}

// PutType adds a personality type the book lacks, after the others; replace also overwrites the
// texts and position of one it has.
func (b *Bulk) PutType(t model.PersonalityType, position int, replace bool) error {
	if err := t.Validate(); err != nil {
		return err
	}
	if !replace {
		return putType(b.ctx, b.q(), t, atEnd, conflictKeeps)
	}
	return putType(b.ctx, b.q(), t, position, conflictReplaces)
}

// Settings returns every setting of the book as stored (JSON), by key.
func (s *Store) Settings(ctx context.Context) (map[string]json.RawMessage, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT key, value FROM settings ORDER BY key")
	if err != nil {
		return nil, fmt.Errorf("read settings: %w", err)
	}
	defer rows.Close()
	out := map[string]json.RawMessage{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		out[k] = json.RawMessage(v)
	}
	return out, rows.Err()
}

// AddLevelChange writes a change of a customer's level to their timeline as it was, when and why.
func (b *Bulk) AddLevelChange(c *model.LevelChange) error {
	return addLevelChangeRow(b.ctx, b.q(), c, b.s.Now().Unix())
}

// PutOff records a planned visit or call (kind) the user put off, as it was: the day the plan asked
// for and the day it was put off to. The customer's due dates follow it before the commit.
func (b *Bulk) PutOff(customerID int64, kind model.ItemKind, sn model.PlanSnooze) error {
	if kind != model.ItemVisit && kind != model.ItemCall {
		return fmt.Errorf("only a planned visit or call can be put off, not %q", kind)
	}
	if err := putSnooze(b.ctx, b.q(), customerID, kind, sn, "", b.s.Now().Unix()); err != nil {
		return err
	}
	if f := b.fresh[customerID]; f != nil {
		if kind == model.ItemVisit {
			f.visitSnooze = sn
		} else {
			f.callSnooze = sn
		}
	}
	b.touch(customerID)
	return nil
}

// MarkGreetingSent records a greeting marked sent (customer 0 for a holiday's).
func (b *Bulk) MarkGreetingSent(customerID int64, g GreetingSent) error {
	k := sentKey{occasion: g.Occasion, customer: customerID, contact: g.ContactID, on: g.On.String()}
	if g.Occasion == model.OccasionHoliday {
		k.name = holidayName(g.Holiday)
	}
	return markSent(b.ctx, b.q(), k, b.s.Now().Unix())
}

// PutSegment saves a dynamic list unless the book has one of that name already, and tells
// whether it did. The query is kept as written: one this book cannot run says why when the list
// is opened, as a list saved by a newer guanxi would.
func (b *Bulk) PutSegment(name, query string) (bool, error) {
	n, err := cleanSegmentName(name)
	if err != nil {
		return false, err
	}
	return putSegment(b.ctx, b.q(), n, query, b.s.Now().Unix(), conflictKeeps)
}

// PutSetting writes one setting (JSON) as a whole-book file holds it, after holding it to the rules
// of the command that sets it; one that breaks them is not saved and the error wraps
// ErrBadSetting. Visit plans take effect for the customers the Bulk adds after it.
func (b *Bulk) PutSetting(key string, value json.RawMessage) error {
	if err := CheckSetting(key, value); err != nil {
		return err
	}
	if err := putSettingRaw(b.ctx, b.q(), key, string(value)); err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	if key == plansKey {
		all, err := plans(b.ctx, b.tx)
		if err != nil {
			return err
		}
		b.plans = all
	}
	return nil
}

// CatalogInOrder returns the typologies and personality types in display order, for a whole-book
// export.
func (s *Store) CatalogInOrder(ctx context.Context) ([]model.Typology, []model.PersonalityType, error) {
	typologies, err := s.Typologies(ctx)
	if err != nil {
		return nil, nil, err
	}
	types, err := s.PersonalityTypes(ctx)
	return typologies, types, err
}

// deferIndexesAbove is how many records an import must bring before it is worth dropping the
// customers' secondary indexes and building them again at the end: building an index once over
// many rows costs far less than keeping it up to date row by row.
const deferIndexesAbove = 5000

// WriteBulkMany is WriteBulk for an import of about n customers: above a few thousand, the
// customers' secondary indexes are dropped for the writing and built again, inside the same
// transaction, before the figures are refreshed and it commits. A failure rolls the indexes back
// with everything else; readers meanwhile see the book as it was.
func (s *Store) WriteBulkMany(ctx context.Context, n int, fn func(*Bulk) error) error {
	if n <= deferIndexesAbove {
		return s.WriteBulk(ctx, fn)
	}
	return s.writeBulkCached(ctx, importCacheKiB, func(b *Bulk) error {
		// The import sorts on one thread, as it did before WriteBulkWhole, and its memory was measured so.
		return b.indexesAside([]string{"customers"}, 0, func() error { return fn(b) })
	})
}
