package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// The whole checklist with its items, as `guanxi today` prints it, read in one pass of each table
// rather than in the two steps of a page (checklist_keys.go, checklist_details.go). At 100,000
// customers tens of thousands of items are due in a week, most of them planned visits and calls:
// reading their keys off the indexes and then each customer's row by its id jumps to a page of the
// customers' table for nearly every item, in the checklist's order. Here the open reminders,
// complaints and payments due are read first, each with the columns its item shows; then the
// customers' table is read straight through once (in spans at the same time, with every customer's
// types beside them: checklist_whole_scan.go), keeping the customers with a visit or call due
// and those the records and greetings name, with every column their items show. The keys are then
// sorted as ChecklistIndex sorts them and the items made as ChecklistPage makes them, so the items
// are the same, in the same order (a test compares the two).

// wholeRecordSQL read the open records due in a span (its first and last day are the arguments), each with its customer, id,
// due day and the columns its item shows, off the records' own indexes of what is open and due.
var wholeRecordSQL = map[itemSource]string{
	fromReminder: `SELECT customer_id, id, due_on, note, kind, repeat_every, repeat_unit FROM reminders
		WHERE id IN (SELECT id FROM reminders INDEXED BY reminders_open_due WHERE done_at IS NULL AND due_on BETWEEN ? AND ?)`,
	fromComplaint: `SELECT customer_id, id, coalesce(reply_by, on_date), what, severity, good_faith, handler FROM complaints
		WHERE resolved_on IS NULL AND coalesce(reply_by, on_date) BETWEEN ? AND ?`,
	fromPayment: `SELECT customer_id, id, credit_due_on, product, amount - paid FROM deals
		WHERE credit_due_on IS NOT NULL AND paid < amount AND credit_due_on BETWEEN ? AND ?`,
}

// wholeCustomersSQL reads the customers out of the trash, straight through a span of the table's
// ids (the fourth and fifth arguments), that have a visit or a call due up to a day (the second
// argument; the first is the earliest day, as the keys read them) or whose ids are in a JSON array
// (the third): whether a visit and a call are due, as keySources reads them, the name key, then the
// columns of detailSQL's "customers", without the personality types (read in one pass beside).
const wholeCustomersSQL = `SELECT coalesce(next_visit_on BETWEEN ?1 AND ?2, 0),
		coalesce(next_call_on BETWEEN ?1 AND ?2 AND NOT (next_visit_on IS NOT NULL AND next_visit_on <= next_call_on), 0),
		next_visit_on, next_call_on, name_key,
		id, name, company, short_name, level, last_contact_on, last_visit_on, last_call_on, visit_every_days, call_every_days, plan_paused,
		NULL, created_at
	FROM customers NOT INDEXED WHERE id BETWEEN ?4 AND ?5 AND deleted_at IS NULL AND (next_visit_on BETWEEN ?1 AND ?2 OR next_call_on BETWEEN ?1 AND ?2
		OR id IN (SELECT value FROM json_each(?3)))`

// wholeTypesSQL reads the personality types of the customers whose ids are in a JSON array, in the
// order detailSQL reads each customer's.
const wholeTypesSQL = `SELECT customer_id, group_concat(type_code, ',') FROM person_types INDEXED BY person_types_unique
	WHERE customer_id IN (SELECT value FROM json_each(?)) GROUP BY customer_id`

// Checklist returns the whole checklist of today and the next days, in the checklist's order: the
// items of ChecklistPage over the whole of ChecklistIndex, read in one pass of each table.
func (s *Store) Checklist(ctx context.Context, today model.Date, days int) ([]model.ChecklistItem, error) {
	w, err := s.WholeChecklist(ctx, today, days)
	if err != nil {
		return nil, err
	}
	return w.d.items(today, w.keys), nil
}

