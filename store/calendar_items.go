package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// CalendarItem is one entry of the follow-up plan as a calendar wants it: the checklist item and
// the lasting identifiers of the customer and of the record it comes from (reminder, complaint or
// deal), which stay the same from one export to the next and through a whole-book export and
// import.
type CalendarItem struct {
	model.ChecklistItem
	CustomerUID string
	RecordUID   string // of the reminder, complaint or deal; "" for planned visits, calls and greetings
	ContactUID  string // of the contact whose birthday it is
	Phone       string
}

// CalendarItems returns the follow-up plan up to days after today, as the checklist shows it, for
// a calendar export. Only limits it to some customers; nil means every customer.
func (s *Store) CalendarItems(ctx context.Context, today model.Date, days int, sc Scope) ([]CalendarItem, error) {
	items, err := s.Checklist(ctx, today, days)
	if err != nil {
		return nil, err
	}
	type who struct{ uid, phone string }
	customers := map[int64]who{}
	err = eachRowOf(ctx, s.db, "SELECT id, uid, phone FROM customers WHERE deleted_at IS NULL", nil, func(rows *sql.Rows) error {
		var id int64
		var w who
		err := rows.Scan(&id, &w.uid, &w.phone)
		customers[id] = w
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read customers: %w", err)
	}
	// The lasting identifiers of the records the items come from.
	want := map[string][]int64{}
	for _, it := range items {
		want["reminders"] = appendID(want["reminders"], it.ReminderID)
		want["complaints"] = appendID(want["complaints"], it.ComplaintID)
		want["deals"] = appendID(want["deals"], it.DealID)
		want["contacts"] = appendID(want["contacts"], it.Due.ContactID)
	}
	uids := map[string]map[int64]string{}
	for table, ids := range want {
		if uids[table], err = s.uidsOf(ctx, table, ids); err != nil {
			return nil, fmt.Errorf("read the plan: %w", err)
		}
	}
	out := make([]CalendarItem, 0, len(items))
	for _, it := range items {
		if !sc.has(it.CustomerID) {
			continue
		}
		ci := CalendarItem{ChecklistItem: it, CustomerUID: customers[it.CustomerID].uid, Phone: customers[it.CustomerID].phone,
			ContactUID: uids["contacts"][it.Due.ContactID]}
		switch {
		case it.ReminderID != 0:
			ci.RecordUID = uids["reminders"][it.ReminderID]
		case it.ComplaintID != 0:
			ci.RecordUID = uids["complaints"][it.ComplaintID]
		case it.DealID != 0:
			ci.RecordUID = uids["deals"][it.DealID]
		}
		out = append(out, ci)
	}
	return out, nil
}

func appendID(ids []int64, id int64) []int64 {
	if id != 0 {
		ids = append(ids, id)
	}
	return ids
}

// uidsOf reads the lasting identifiers of records of a table (one of recordTables) by id.
func (s *Store) uidsOf(ctx context.Context, table string, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	if !recordTables[table] {
		return nil, fmt.Errorf("no table of records is called %q", table)
	}
	err := eachRow(ctx, s.db, "SELECT id, uid FROM "+table+" WHERE id IN (SELECT value FROM json_each(?))", idList(ids),
		func(rows *sql.Rows) error {
			var id int64
			var uid string
			err := rows.Scan(&id, &uid)
			out[id] = uid
			return err
		})
	if err != nil {
		return nil, err
	}
	return out, nil
}
