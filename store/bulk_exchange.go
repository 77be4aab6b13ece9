package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

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
	for _, code := range merged.Types {
		if _, err := b.exec(`INSERT OR IGNORE INTO person_types (customer_id, contact_id, type_code, note, created_at)
			VALUES (?, NULL, ?, '', ?)`, id, code, b.s.Now().Unix()); err != nil {
			return merged, fmt.Errorf("tag with %s: %w", code, err)
		}
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
	var id int64
	err := b.tx.QueryRowContext(b.ctx, "SELECT id FROM "+table+" WHERE uid = ?", uid).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, false, nil
	}
	return id, err == nil, err
}

// AddReminderWhole adds a reminder with everything it carries, its repeat rule included.
func (b *Bulk) AddReminderWhole(r *model.Reminder) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if r.UID == "" {
		r.UID = newUID()
	}
	var done any
	if !r.DoneAt.IsZero() {
		done = r.DoneAt.Unix()
	}
	now := b.s.Now().Unix()
	if _, err := b.exec(`INSERT INTO reminders (uid, customer_id, due_on, kind, note, done_at, created_at, updated_at,
		repeat_every, repeat_unit, repeat_anchor) VALUES (?,?,?,?,?,?,?,?,?,?,?)`, r.UID, r.CustomerID, r.DueOn.String(),
		r.Kind, r.Note, done, now, now, r.Repeat.Every, r.Repeat.Unit, dateArg(r.Anchor)); err != nil {
		return fmt.Errorf("save the reminder: %w", err)
	}
	b.reminded(r)
	return nil
}

// AddPayment adds money received on a deal as it was recorded; the deal's paid amount is written
// with the deal, so it is not changed here.
func (b *Bulk) AddPayment(p *model.Payment) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if p.UID == "" {
		p.UID = newUID()
	}
	now := b.s.Now().Unix()
	if _, err := b.exec(`INSERT INTO payments (uid, deal_id, customer_id, on_date, amount, note, created_at, updated_at)
		VALUES (?,?,?,?,?,?,?,?)`, p.UID, p.DealID, p.CustomerID, p.On.String(), p.Amount, p.Note, now, now); err != nil {
		return fmt.Errorf("save the payment: %w", err)
	}
	return nil
}

// AddDealID adds a deal and returns its id, for the payments that refer to it.
func (b *Bulk) AddDealID(d *model.Deal) error {
	if err := d.Validate(); err != nil {
		return err
	}
	res, err := b.exec(insertDeal.one, b.dealArgs(nil, d)...)
	if err != nil {
		return fmt.Errorf("save the deal: %w", err)
	}
	if d.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	b.dealt(d)
	return nil
}

// LogInteractionID logs a contact and sets its id.
func (b *Bulk) LogInteractionID(i *model.Interaction) error {
	if err := i.Validate(); err != nil {
		return err
	}
	res, err := b.exec(insertInteraction.one, b.interactionArgs(nil, i)...)
	if err != nil {
		return fmt.Errorf("log the contact: %w", err)
	}
	if i.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	b.logged(i)
	return nil
}

// PutTypology adds a typology the book lacks; replace also overwrites the names and order of one
// it has (for a whole book imported into an empty one).
func (b *Bulk) PutTypology(t model.Typology, position int, replace bool) error {
	builtIn := false
	for _, bt := range model.BuiltinTypologies() {
		builtIn = builtIn || bt.Code == t.Code
	}
	conflict := "DO NOTHING"
	if replace {
		conflict = `DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, about_zh = excluded.about_zh,
			about_en = excluded.about_en, position = excluded.position`
	}
	_, err := b.exec(`INSERT INTO typologies (code, name_zh, name_en, about_zh, about_en, position, built_in)
		VALUES (?,?,?,?,?,?,?) ON CONFLICT(code) `+conflict, t.Code, t.Name.Zh, t.Name.En, t.About.Zh, t.About.En,
		position, boolInt(builtIn))
	if err != nil {
		return fmt.Errorf("save typology %s: %w", t.Code, err)
	}
	return nil
}

