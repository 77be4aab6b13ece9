package store

import (
	"cmp"
	"context"
	"database/sql"
	"slices"

	"guanxi/model"
)

// The checklist is read in two steps. The first finds every item due, off indexes that hold the
// columns it reads (migrations 0008 and 0014): an item key, with the customer's level and name the
// checklist's order reads (model.CompareRanks). The keys are sorted in that order. The second step
// reads the customers and records of only the keys a screen shows (checklist_details.go): a book of
// 100,000 customers may have tens of thousands of items due in a week, and a screen shows a few
// dozen, so paging and jumping to the end read a few dozen rows each.

// itemKey is what the first step knows of an item.
type itemKey struct {
	source   itemSource
	due      model.Date
	customer int64 // 0 for a holiday, no one's in particular
	record   int64 // the reminder, complaint, deal or contact (a contact's birthday); 0 otherwise
	level    model.Level
	name     string // the customer's name; a holiday's own for a holiday
	pinyin   string // the customer's name read as pinyin (off its name_key); "" for a holiday
	// Greetings only, nil for every other item: a checklist of 100,000 customers holds tens of
	// thousands of keys and few greetings, and the keys of the others stay less than half as big.
	*greetingKey
}

// greetingKey is what the first step knows of a greeting: the occasion, the day itself, how many
// years, and a holiday's name.
type greetingKey struct {
	occasion   model.Occasion
	occasionOn model.Date
	years      int
	holiday    model.Text
	yearly     model.YearlyDate // a birthday or anniversary kept by the lunar calendar or without a year
}

// greeting is what the key knows of its greeting; nothing for an item not a greeting.
func (k *itemKey) greeting() greetingKey {
	if k.greetingKey == nil {
		return greetingKey{}
	}
	return *k.greetingKey
}

// itemSource is the kind of record an item comes from.
type itemSource int

const (
	fromVisitPlan itemSource = iota
	fromCallPlan
	fromReminder
	fromComplaint
	fromPayment
	fromGreeting
)

// kind is the item kind the order needs to know of a key: whether it can be a broken promise.
func (k *itemKey) kind() model.ItemKind {
	switch k.source {
	case fromComplaint:
		return model.ItemComplaint
	case fromPayment:
		return model.ItemPayment
	case fromCallPlan:
		return model.ItemCall
	case fromGreeting:
		return model.ItemBirthday
	}
	return model.ItemVisit
}

// rank is what the checklist's order reads of a key.
func (k *itemKey) rank() model.ItemRank {
	return model.ItemRank{DueOn: k.due, Kind: k.kind(), Level: k.level, Pinyin: k.pinyin, Name: k.name, Customer: k.customer != 0}
}

// span is the days a read of item keys covers, from and to included (YYYY-MM-DD), and how many it
// may take at most, earliest first (-1: all).
type span struct {
	from, to string
	limit    int
}

// allUpTo is every item due up to a day, overdue ones included.
func allUpTo(end model.Date) span { return span{"0000-00-00", end.String(), -1} }

// keySource is the statement that reads the keys of one source: the columns customer, record, due
// day, and the customer's level, name key and name, from a FROM and WHERE that takes the span's first and
// last day as its two arguments. The planned contacts read one covering index; the records read
// theirs and their customer's level, name key and name off another (migrations 0023 and 0029), not
// the customer's row.
// A planned call is left off when a visit is due on or before the same day, since the visit is
// the contact.
type keySource struct {
	cols      string // customer, record, due, level, name key, name
	from      string // FROM … WHERE …, ending in the due day BETWEEN ? AND ?
	due       string // the due day's expression
	level     string // the level's column
	nameKey   string // the name key's column
	name      string // the name's column
	customer  string // the customer's id's column
	recordCol string // the record's id's column; "" for a planned contact
}

var keySources = map[itemSource]keySource{
	fromVisitPlan: {cols: "id, 0, next_visit_on, level, name_key, name", from: `FROM customers WHERE deleted_at IS NULL
		AND next_visit_on BETWEEN ? AND ?`, due: "next_visit_on", level: "level", nameKey: "name_key", name: "name", customer: "id"},
	fromCallPlan: {cols: "id, 0, next_call_on, level, name_key, name", from: `FROM customers WHERE deleted_at IS NULL
		AND next_call_on BETWEEN ? AND ? AND NOT (next_visit_on IS NOT NULL AND next_visit_on <= next_call_on)`,
		due: "next_call_on", level: "level", nameKey: "name_key", name: "name", customer: "id"},
	fromReminder: {cols: "r.customer_id, r.id, r.due_on, c.level, c.name_key, c.name", from: `FROM reminders r JOIN customers c INDEXED BY customers_level_name_key ON c.id = r.customer_id
		WHERE r.done_at IS NULL AND c.deleted_at IS NULL AND r.due_on BETWEEN ? AND ?`,
		due: "r.due_on", level: "c.level", nameKey: "c.name_key", name: "c.name", customer: "r.customer_id", recordCol: "r.id"},
	fromComplaint: {cols: "p.customer_id, p.id, coalesce(p.reply_by, p.on_date), c.level, c.name_key, c.name", from: `FROM complaints p
		JOIN customers c INDEXED BY customers_level_name_key ON c.id = p.customer_id WHERE p.resolved_on IS NULL
		AND c.deleted_at IS NULL AND coalesce(p.reply_by, p.on_date) BETWEEN ? AND ?`,
		due: "coalesce(p.reply_by, p.on_date)", level: "c.level", nameKey: "c.name_key", name: "c.name", customer: "p.customer_id", recordCol: "p.id"},
	fromPayment: {cols: "d.customer_id, d.id, d.credit_due_on, c.level, c.name_key, c.name", from: `FROM deals d JOIN customers c INDEXED BY customers_level_name_key ON c.id = d.customer_id
		WHERE d.credit_due_on IS NOT NULL AND d.paid < d.amount AND c.deleted_at IS NULL
		AND d.credit_due_on BETWEEN ? AND ?`, due: "d.credit_due_on", level: "c.level", nameKey: "c.name_key", name: "c.name", customer: "d.customer_id", recordCol: "d.id"},
}

