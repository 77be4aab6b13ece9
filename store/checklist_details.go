package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"guanxi/model"
)

// The second step of reading the checklist (see checklist_keys.go): the customers and records of
// the item keys kept, each read by its id through json_each, and the items made of them.

// manyIDs is how many ids a read of the details takes at most through a JSON array; past it, as
// when `guanxi today` reads the items of the whole checklist, the plan snoozes are read whole (a
// table of a row per snooze, small beside tens of thousands of lookups) and the personality types
// in one pass over their index (detailSQLMany).
var manyIDs = 2000

// detailSQLMany are the reads of detailSQL that read better as one pass than by ids, when the ids
// are many: the customers without their types, the types of every customer, every snooze.
var detailSQLMany = map[string]string{
	"customers": `SELECT id, name, company, short_name, level, last_contact_on, last_visit_on, last_call_on, visit_every_days, call_every_days, plan_paused,
		NULL, created_at FROM customers c WHERE id IN (SELECT value FROM json_each(?))`,
	// In the order of the index, as each customer's types are read one customer at a time.
	"types":   `SELECT customer_id, group_concat(type_code, ',') FROM person_types INDEXED BY person_types_unique GROUP BY customer_id`,
	"snoozes": `SELECT customer_id, kind, from_on, until_on FROM plan_snoozes`,
}

// detailSQL reads the columns the items need of the customers, plan snoozes, reminders,
// complaints, deals and contacts whose ids (customers' for the snoozes) are in a JSON array.
var detailSQL = map[string]string{
	"customers": `SELECT id, name, company, short_name, level, last_contact_on, last_visit_on, last_call_on, visit_every_days, call_every_days, plan_paused,
		(SELECT group_concat(type_code, ',') FROM person_types WHERE customer_id = c.id), created_at
		FROM customers c WHERE id IN (SELECT value FROM json_each(?))`,
	"snoozes": `SELECT customer_id, kind, from_on, until_on FROM plan_snoozes
		WHERE customer_id IN (SELECT value FROM json_each(?))`,
	"reminders": `SELECT id, note, kind, repeat_every, repeat_unit FROM reminders
		WHERE id IN (SELECT value FROM json_each(?))`,
	"complaints": `SELECT id, what, severity, good_faith, handler FROM complaints
		WHERE id IN (SELECT value FROM json_each(?))`,
	"deals":    `SELECT id, product, amount - paid FROM deals WHERE id IN (SELECT value FROM json_each(?))`,
	"contacts": `SELECT id, name FROM contacts WHERE id IN (SELECT value FROM json_each(?))`,
}

// itemCustomer is what an item shows of its customer, and the plan it follows.
type itemCustomer struct {
	name, company string
	shortName     string // the company's short name as the user gave it
	level         model.Level
	lastContact   model.Date
	lastVisit     model.Date
	lastCall      model.Date
	types         []string // the codes of the personality types of the customer and contacts
	plan          model.VisitPlan
	since         model.Date // the day they joined the book
	pinyin        string     // the name read as pinyin, when the whole checklist is read in one pass
}

// customerRow is a row of the customers' columns an item shows (detailSQL's "customers"), as
// scanned.
type customerRow struct {
	id                        int64
	ic                        itemCustomer
	last, lastVisit, lastCall sql.NullString
	visitEvery, callEvery     sql.NullInt64
	paused                    int
	types                     sql.NullString
	created                   int64
}

// dests are where rows.Scan puts the columns, in the order of detailSQL's "customers".
func (c *customerRow) dests() []any {
	return []any{&c.id, &c.ic.name, &c.ic.company, &c.ic.shortName, &c.ic.level, &c.last, &c.lastVisit, &c.lastCall,
		&c.visitEvery, &c.callEvery, &c.paused, &c.types, &c.created}
}

// item is what the items show of the customer scanned, with the plan it follows among all.
func (c *customerRow) item(all map[model.Level]model.VisitPlan) itemCustomer {
	ic := c.ic
	if c.types.Valid {
		ic.types = splitTypeCodes(c.types.String)
	}
	var m model.Customer
	m.Level, m.PlanPaused = ic.level, c.paused != 0
	if c.visitEvery.Valid || c.callEvery.Valid {
		m.PlanOverride = &model.VisitPlan{VisitEveryDays: int(c.visitEvery.Int64), CallEveryDays: int(c.callEvery.Int64)}
	}
	ic.lastContact, ic.plan = parseStoredDate(c.last), m.Plan(all)
	ic.lastVisit, ic.lastCall = parseStoredDate(c.lastVisit), parseStoredDate(c.lastCall)
	// The days the plan asked for, to tell when one moved off a day off.
	ic.since = model.DateOf(time.Unix(c.created, 0))
	return ic
}

// snoozeKey names a customer's planned visit or call put off.
type snoozeKey struct {
	customer int64
	kind     string
}