// WholeChecklist is the whole checklist of a day and the days after it as read by one pass of each
// table: its keys in the checklist's order and the rows its items are made of. Each item is made
// when it is asked for, so that tens of thousands of items (half a kilobyte each) need not be held
// at once: `guanxi today` makes each as it makes the item's row, from two goroutines at once.
type WholeChecklist struct {
	today model.Date
	keys  []itemKey
	d     *itemDetails
}

// Len is how many items the checklist has.
func (w *WholeChecklist) Len() int { return len(w.keys) }

// DueOn is the day item i is due.
func (w *WholeChecklist) DueOn(i int) model.Date { return w.keys[i].due }

// Item makes item i of the checklist, as Checklist has it. It only reads what was read, so several
// goroutines may make items at once.
func (w *WholeChecklist) Item(i int) model.ChecklistItem { return w.d.itemOf(w.today, &w.keys[i]) }

// WholeChecklist reads the whole checklist of today and the next days in one pass of each table,
// its items made as they are asked for.
func (s *Store) WholeChecklist(ctx context.Context, today model.Date, days int) (*WholeChecklist, error) {
	w, err := s.wholeChecklist(ctx, today, days)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	return w, nil
}

func (s *Store) wholeChecklist(ctx context.Context, today model.Date, days int) (*WholeChecklist, error) {
	r, err := s.newKeyReader(ctx)
	if err != nil {
		return nil, err
	}
	all, err := plans(ctx, prepared{s})
	if err != nil {
		return nil, err
	}
	sp := allUpTo(today.AddDays(days))
	d := &itemDetails{putOff: map[snoozeKey][2]model.Date{},
		reminders: map[int64]model.ChecklistItem{}, complaints: map[int64]model.ChecklistItem{},
		deals: map[int64]model.ChecklistItem{}, contacts: map[int64]string{}}
	var records []itemKey // the records' keys, named after their customers are read
	named := map[int64]bool{}
	name := func(id int64) {
		if id != 0 {
			named[id] = true
		}
	}
	for _, src := range []itemSource{fromReminder, fromComplaint, fromPayment} {
		err := eachRowOf(ctx, prepared{s}, wholeRecordSQL[src], []any{sp.from, sp.to}, func(rows *sql.Rows) error {
			k, it, err := scanWholeRecord(rows, src)
			if err != nil || r.trash[k.customer] {
				return err
			}
			switch src {
			case fromReminder:
				d.reminders[k.record] = it
			case fromComplaint:
				d.complaints[k.record] = it
			case fromPayment:
				d.deals[k.record] = it
			}
			records = append(records, k)
			name(k.customer)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	greetings, _, err := r.greetingKeys(ctx, today, days, -1)
	if err != nil {
		return nil, err
	}
	var contacts []int64
	for _, k := range greetings {
		name(k.customer)
		if k.record != 0 {
			contacts = append(contacts, k.record)
		}
	}
	ids := make([]int64, 0, len(named))
	for id := range named {
		ids = append(ids, id)
	}

	// The customers: the planned visits and calls due, and the level and name of every item's,
	// read in parts at the same time, with every customer's types beside them when the book is
	// large (checklist_whole_scan.go).
	parts, types, err := s.readWholeCustomers(ctx, sp.from, sp.to, idList(ids), all)
	if err != nil {
		return nil, err
	}
	kept, planned := 0, 0
	for _, p := range parts {
		kept += len(p.ids)
		for _, chunk := range p.plans {
			planned += len(chunk)
		}
	}
	d.customers = make(map[int64]*itemCustomer, kept)
	keys := make([]itemKey, 0, planned+len(records)+len(greetings))
	for _, p := range parts {
		for i, id := range p.ids {
			d.customers[id] = p.customers[i]
		}
		for _, chunk := range p.plans {
			keys = append(keys, chunk...)
		}
	}
	// A record whose customer is not read (out of the trash) is left out, as the keys' join leaves it.
	for _, k := range records {
		if c, ok := d.customers[k.customer]; ok {
			k.level, k.name, k.pinyin = c.level, c.name, c.pinyin
			keys = append(keys, k)
		}
	}
	// A greeting's customer not read with the others (none, but for a contact of a customer gone)
	// is named and read by its id, as a page reads it.
	var strays []itemKey
	for i := range greetings {
		if greetings[i].customer != 0 {
			c, ok := d.customers[greetings[i].customer]
			if !ok {
				strays = append(strays, greetings[i])
				continue
			}
			greetings[i].level, greetings[i].name, greetings[i].pinyin = c.level, c.name, c.pinyin
		}
		keys = append(keys, greetings[i])
	}
	if len(strays) > 0 {
		if err := s.nameGreetings(ctx, strays); err != nil {
			return nil, err
		}
		var strayIDs []int64
		for _, k := range strays {
			strayIDs = append(strayIDs, k.customer)
		}
		if err := eachRow(ctx, prepared{s}, detailSQL["customers"], idList(strayIDs), d.customerScanner(all)); err != nil {
			return nil, err
		}
		keys = append(keys, strays...)
	}

	// Every customer's types, read beside the customers, go to those kept.
	for _, t := range types {
		if c, ok := d.customers[t.id]; ok {
			c.types = splitTypeCodes(t.codes)
		}
	}
	if err := s.readWholeDetails(ctx, d, contacts, types != nil); err != nil {
		return nil, err
	}
	sortKeys(keys, today)
	return &WholeChecklist{today: today, keys: keys, d: d}, nil
}

// scanWholeRecord scans a row of wholeRecordSQL: the record's key and its item's own part, as a
// page reads them (detailSQL).
func scanWholeRecord(rows *sql.Rows, src itemSource) (itemKey, model.ChecklistItem, error) {
	k := itemKey{source: src}
	var due sql.NullString
	var it model.ChecklistItem
	var err error
	switch src {
	case fromReminder:
		var kind model.ReminderKind
		err = rows.Scan(&k.customer, &k.record, &due, &it.Note, &kind, &it.Due.Repeat.Every, &it.Due.Repeat.Unit)
		it.Kind, it.ReminderID = model.ReminderItemKind(kind), k.record
	case fromComplaint:
		var goodFaith int
		err = rows.Scan(&k.customer, &k.record, &due, &it.Note, &it.Due.Severity, &goodFaith, &it.Due.Handler)
		it.Kind, it.ComplaintID, it.Due.Malicious = model.ItemComplaint, k.record, goodFaith == 0
	case fromPayment:
		err = rows.Scan(&k.customer, &k.record, &due, &it.Note, &it.Due.Owed)
		it.Kind, it.DealID = model.ItemPayment, k.record
	}
	k.due = parseStoredDate(due)
	return k, it, err
}

// readWholeDetails reads what the items show besides their customers' rows and records: the
// customers' personality types, unless they were read beside the customers (typesRead), the plans
// put off and the names of the contacts greeted.
func (s *Store) readWholeDetails(ctx context.Context, d *itemDetails, contacts []int64, typesRead bool) error {
	switch {
	case typesRead:
	case len(d.customers) > manyIDs:
		if err := s.readTypes(ctx, d.customers); err != nil {
			return err
		}
	case len(d.customers) > 0:
		ids := make([]int64, 0, len(d.customers))
		for id := range d.customers {
			ids = append(ids, id)
		}
		err := eachRow(ctx, prepared{s}, wholeTypesSQL, idList(ids), func(rows *sql.Rows) error {
			var id int64
			var types string
			if err := rows.Scan(&id, &types); err != nil {
				return err
			}
			if c, ok := d.customers[id]; ok {
				c.types = splitTypeCodes(types)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	err := eachRowOf(ctx, prepared{s}, detailSQLMany["snoozes"], nil, d.readSnooze)
	if err != nil || len(contacts) == 0 {
		return err
	}
	return eachRow(ctx, prepared{s}, detailSQL["contacts"], idList(contacts), d.readContact)
}
