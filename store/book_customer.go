package store

import (
	"context"
	"database/sql"
	"fmt"
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

	contacts, err := openCursor(ctx, tx, `SELECT id, uid, customer_id, name, title, role, phone, email, wechat,
		birthday, birthday_yearly, notes, created_at, updated_at FROM contacts WHERE `+in+` ORDER BY customer_id, id`, scanExportContact, arg...)
	if err != nil {
		return fail(err)
	}
	defer contacts.close()
	interactions, err := openCursor(ctx, tx, `SELECT id, uid, customer_id, coalesce(contact_id, 0), at, channel,
		summary, next_step FROM interactions WHERE `+in+` ORDER BY customer_id, at, id`, scanExportInteraction, arg...)
	if err != nil {
		return fail(err)
	}
	defer interactions.close()
	deals, err := openCursor(ctx, tx, `SELECT id, uid, customer_id, on_date, product, amount, credit_due_on, paid
		FROM deals WHERE `+in+` ORDER BY customer_id, on_date, id`, scanExportDeal, arg...)
	if err != nil {
		return fail(err)
	}
	defer deals.close()
	payments, err := openCursor(ctx, tx, `SELECT id, uid, deal_id, customer_id, on_date, amount, note FROM payments
		WHERE `+in+` ORDER BY customer_id, on_date, id`, scanExportPayment, arg...)
	if err != nil {
		return fail(err)
	}
	defer payments.close()
	reminders, err := openCursor(ctx, tx, "SELECT "+reminderColumns+" FROM reminders WHERE "+in+" ORDER BY customer_id, due_on, id",
		func(r *sql.Rows) (int64, model.Reminder, error) {
			rm, err := scanReminder(r)
			return rm.CustomerID, rm, err
		}, arg...)
	if err != nil {
		return fail(err)
	}
	defer reminders.close()
	complaints, err := openCursor(ctx, tx, "SELECT "+complaintColumns+" FROM complaints WHERE "+in+" ORDER BY customer_id, on_date, id",
		func(r *sql.Rows) (int64, model.Complaint, error) {
			c, err := scanComplaint(r)
			return c.CustomerID, c, err
		}, arg...)
	if err != nil {
		return fail(err)
	}
	defer complaints.close()
	tags, err := openCursor(ctx, tx, `SELECT customer_id, ifnull(contact_id, 0), type_code, note FROM person_types
		WHERE `+in+` ORDER BY customer_id, id`, func(r *sql.Rows) (int64, PersonTag, error) {
		var t PersonTag
		err := r.Scan(&t.CustomerID, &t.ContactID, &t.Type, &t.Note)
		return t.CustomerID, t, err
	}, arg...)
	if err != nil {
		return fail(err)
	}
	defer tags.close()
	levels, err := openCursor(ctx, tx, `SELECT id, customer_id, at, from_level, to_level, source, why_zh, why_en
		FROM level_changes WHERE `+in+` ORDER BY customer_id, at, id`, func(r *sql.Rows) (int64, model.LevelChange, error) {
		var c model.LevelChange
		var at string
		err := r.Scan(&c.ID, &c.CustomerID, &at, &c.From, &c.To, &c.Source, &c.Why.Zh, &c.Why.En)
		c.At = parseAt(at)
		return c.CustomerID, c, err
	}, arg...)
	if err != nil {
		return fail(err)
	}
	defer levels.close()
	snoozes, err := openCursor(ctx, tx, `SELECT customer_id, kind, from_on, until_on FROM plan_snoozes WHERE `+in+`
		ORDER BY customer_id, kind`, func(r *sql.Rows) (int64, [3]string, error) {
		var id int64
		var v [3]string
		err := r.Scan(&id, &v[0], &v[1], &v[2])
		return id, v, err
	}, arg...)
	if err != nil {
		return fail(err)
	}
	defer snoozes.close()
	greetings, err := openCursor(ctx, tx, `SELECT customer_id, occasion, contact_id, on_date FROM greetings_sent
		WHERE customer_id > 0 AND `+in+` ORDER BY customer_id, on_date, occasion, contact_id`,
		func(r *sql.Rows) (int64, GreetingSent, error) {
			var id int64
			var g GreetingSent
			var on string
			err := r.Scan(&id, &g.Occasion, &g.ContactID, &on)
			g.On = anyDate(on)
			return id, g, err
		}, arg...)
	if err != nil {
		return fail(err)
	}
	defer greetings.close()

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