// itemDetails are the rows the items of a set of keys are made of.
type itemDetails struct {
	customers  map[int64]*itemCustomer     // pointers: the values are large, and tens of thousands
	putOff     map[snoozeKey][2]model.Date // the day asked for and the day put off to
	reminders  map[int64]model.ChecklistItem
	complaints map[int64]model.ChecklistItem
	deals      map[int64]model.ChecklistItem
	contacts   map[int64]string
}

// detailIDs are the ids the keys name, by what they are ids of.
func detailIDs(keys []itemKey) map[string][]int64 {
	ids := map[string][]int64{}
	seen := map[string]map[int64]bool{}
	add := func(what string, id int64) {
		if seen[what] == nil {
			seen[what] = map[int64]bool{}
		}
		if id != 0 && !seen[what][id] {
			seen[what][id] = true
			ids[what] = append(ids[what], id)
		}
	}
	for _, k := range keys {
		add("customers", k.customer)
		switch k.source {
		case fromVisitPlan, fromCallPlan:
			add("snoozes", k.customer)
		case fromReminder:
			add("reminders", k.record)
		case fromComplaint:
			add("complaints", k.record)
		case fromPayment:
			add("deals", k.record)
		case fromGreeting:
			add("contacts", k.record)
		}
	}
	return ids
}

// readDetails reads the rows the keys name.
func (s *Store) readDetails(ctx context.Context, keys []itemKey) (*itemDetails, error) {
	all, err := plans(ctx, prepared{s})
	if err != nil {
		return nil, err
	}
	d := &itemDetails{customers: map[int64]*itemCustomer{}, putOff: map[snoozeKey][2]model.Date{},
		reminders: map[int64]model.ChecklistItem{}, complaints: map[int64]model.ChecklistItem{},
		deals: map[int64]model.ChecklistItem{}, contacts: map[int64]string{}}
	scanners := map[string]func(*sql.Rows) error{
		"customers": d.customerScanner(all),
		"snoozes":   d.readSnooze,
		"reminders": func(rows *sql.Rows) error {
			var id int64
			var it model.ChecklistItem
			var kind model.ReminderKind
			if err := rows.Scan(&id, &it.Note, &kind, &it.Due.Repeat.Every, &it.Due.Repeat.Unit); err != nil {
				return err
			}
			it.Kind, it.ReminderID = model.ReminderItemKind(kind), id
			d.reminders[id] = it
			return nil
		},
		"complaints": func(rows *sql.Rows) error {
			var id int64
			var it model.ChecklistItem
			var goodFaith int
			if err := rows.Scan(&id, &it.Note, &it.Due.Severity, &goodFaith, &it.Due.Handler); err != nil {
				return err
			}
			it.Kind, it.ComplaintID, it.Due.Malicious = model.ItemComplaint, id, goodFaith == 0
			d.complaints[id] = it
			return nil
		},
		"deals": func(rows *sql.Rows) error {
			var id int64
			var it model.ChecklistItem
			if err := rows.Scan(&id, &it.Note, &it.Due.Owed); err != nil {
				return err
			}
			it.Kind, it.DealID = model.ItemPayment, id
			d.deals[id] = it
			return nil
		},
		"contacts": d.readContact,
	}
	many := false
	for what, ids := range detailIDs(keys) {
		q, args := detailSQL[what], []any{idList(ids)}
		if len(ids) > manyIDs && detailSQLMany[what] != "" {
			q, many = detailSQLMany[what], many || what == "customers"
			if what == "snoozes" {
				args = nil
			}
		}
		if err := eachRowOf(ctx, prepared{s}, q, args, scanners[what]); err != nil {
			return nil, fmt.Errorf("read the checklist's %s: %w", what, err)
		}
	}
	if many {
		if err := s.readTypes(ctx, d.customers); err != nil {
			return nil, fmt.Errorf("read the checklist's types: %w", err)
		}
	}
	return d, nil
}

// readTypes puts on the customers read their personality types, read in one pass.
func (s *Store) readTypes(ctx context.Context, customers map[int64]*itemCustomer) error {
	rows, err := prepared{s}.QueryContext(ctx, detailSQLMany["types"])
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var types string
		if err := rows.Scan(&id, &types); err != nil {
			return err
		}
		if c, ok := customers[id]; ok {
			c.types = splitTypeCodes(types)
		}
	}
	return rows.Err()
}

// itemsOf makes the checklist's items of the keys, in their order, one for each key. An item whose
// record or customer is gone since the first step (a write in between) keeps what its key knows.
func (s *Store) itemsOf(ctx context.Context, today model.Date, keys []itemKey) ([]model.ChecklistItem, error) {
	d, err := s.readDetails(ctx, keys)
	if err != nil {
		return nil, err
	}
	return d.items(today, keys), nil
}

// items makes the checklist's items of the keys out of the rows read, in the keys' order.
func (d *itemDetails) items(today model.Date, keys []itemKey) []model.ChecklistItem {
	items := make([]model.ChecklistItem, len(keys))
	for i := range keys {
		items[i] = d.itemOf(today, &keys[i])
	}
	return items
}

