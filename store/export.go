package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"guanxi/model"
)

// BookCustomer is one customer with every record of theirs, as a whole-book export writes it.
// Records are in the order they happened (oldest first), ties by the order they were written.
type BookCustomer struct {
	Customer     model.Customer
	Contacts     []model.Contact
	Interactions []model.Interaction
	Deals        []model.Deal
	Payments     []model.Payment
	Reminders    []model.Reminder
	Complaints   []model.Complaint
	Tags         []PersonTag
	LevelChanges []model.LevelChange
	// PutOff are the planned visit and call the user put off, by kind (visit, call).
	PutOff map[model.ItemKind]model.PlanSnooze
	// GreetingsSent are the greetings marked sent for the customer's dates and their contacts'.
	GreetingsSent []GreetingSent
}

// HolidayGreetingsSent returns the greetings marked sent for holidays, which are no one's in
// particular, by day.
func (s *Store) HolidayGreetingsSent(ctx context.Context) ([]GreetingSent, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, on_date FROM greetings_sent WHERE customer_id = 0 AND occasion = ?
		ORDER BY on_date, name`, model.OccasionHoliday)
	if err != nil {
		return nil, fmt.Errorf("read the greetings sent: %w", err)
	}
	defer rows.Close()
	var out []GreetingSent
	for rows.Next() {
		var name, on string
		if err := rows.Scan(&name, &on); err != nil {
			return nil, fmt.Errorf("read the greetings sent: %w", err)
		}
		zh, en, _ := strings.Cut(name, "\x1f")
		out = append(out, GreetingSent{Occasion: model.OccasionHoliday, Holiday: model.Text{Zh: zh, En: en}, On: anyDate(on)})
	}
	return out, rows.Err()
}

// GreetingSent is a greeting marked sent: for which occasion, on which day, and whose (a contact's
// id, or 0 for the customer's own date; the holiday's name for a holiday, no one's in particular).
type GreetingSent struct {
	Occasion  model.Occasion
	ContactID int64
	Holiday   model.Text
	On        model.Date
}

// Scope says which customers an export reads: every customer not in the trash, or only those
// whose ids Only holds.
type Scope struct {
	Only map[int64]bool // nil: the whole book
}

func (sc Scope) has(id int64) bool { return sc.Only == nil || sc.Only[id] }

// readTx begins a read transaction, so that an export sees the book as it was at one moment even
// while the TUI or another command writes. It is deferred (a plain BEGIN), so it takes no lock
// that would hold up a writer.
func (s *Store) readTx(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read the book: %w", err)
	}
	return tx, nil
}

// customerWithTypesSQL reads every profile column and the customer's own personality types.
var customerWithTypesSQL = "SELECT " + customerColumns + `,
	(SELECT group_concat(type_code, ',' ORDER BY id) FROM person_types pt WHERE pt.customer_id = customers.id AND pt.contact_id IS NULL)
	FROM customers WHERE deleted_at IS NULL ORDER BY id`

// scanCustomerWithTypes reads a row of customerWithTypesSQL.
func scanCustomerWithTypes(rows *sql.Rows) (model.Customer, error) {
	var types sql.NullString
	c, err := scanCustomer(scanWithTail{rows, &types})
	if err != nil {
		return c, err
	}
	if types.Valid && types.String != "" {
		c.Types = splitComma(types.String)
	}
	return c, nil
}

// scanWithTail scans a row whose last column follows those scanCustomer reads.
type scanWithTail struct {
	r    rowScanner
	tail any
}

func (s scanWithTail) Scan(dest ...any) error { return s.r.Scan(append(dest, s.tail)...) }

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// EachCustomer calls fn with every customer in the scope, in the order they were added, with
// every field and their own personality type codes. It reads one snapshot of the book and
// holds a few hundred customers at a time, so a book of any size is exported in little memory.
// The rows are read on a goroutine of their own while the caller's turns them into customers and
// runs fn (an export formatting and writing them): on two cores the two halves overlap, and the
// reading, which the driver makes the larger, is left alone on its core.
func (s *Store) EachCustomer(ctx context.Context, sc Scope, fn func(model.Customer) error) error {
	tx, err := s.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan customerRows, 4)
	read := make(chan error, 1)
	go func() {
		defer close(batches)
		read <- readCustomers(ctx, tx, sc, func(batch customerRows) bool {
			select {
			case batches <- batch:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var fnErr error
	for batch := range batches {
		for k := range batch.types {
			if fnErr != nil {
				break
			}
			c := batch.customer(k)
			fnErr = fn(c)
		}
		if fnErr != nil {
			cancel() // the reader stops at its next batch; the loop drains what it sent
		}
	}
	if err := <-read; fnErr == nil && err != nil {
		return err
	}
	return fnErr
}

// customerBatch is how many customers the reader of EachCustomer hands over at a time.
const customerBatch = 256

// customerRows are customers as read: the values of customerFields, row after row, as the driver
// gave them, and each customer's personality types.
type customerRows struct {
	values []any
	types  [][]string
}

// customer makes the k-th customer of the batch.
func (b customerRows) customer(k int) model.Customer {
	n := len(customerFields)
	c := customerOf(b.values[k*n:(k+1)*n], customerFields)
	c.Types = b.types[k]
	return c
}

// readCustomers reads the customers in the scope in batches, handing each to send, until send
// says to stop.
func readCustomers(ctx context.Context, tx *sql.Tx, sc Scope, send func(customerRows) bool) error {
	// The types come from one walk of their table beside the customers', not a query per customer.
	types, err := openCursor(ctx, tx, `SELECT customer_id, type_code FROM person_types WHERE contact_id IS NULL
		ORDER BY customer_id, id`, func(r *sql.Rows) (int64, string, error) {
		var id int64
		var code string
		err := r.Scan(&id, &code)
		return id, code, err
	})
	if err != nil {
		return fmt.Errorf("read personality types: %w", err)
	}
	defer types.close()
	rows, err := tx.QueryContext(ctx, "SELECT "+customerColumns+" FROM customers WHERE deleted_at IS NULL ORDER BY id")
	if err != nil {
		return fmt.Errorf("read customers: %w", err)
	}
	defer rows.Close()
	n := len(customerFields)
	newBatch := func() customerRows {
		return customerRows{values: make([]any, 0, n*customerBatch), types: make([][]string, 0, customerBatch)}
	}
	batch := newBatch()
	ptrs := make([]any, n)
	for rows.Next() {
		at := len(batch.values)
		batch.values = batch.values[:at+n]
		for i := range ptrs {
			ptrs[i] = &batch.values[at+i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("read customers: %w", err)
		}
		id := anyInt(batch.values[at]) // customerFields begin with the id
		codes := types.take(id)
		if !sc.has(id) {
			batch.values = batch.values[:at]
			continue
		}
		if batch.types = append(batch.types, codes); len(batch.types) == customerBatch {
			if !send(batch) {
				return ctx.Err()
			}
			batch = newBatch()
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(batch.types) > 0 && !send(batch) {
		return ctx.Err()
	}
	return types.err
}

// cursor walks one table of records ordered by customer, handing out each customer's rows.
type cursor[T any] struct {
	rows *sql.Rows
	scan func(*sql.Rows) (int64, T, error)
	id   int64 // the customer of the row read ahead; -1 at the end
	next T
	err  error
}

func openCursor[T any](ctx context.Context, tx *sql.Tx, query string, scan func(*sql.Rows) (int64, T, error)) (*cursor[T], error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c := &cursor[T]{rows: rows, scan: scan}
	c.advance()
	return c, c.err
}

func (c *cursor[T]) advance() {
	if c.err != nil || !c.rows.Next() {
		c.id = -1
		if c.err == nil {
			c.err = c.rows.Err()
		}
		return
	}
	c.id, c.next, c.err = c.scan(c.rows)
	if c.err != nil {
		c.id = -1
	}
}

// take returns the rows of customer id, skipping the rows of customers before it (in the trash, or
// out of the scope).
func (c *cursor[T]) take(id int64) []T {
	for c.id >= 0 && c.id < id {
		c.advance()
	}
	var out []T
	for c.id == id {
		out = append(out, c.next)
		c.advance()
	}
	return out
}

func (c *cursor[T]) close() { c.rows.Close() }

// EachBookCustomer calls fn with every customer in the scope and all their records: contacts,
// logged contacts, deals and the payments on them, reminders, complaints and personality tags. It
// reads one snapshot of the book, walking each table once in customer order, so the whole book
// streams through in little memory.
func (s *Store) EachBookCustomer(ctx context.Context, sc Scope, fn func(*BookCustomer) error) error {
	tx, err := s.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	fail := func(err error) error { return fmt.Errorf("read the book: %w", err) }

	contacts, err := openCursor(ctx, tx, `SELECT id, uid, customer_id, name, title, role, phone, email, wechat,
		birthday, birthday_yearly, notes, created_at, updated_at FROM contacts ORDER BY customer_id, id`, scanExportContact)
	if err != nil {
		return fail(err)
	}
	defer contacts.close()
	interactions, err := openCursor(ctx, tx, `SELECT id, uid, customer_id, coalesce(contact_id, 0), at, channel,
		summary, next_step FROM interactions ORDER BY customer_id, at, id`, scanExportInteraction)
	if err != nil {
		return fail(err)
	}
	defer interactions.close()
	deals, err := openCursor(ctx, tx, `SELECT id, uid, customer_id, on_date, product, amount, credit_due_on, paid
		FROM deals ORDER BY customer_id, on_date, id`, scanExportDeal)
	if err != nil {
		return fail(err)
	}
	defer deals.close()
	payments, err := openCursor(ctx, tx, `SELECT id, uid, deal_id, customer_id, on_date, amount, note FROM payments
		ORDER BY customer_id, on_date, id`, scanExportPayment)
	if err != nil {
		return fail(err)
	}
	defer payments.close()
	reminders, err := openCursor(ctx, tx, "SELECT "+reminderColumns+" FROM reminders ORDER BY customer_id, due_on, id",
		func(r *sql.Rows) (int64, model.Reminder, error) {
			rm, err := scanReminder(r)
			return rm.CustomerID, rm, err
		})
	if err != nil {
		return fail(err)
	}
	defer reminders.close()
	complaints, err := openCursor(ctx, tx, "SELECT "+complaintColumns+" FROM complaints ORDER BY customer_id, on_date, id",
		func(r *sql.Rows) (int64, model.Complaint, error) {
			c, err := scanComplaint(r)
			return c.CustomerID, c, err
		})
	if err != nil {
		return fail(err)
	}
	defer complaints.close()
	tags, err := openCursor(ctx, tx, `SELECT customer_id, ifnull(contact_id, 0), type_code, note FROM person_types
		ORDER BY customer_id, id`, func(r *sql.Rows) (int64, PersonTag, error) {
		var t PersonTag
		err := r.Scan(&t.CustomerID, &t.ContactID, &t.Type, &t.Note)
		return t.CustomerID, t, err
	})
	if err != nil {
		return fail(err)
	}
	defer tags.close()
	levels, err := openCursor(ctx, tx, `SELECT id, customer_id, at, from_level, to_level, source, why_zh, why_en
		FROM level_changes ORDER BY customer_id, at, id`, func(r *sql.Rows) (int64, model.LevelChange, error) {
		var c model.LevelChange
		var at string
		err := r.Scan(&c.ID, &c.CustomerID, &at, &c.From, &c.To, &c.Source, &c.Why.Zh, &c.Why.En)
		c.At = parseAt(at)
		return c.CustomerID, c, err
	})
	if err != nil {
		return fail(err)
	}
	defer levels.close()
	snoozes, err := openCursor(ctx, tx, `SELECT customer_id, kind, from_on, until_on FROM plan_snoozes ORDER BY customer_id, kind`,
		func(r *sql.Rows) (int64, [3]string, error) {
			var id int64
			var v [3]string
			err := r.Scan(&id, &v[0], &v[1], &v[2])
			return id, v, err
		})
	if err != nil {
		return fail(err)
	}
	defer snoozes.close()
	greetings, err := openCursor(ctx, tx, `SELECT customer_id, occasion, contact_id, on_date FROM greetings_sent
		WHERE customer_id > 0 ORDER BY customer_id, on_date, occasion, contact_id`, func(r *sql.Rows) (int64, GreetingSent, error) {
		var id int64
		var g GreetingSent
		var on string
		err := r.Scan(&id, &g.Occasion, &g.ContactID, &on)
		g.On = anyDate(on)
		return id, g, err
	})
	if err != nil {
		return fail(err)
	}
	defer greetings.close()

	rows, err := tx.QueryContext(ctx, customerWithTypesSQL)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanCustomerWithTypes(rows)
		if err != nil {
			return fail(err)
		}
		if !sc.has(c.ID) {
			continue
		}
		bc := &BookCustomer{Customer: c, Contacts: contacts.take(c.ID), Interactions: interactions.take(c.ID),
			Deals: deals.take(c.ID), Payments: payments.take(c.ID), Reminders: reminders.take(c.ID),
			Complaints: complaints.take(c.ID), Tags: tags.take(c.ID), LevelChanges: levels.take(c.ID),
			GreetingsSent: greetings.take(c.ID)}
		for _, v := range snoozes.take(c.ID) {
			if bc.PutOff == nil {
				bc.PutOff = map[model.ItemKind]model.PlanSnooze{}
			}
			bc.PutOff[model.ItemKind(v[0])] = model.PlanSnooze{From: anyDate(v[1]), Until: anyDate(v[2])}
		}
		for i := range bc.Contacts {
			for _, t := range bc.Tags {
				if t.ContactID == bc.Contacts[i].ID {
					bc.Contacts[i].Types = append(bc.Contacts[i].Types, t.Type)
				}
			}
		}
		if err := fn(bc); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	for _, e := range []error{contacts.err, interactions.err, deals.err, payments.err, reminders.err, complaints.err, tags.err, levels.err, snoozes.err, greetings.err} {
		if e != nil {
			return fail(e)
		}
	}
	return nil
}

func scanExportContact(r *sql.Rows) (int64, model.Contact, error) {
	var c model.Contact
	var birthday, yearly sql.NullString
	var created, updated int64
	err := r.Scan(&c.ID, &c.UID, &c.CustomerID, &c.Name, &c.Title, &c.Role, &c.Phone, &c.Email, &c.WeChat,
		&birthday, &yearly, &c.Notes, &created, &updated)
	c.BirthdayYearly, c.Birthday = nullYearly(yearly, parseStoredDate(birthday))
	c.CreatedAt, c.UpdatedAt = time.Unix(created, 0), time.Unix(updated, 0)
	return c.CustomerID, c, err
}

func scanExportInteraction(r *sql.Rows) (int64, model.Interaction, error) {
	var i model.Interaction
	var at string
	err := r.Scan(&i.ID, &i.UID, &i.CustomerID, &i.ContactID, &at, &i.Channel, &i.Summary, &i.NextStep)
	i.At = parseAt(at)
	return i.CustomerID, i, err
}

func scanExportDeal(r *sql.Rows) (int64, model.Deal, error) {
	var d model.Deal
	var on, due sql.NullString
	err := r.Scan(&d.ID, &d.UID, &d.CustomerID, &on, &d.Product, &d.Amount, &due, &d.Paid)
	d.On, d.CreditDueOn = parseStoredDate(on), parseStoredDate(due)
	return d.CustomerID, d, err
}

func scanExportPayment(r *sql.Rows) (int64, model.Payment, error) {
	var p model.Payment
	var on sql.NullString
	err := r.Scan(&p.ID, &p.UID, &p.DealID, &p.CustomerID, &on, &p.Amount, &p.Note)
	p.On = parseStoredDate(on)
	return p.CustomerID, p, err
}

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
	rows, err := s.db.QueryContext(ctx, "SELECT id, uid, phone FROM customers WHERE deleted_at IS NULL")
	if err != nil {
		return nil, fmt.Errorf("read customers: %w", err)
	}
	for rows.Next() {
		var id int64
		var w who
		if err := rows.Scan(&id, &w.uid, &w.phone); err != nil {
			rows.Close()
			return nil, err
		}
		customers[id] = w
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
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
