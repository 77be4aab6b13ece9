package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// ChecklistIndex is the whole follow-up checklist of a day and the days after it, as the keys of
// its items in the checklist's order (model.CompareRanks), with exact counts. It holds no more of
// each item than the order needs, so a checklist of tens of thousands of items stays small;
// ChecklistPage reads the items of any part of it.
type ChecklistIndex struct {
	Today model.Date
	Days  int
	// Overdue and DueToday count the items overdue and due today; 0 in a Partial index.
	Overdue, DueToday int
	// Partial tells that the index holds only the first items of the checklist (ChecklistHead), and
	// that its length and counts are not the checklist's.
	Partial bool
	// Tail tells that a Partial index holds the last items of the checklist (ChecklistTail), not
	// its first: its item i is item Len()-n+i of the whole, n its length.
	Tail bool
	keys []itemKey
}

// Len is how many items the checklist has.
func (x *ChecklistIndex) Len() int { return len(x.keys) }

// DueOn is the day item i is due.
func (x *ChecklistIndex) DueOn(i int) model.Date { return x.keys[i].due }

// CustomerID is the customer of item i; 0 for a holiday.
func (x *ChecklistIndex) CustomerID(i int) int64 { return x.keys[i].customer }

// CustomerName is the name of the customer of item i, as the order read it.
func (x *ChecklistIndex) CustomerName(i int) string { return x.keys[i].name }

// ChecklistIndex reads what is due up to days after today: overdue items, today's, and the coming
// days' — planned visits and calls, open reminders, complaint replies promised, payments due and
// greetings for the dates that matter — in the checklist's order.
func (s *Store) ChecklistIndex(ctx context.Context, today model.Date, days int) (*ChecklistIndex, error) {
	r, err := s.newKeyReader(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	var keys []itemKey
	for _, src := range recordSources {
		got, _, err := r.read(ctx, src, allUpTo(today.AddDays(days)))
		if err != nil {
			return nil, fmt.Errorf("read the checklist: %w", err)
		}
		keys = append(keys, got...)
	}
	greetings, err := s.namedGreetings(ctx, r, today, days, today)
	if err != nil {
		return nil, err
	}
	keys = append(keys, greetings...)
	sortKeys(keys, today)
	x := &ChecklistIndex{Today: today, Days: days, keys: keys}
	x.count()
	return x, nil
}

// count counts the items overdue and due today.
func (x *ChecklistIndex) count() {
	x.Overdue, x.DueToday = 0, 0
	for i := range x.keys {
		switch {
		case x.keys[i].due.Before(x.Today):
			x.Overdue++
		case x.keys[i].due == x.Today:
			x.DueToday++
		}
	}
}

// namedGreetings returns the keys of the greetings of the checklist of today and days after it that
// are due on or after from (greetingKeysFrom: all of them when from is today), with the level, name
// key and name of their customers, which the checklist's order reads.
func (s *Store) namedGreetings(ctx context.Context, r *keyReader, today model.Date, days int, from model.Date) ([]itemKey, error) {
	greetings, err := r.greetingKeysFrom(ctx, today, days, from)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	if err := s.nameGreetings(ctx, greetings); err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	return greetings, nil
}

// nameGreetingsSQL reads the level, name key and name of the customers whose ids are in a JSON array.
const nameGreetingsSQL = `SELECT id, level, name_key, name FROM customers WHERE id IN (SELECT value FROM json_each(?))`

// nameGreetings puts on the greetings' keys the level, name key and name of their customers, which the
// indexes of the dates that matter do not hold.
func (s *Store) nameGreetings(ctx context.Context, keys []itemKey) error {
	seen := map[int64]bool{}
	var ids []int64
	for _, k := range keys {
		if k.customer != 0 && !seen[k.customer] {
			seen[k.customer] = true
			ids = append(ids, k.customer)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	type levelName struct {
		level  model.Level
		pinyin string
		name   string
	}
	of := make(map[int64]levelName, len(ids))
	err := eachRow(ctx, prepared{s}, nameGreetingsSQL, idList(ids), func(rows *sql.Rows) error {
		var id int64
		var ln levelName
		var nameKey string
		if err := rows.Scan(&id, &ln.level, &nameKey, &ln.name); err != nil {
			return err
		}
		ln.pinyin = pinyinOfKey(nameKey, ln.name)
		of[id] = ln
		return nil
	})
	if err != nil {
		return err
	}
	for i := range keys {
		if ln, ok := of[keys[i].customer]; ok {
			keys[i].level, keys[i].pinyin, keys[i].name = ln.level, ln.pinyin, ln.name
		}
	}
	return nil
}

// ChecklistPage reads the items from from to to (not included) of a checklist index, in its order.
// An item whose record is gone since the index was read (a write in between) keeps what the index
// knows of it — customer, name, day — so the page still lines up with the index.
func (s *Store) ChecklistPage(ctx context.Context, x *ChecklistIndex, from, to int) ([]model.ChecklistItem, error) {
	from, to = max(0, min(from, len(x.keys))), max(0, min(to, len(x.keys)))
	if from >= to {
		return nil, nil
	}
	return s.itemsOf(ctx, x.Today, x.keys[from:to])
}

// ChecklistItemsAt reads the items at some places of a checklist index, in the order asked.
func (s *Store) ChecklistItemsAt(ctx context.Context, x *ChecklistIndex, at []int) ([]model.ChecklistItem, error) {
	keys := make([]itemKey, 0, len(at))
	for _, i := range at {
		if i < 0 || i >= len(x.keys) {
			return nil, fmt.Errorf("item %d of a checklist of %d", i, len(x.keys))
		}
		keys = append(keys, x.keys[i])
	}
	return s.itemsOf(ctx, x.Today, keys)
}