// itemOf makes the checklist's item of a key out of the rows read.
func (d *itemDetails) itemOf(today model.Date, k *itemKey) model.ChecklistItem {
	it, _ := d.item(*k)
	if it.Kind == "" {
		it.Kind = k.kind()
	}
	it.CustomerID, it.CustomerName, it.Pinyin, it.Level = k.customer, k.name, k.pinyin, k.level
	if c, ok := d.customers[k.customer]; ok && k.customer != 0 {
		it.CustomerName, it.Company, it.Level, it.LastContactOn = c.name, c.company, c.level, c.lastContact
		it.LastVisitOn, it.LastCallOn, it.ShortName = c.lastVisit, c.lastCall, c.shortName
		it.Types = c.types
		if it.Kind == model.ItemVisit && it.Due.Planned && c.lastVisit.IsZero() {
			it.Due.FirstVisit = true
		}
	}
	it.DueOn, it.OverdueDays = k.due, model.OverdueDays(k.due, today)
	return it
}

// item makes the part of an item that depends on its source.
func (d *itemDetails) item(k itemKey) (model.ChecklistItem, bool) {
	var it model.ChecklistItem
	var ok bool
	switch k.source {
	case fromVisitPlan, fromCallPlan:
		var c *itemCustomer
		if c, ok = d.customers[k.customer]; ok {
			it.Kind, it.Due.Planned, it.Due.Every = model.ItemVisit, true, c.plan.VisitEveryDays
			kind := string(model.ItemVisit)
			if k.source == fromCallPlan {
				it.Kind, it.Due.Every, kind = model.ItemCall, c.plan.CallEveryDays, string(model.ItemCall)
			}
			if p, put := d.putOff[snoozeKey{k.customer, kind}]; put && p[1] == k.due {
				it.Due.PutOff = p[0]
			} else {
				it.Due.MovedFrom = c.movedFrom(k.customer, k.source == fromCallPlan, k.due)
			}
		}
	case fromReminder:
		it, ok = d.reminders[k.record]
	case fromComplaint:
		it, ok = d.complaints[k.record]
	case fromPayment:
		it, ok = d.deals[k.record]
	case fromGreeting:
		it.Kind, ok = model.ItemBirthday, true
		g := k.greeting()
		it.Due.Occasion, it.Due.OccasionOn, it.Due.Years, it.Due.Holiday = g.occasion, g.occasionOn, g.years, g.holiday
		it.Due.Yearly = g.yearly
		if k.record != 0 {
			it.Due.ContactID, it.Due.Person = k.record, d.contacts[k.record]
		}
	}
	return it, ok
}

// movedFrom returns the day the plan asked for a visit or call due on due, when that day was a day
// off and the item moved to the next working day; the zero date otherwise. A first contact may be
// spread over the plan's first interval (model.VisitPlan.FirstContactDay), so both days are tried.
func (c *itemCustomer) movedFrom(id int64, call bool, due model.Date) model.Date {
	visit, callOn := model.PlannedOn(c.plan, c.lastVisit, c.lastCall, c.since)
	spreadVisit, spreadCall := model.PlannedOnSpread(c.plan, c.lastVisit, c.lastCall, c.since, id)
	asked, spread := visit, spreadVisit
	if call {
		asked, spread = callOn, spreadCall
	}
	if from := model.MovedFrom(c.plan, spread, due); !from.IsZero() {
		return from
	}
	if spread == due {
		// A first contact on the working day it was spread to was not moved, even when the day
		// the customer joined (asked) was a day off that would have moved to the same day.
		return model.Date{}
	}
	return model.MovedFrom(c.plan, asked, due)
}

// readContact keeps the name of one contact person (a row of detailSQL["contacts"]) whom a
// reminder names.
func (d *itemDetails) readContact(rows *sql.Rows) error {
	var id int64
	var name string
	if err := rows.Scan(&id, &name); err != nil {
		return err
	}
	d.contacts[id] = name
	return nil
}

// customerScanner keeps one customer (a row of detailSQL["customers"]) as an item's customer, the
// plan of its level taken from all. The whole checklist and its pages read them alike.
func (d *itemDetails) customerScanner(all map[model.Level]model.VisitPlan) func(*sql.Rows) error {
	return func(rows *sql.Rows) error {
		var c customerRow
		if err := rows.Scan(c.dests()...); err != nil {
			return err
		}
		ic := c.item(all)
		d.customers[c.id] = &ic
		return nil
	}
}

// readSnooze keeps one plan put off (a row of detailSQLMany["snoozes"]): the day it was asked for
// and the day it was put off to. The whole checklist and its pages read them alike.
func (d *itemDetails) readSnooze(rows *sql.Rows) error {
	var k snoozeKey
	var from, until sql.NullString
	if err := rows.Scan(&k.customer, &k.kind, &from, &until); err != nil {
		return err
	}
	d.putOff[k] = [2]model.Date{parseStoredDate(from), parseStoredDate(until)}
	return nil
}