// PutType adds a personality type the book lacks; replace also overwrites the texts of one it has.
func (b *Bulk) PutType(t model.PersonalityType, position int, replace bool) error {
	if err := t.Validate(); err != nil {
		return err
	}
	if replace {
		_, err := b.exec(`INSERT INTO personality_types (code, typology, name_zh, name_en, traits_zh, traits_en,
			approach_zh, approach_en, avoid_zh, avoid_en, position, built_in) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT(code) DO UPDATE SET typology = excluded.typology, name_zh = excluded.name_zh,
			name_en = excluded.name_en, traits_zh = excluded.traits_zh, traits_en = excluded.traits_en,
			approach_zh = excluded.approach_zh, approach_en = excluded.approach_en, avoid_zh = excluded.avoid_zh,
			avoid_en = excluded.avoid_en, position = excluded.position`,
			t.Code, t.Typology, t.Name.Zh, t.Name.En, t.Traits.Zh, t.Traits.En, t.Approach.Zh, t.Approach.En,
			t.Avoid.Zh, t.Avoid.En, position, boolInt(t.BuiltIn))
		if err != nil {
			return fmt.Errorf("save personality type %s: %w", t.Code, err)
		}
		return nil
	}
	_, err := b.exec(`INSERT OR IGNORE INTO personality_types (code, typology, name_zh, name_en, traits_zh, traits_en,
		approach_zh, approach_en, avoid_zh, avoid_en, position, built_in) VALUES (?,?,?,?,?,?,?,?,?,?,
		(SELECT ifnull(max(position), -1) + 1 FROM personality_types), ?)`,
		t.Code, t.Typology, t.Name.Zh, t.Name.En, t.Traits.Zh, t.Traits.En, t.Approach.Zh, t.Approach.En,
		t.Avoid.Zh, t.Avoid.En, boolInt(t.BuiltIn))
	if err != nil {
		return fmt.Errorf("save personality type %s: %w", t.Code, err)
	}
	return nil
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
	_, err := b.exec(levelChangeSQL, c.CustomerID, atArg(c.At), c.From, c.To, c.Source, c.Why.Zh, c.Why.En, b.s.Now().Unix())
	if err != nil {
		return fmt.Errorf("save a change of level: %w", err)
	}
	return nil
}

// PutOff records a planned visit or call (kind) the user put off, as it was: the day the plan asked
// for and the day it was put off to. The customer's due dates follow it before the commit.
func (b *Bulk) PutOff(customerID int64, kind model.ItemKind, sn model.PlanSnooze) error {
	if kind != model.ItemVisit && kind != model.ItemCall {
		return fmt.Errorf("only a planned visit or call can be put off, not %q", kind)
	}
	_, err := b.exec(`INSERT INTO plan_snoozes (customer_id, kind, from_on, until_on, created_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(customer_id, kind) DO UPDATE SET from_on = excluded.from_on, until_on = excluded.until_on`,
		customerID, string(kind), sn.From.String(), sn.Until.String(), b.s.Now().Unix())
	if err != nil {
		return fmt.Errorf("put off the %s: %w", kind, err)
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
	name := ""
	if g.Occasion == model.OccasionHoliday {
		name = holidayName(g.Holiday)
	}
	_, err := b.exec(`INSERT OR IGNORE INTO greetings_sent (occasion, customer_id, contact_id, name, on_date, sent_at)
		VALUES (?, ?, ?, ?, ?, ?)`, g.Occasion, customerID, g.ContactID, name, g.On.String(), b.s.Now().Unix())
	if err != nil {
		return fmt.Errorf("mark a greeting sent: %w", err)
	}
	return nil
}

// PutSegment saves a dynamic list unless the book has one of that name already, and tells
// whether it did. The query is kept as written: one this book cannot run says why when the list
// is opened, as a list saved by a newer guanxi would.
func (b *Bulk) PutSegment(name, query string) (bool, error) {
	n, err := cleanSegmentName(name)
	if err != nil {
		return false, err
	}
	now := b.s.Now().Unix()
	res, err := b.exec(`INSERT INTO segments (name, query, created_at, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(name) DO NOTHING`, n, strings.TrimSpace(query), now, now)
	if err != nil {
		return false, fmt.Errorf("save the list %s: %w", n, err)
	}
	added, err := res.RowsAffected()
	return added > 0, err
}

// PutSetting writes one setting (JSON) as a whole-book file holds it, after holding it to the rules
// of the command that sets it; one that breaks them is not saved and the error wraps
// ErrBadSetting. Visit plans take effect for the customers the Bulk adds after it.
func (b *Bulk) PutSetting(key string, value json.RawMessage) error {
	if err := CheckSetting(key, value); err != nil {
		return err
	}
	if _, err := b.exec("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
		key, string(value)); err != nil {
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
		return b.indexesAside([]string{"customers"}, func() error { return fn(b) })
	})
}
