package store

import (
	"context"
	"database/sql"
	"fmt"

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
	return eachBookCustomer(ctx, tx, sc, fn)
}

// eachBookCustomer is EachBookCustomer inside a read transaction. A scope of some customers reads
// only their rows, off the indexes by customer, so one customer's archive (Store.Archive) costs
// a few lookups however large the book.
func eachBookCustomer(ctx context.Context, tx *sql.Tx, sc Scope, fn func(*BookCustomer) error) error {
	fail := func(err error) error { return fmt.Errorf("read the book: %w", err) }
	in, arg := sc.in("customer_id")

	cs := &cursors{ctx: ctx, tx: tx}
	defer cs.close()
	contacts := openIn(cs, "SELECT "+contactColumns+" FROM contacts WHERE "+in+" ORDER BY customer_id, id",
		cursorOf(scanContact, func(c model.Contact) int64 { return c.CustomerID }), arg...)
	interactions := openIn(cs, "SELECT "+interactionColumns+" FROM interactions WHERE "+in+" ORDER BY customer_id, at, id",
		cursorOf(scanInteraction, func(i model.Interaction) int64 { return i.CustomerID }), arg...)
	deals := openIn(cs, "SELECT "+dealColumns+" FROM deals WHERE "+in+" ORDER BY customer_id, on_date, id",
		cursorOf(scanDeal, func(d model.Deal) int64 { return d.CustomerID }), arg...)
	payments := openIn(cs, "SELECT "+paymentColumns+" FROM payments WHERE "+in+" ORDER BY customer_id, on_date, id",
		cursorOf(scanPayment, func(p model.Payment) int64 { return p.CustomerID }), arg...)
	reminders := openIn(cs, "SELECT "+reminderColumns+" FROM reminders WHERE "+in+" ORDER BY customer_id, due_on, id",
		cursorOf(scanReminder, func(r model.Reminder) int64 { return r.CustomerID }), arg...)
	complaints := openIn(cs, "SELECT "+complaintColumns+" FROM complaints WHERE "+in+" ORDER BY customer_id, on_date, id",
		cursorOf(scanComplaint, func(c model.Complaint) int64 { return c.CustomerID }), arg...)
	tags := openIn(cs, `SELECT customer_id, ifnull(contact_id, 0), type_code, note FROM person_types
		WHERE `+in+` ORDER BY customer_id, id`, func(r *sql.Rows) (int64, PersonTag, error) {
		var t PersonTag
		err := r.Scan(&t.CustomerID, &t.ContactID, &t.Type, &t.Note)
		return t.CustomerID, t, err
	}, arg...)
	levels := openIn(cs, "SELECT "+levelChangeColumns+" FROM level_changes WHERE "+in+" ORDER BY customer_id, at, id",
		cursorOf(scanLevelChange, func(c model.LevelChange) int64 { return c.CustomerID }), arg...)
	// The greetings sent and the plans put off are marks only the whole-book export carries.
	snoozes, greetings := &cursor[[3]string]{id: -1}, &cursor[GreetingSent]{id: -1}
	if !sc.NoMarks {
		snoozes = openIn(cs, `SELECT customer_id, kind, from_on, until_on FROM plan_snoozes WHERE `+in+`
			ORDER BY customer_id, kind`, func(r *sql.Rows) (int64, [3]string, error) {
			var id int64
			var v [3]string
			err := r.Scan(&id, &v[0], &v[1], &v[2])
			return id, v, err
		}, arg...)
		greetings = openIn(cs, `SELECT customer_id, occasion, contact_id, on_date FROM greetings_sent
			WHERE customer_id > 0 AND `+in+` ORDER BY customer_id, on_date, occasion, contact_id`,
			func(r *sql.Rows) (int64, GreetingSent, error) {
				var id int64
				var g GreetingSent
				var on string
				err := r.Scan(&id, &g.Occasion, &g.ContactID, &on)
				g.On = anyDate(on)
				return id, g, err
			}, arg...)
	}
	if cs.err != nil {
		return fail(cs.err)
	}

	cin, carg := sc.in("id")
	rows, err := tx.QueryContext(ctx, customerWithTypesWhere(cin), carg...)
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
			for k, t := range bc.Tags {
				if t.ContactID == bc.Contacts[i].ID {
					bc.Contacts[i].Types = append(bc.Contacts[i].Types, t.Type)
					bc.Tags[k].ContactName = bc.Contacts[i].Name
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
	if err := cs.failed(); err != nil {
		return fail(err)
	}
	return nil
}

// cursorOf makes a scan of one kind of record a scan for a cursor, which also hands over whose
// record it is.
func cursorOf[T any](scan func(rowScanner) (T, error), customer func(T) int64) func(*sql.Rows) (int64, T, error) {
	return func(r *sql.Rows) (int64, T, error) {
		v, err := scan(r)
		return customer(v), v, err
	}
}