// keySQL reads the keys of one source in a span, earliest first; its arguments are the span's
// first and last day and the limit.
var keySQL = func() map[itemSource]string {
	out := map[itemSource]string{}
	for src, k := range keySources {
		out[src] = "SELECT " + k.cols + " " + k.from + " ORDER BY " + k.due + " LIMIT ?"
	}
	return out
}()

// recordSources are the sources read through keySQL, in the order they are read.
var recordSources = []itemSource{fromVisitPlan, fromCallPlan, fromReminder, fromComplaint, fromPayment}

// keyReader reads item keys, leaving out the customers in the trash.
type keyReader struct {
	db    querier
	trash map[int64]bool
}

// newKeyReader reads which customers are in the trash, off their small index.
func (s *Store) newKeyReader(ctx context.Context) (*keyReader, error) {
	trash, err := s.trashed(ctx)
	if err != nil {
		return nil, err
	}
	return &keyReader{db: prepared{s}, trash: trash}, nil
}

// read reads the keys of one source in a span. full tells that the span's limit was reached and
// keys after the last may be left unread. Planned items come off indexes without the trash; the
// other records name their customer, and those of customers in the trash are left out: then more
// rows are read, as many again each time, until the limit is reached after leaving them out or
// the span has no more.
func (r *keyReader) read(ctx context.Context, src itemSource, sp span) (keys []itemKey, full bool, err error) {
	return r.readWith(ctx, keySQL[src], src, sp)
}

// readWith is read with another statement of the source's keys, which takes the same arguments.
func (r *keyReader) readWith(ctx context.Context, q string, src itemSource, sp span) (keys []itemKey, full bool, err error) {
	limit := sp.limit
	if limit >= 0 && src != fromVisitPlan && src != fromCallPlan {
		limit += len(r.trash)
	}
	for {
		keys, rowsRead, err := r.query(ctx, q, src, sp, limit)
		if err != nil {
			return nil, false, err
		}
		if sp.limit >= 0 && len(keys) >= sp.limit {
			return keys[:sp.limit], true, nil
		}
		if limit < 0 || rowsRead < limit {
			return keys, false, nil // every row of the span was read
		}
		limit *= 2
	}
}

// query runs a statement of the source's keys with a limit of rows, and returns the keys of the
// customers not in the trash and how many rows it read. more are the statement's arguments
// between the span's last day and the limit, if it takes any.
func (r *keyReader) query(ctx context.Context, q string, src itemSource, sp span, limit int, more ...any) (keys []itemKey, rowsRead int, err error) {
	args := append(append([]any{sp.from, sp.to}, more...), limit)
	rows, err := r.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	if limit > 0 {
		keys = make([]itemKey, 0, limit)
	}
	for rows.Next() {
		rowsRead++
		k := itemKey{source: src}
		var due sql.NullString
		var nameKey string
		if err := rows.Scan(&k.customer, &k.record, &due, &k.level, &nameKey, &k.name); err != nil {
			return nil, rowsRead, err
		}
		if r.trash[k.customer] {
			continue
		}
		k.due, k.pinyin = parseStoredDate(due), pinyinOfKey(nameKey, k.name)
		keys = append(keys, k)
	}
	return keys, rowsRead, rows.Err()
}

// sortKeys puts keys in the checklist's order (model.CompareRanks); a tie is broken the same way
// every time, by customer, source and record, so every read of the same book gives the same order.
// A large checklist has tens of thousands of keys and a million comparisons: each key's place in
// the order is made once into numbers (model.ItemRank.Place), and the comparisons compare those.
func sortKeys(keys []itemKey, today model.Date) {
	type sortable struct {
		place model.RankPlace
		at    int32 // the key's place in keys
	}
	all := make([]sortable, len(keys))
	for i := range keys {
		all[i] = sortable{keys[i].rank().Place(today), int32(i)}
	}
	slices.SortFunc(all, func(x, y sortable) int {
		if c := x.place.Compare(y.place); c != 0 {
			return c
		}
		a, b := &keys[x.at], &keys[y.at]
		switch {
		case a.customer != b.customer:
			return cmp.Compare(a.customer, b.customer)
		case a.source != b.source:
			return cmp.Compare(a.source, b.source)
		case a.record != b.record:
			return cmp.Compare(a.record, b.record)
		}
		ga, gb := a.greeting(), b.greeting()
		switch {
		case ga.occasion != gb.occasion:
			return cmp.Compare(ga.occasion, gb.occasion)
		case ga.occasionOn != gb.occasionOn:
			return cmp.Compare(ga.occasionOn.String(), gb.occasionOn.String())
		}
		return cmp.Compare(ga.holiday.Zh, gb.holiday.Zh)
	})
	from := make([]int32, len(all)) // place i takes the key now at from[i]
	for i, a := range all {
		from[i] = a.at
	}
	// The keys move to their places in keys itself, one cycle of the permutation after another,
	// so a checklist of tens of thousands of keys is never held twice.
	for i := range keys {
		if from[i] < 0 {
			continue
		}
		first := keys[i]
		j := i
		for {
			k := int(from[j])
			from[j] = -1
			if k == i {
				keys[j] = first
				break
			}
			keys[j] = keys[k]
			j = k
		}
	}
}
