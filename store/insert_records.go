package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// Every statement that adds a record is written once, here, as a function over an execer: a
// single write passes its transaction, the bulk writer its own execer (Bulk.q), which prepares
// each statement once. A statement the bulk writer also runs several rows at a time is built by
// newInsert, whose one-row form is what the function here runs; the values of a record are
// appended by one function per record kind, so both forms write the same columns alike.

// execer runs a statement that writes: a *sql.Tx, or a Bulk's execer.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// insertID runs an insert of one row and returns the id SQLite gave it; what names the write in
// an error.
func insertID(ctx context.Context, q execer, what, query string, args ...any) (int64, error) {
	res, err := q.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", what, err)
	}
	return res.LastInsertId()
}

// lasting is a record's lasting identifier as it is written: the one it has, or a new one given it.
func lasting(uid *string) string {
	if *uid == "" {
		*uid = newUID()
	}
	return *uid
}

// nullID is an id column's value: NULL for 0, which means none.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// insertCustomer writes a customer's profile with its derived figures, so a caller that knows
// them already spares the update that would otherwise follow.
var insertCustomer = newInsert(`INSERT INTO customers (`+profileColumns+`, `+derivedColumnNames+`) VALUES `,
	columnCount(profileColumns)+columnCount(derivedColumnNames))

// insertPreparedCustomer writes a prepared customer with the id the Bulk gave them.
var insertPreparedCustomer = newInsert(`INSERT INTO customers (id, `+profileColumns+`, `+derivedColumnNames+`) VALUES `,
	1+insertCustomer.cols)

// addCustomerRow writes a new customer, normalised, validated and stamped (stampNew) by the caller,
// with the derived figures c carries, and sets its ID.
func addCustomerRow(ctx context.Context, q execer, c *model.Customer) error {
	var err error
	c.ID, err = insertID(ctx, q, "save customer "+c.Name, insertCustomer.one, append(profileArgs(c), columnsOf(c).args()...)...)
	return err
}

const insertContactSQL = `INSERT INTO contacts (uid, customer_id, name, title, role, phone, email,
	wechat, birthday, birthday_yearly, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`

// addContactRow writes a new contact person, validated by the caller, and sets its UID and ID.
func addContactRow(ctx context.Context, q execer, c *model.Contact, now int64) error {
	birthday, yearly := yearlyArgs(c.Birthday, c.BirthdayYearly)
	var err error
	c.ID, err = insertID(ctx, q, "save contact "+c.Name, insertContactSQL, lasting(&c.UID), c.CustomerID, c.Name, c.Title, c.Role, c.Phone, c.Email,
		c.WeChat, birthday, yearly, c.Notes, now, now)
	return err
}

var insertInteraction = newInsert(`INSERT INTO interactions (uid, customer_id, contact_id, at, channel, summary,
	next_step, created_at, updated_at) VALUES `, 9)

// interactionArgs appends the values insertInteraction writes for i, giving it a UID if it has none.
func interactionArgs(args []any, i *model.Interaction, now int64) []any {
	return append(args, lasting(&i.UID), i.CustomerID, nullID(i.ContactID), atArg(i.At), i.Channel, i.Summary, i.NextStep, now, now)
}

// addInteractionRow writes a logged contact, validated by the caller, and sets its ID.
func addInteractionRow(ctx context.Context, q execer, i *model.Interaction, now int64) error {
	var err error
	i.ID, err = insertID(ctx, q, "log the contact", insertInteraction.one, interactionArgs(nil, i, now)...)
	return err
}

var insertDeal = newInsert(`INSERT INTO deals (uid, customer_id, on_date, product, amount, credit_due_on,
	paid, created_at, updated_at) VALUES `, 9)

// dealArgs appends the values insertDeal writes for d, giving it a UID if it has none.
func dealArgs(args []any, d *model.Deal, now int64) []any {
	return append(args, lasting(&d.UID), d.CustomerID, d.On.String(), d.Product, d.Amount, dateArg(d.CreditDueOn), d.Paid, now, now)
}

// addDealRow writes a deal, validated by the caller, and sets its ID.
func addDealRow(ctx context.Context, q execer, d *model.Deal, now int64) error {
	var err error
	d.ID, err = insertID(ctx, q, "save the deal", insertDeal.one, dealArgs(nil, d, now)...)
	return err
}

var insertReminder = newInsert(`INSERT INTO reminders (uid, customer_id, due_on, kind, note, done_at, created_at,
	updated_at, repeat_every, repeat_unit, repeat_anchor) VALUES `, 11)

// reminderArgs appends the values insertReminder writes for r, giving it a UID if it has none; one
// with DoneAt set is written as done.
func reminderArgs(args []any, r *model.Reminder, now int64) []any {
	var done any
	if !r.DoneAt.IsZero() {
		done = r.DoneAt.Unix()
	}
	return append(args, lasting(&r.UID), r.CustomerID, r.DueOn.String(), r.Kind, r.Note, done, now, now, r.Repeat.Every,
		r.Repeat.Unit, dateArg(r.Anchor))
}

// addReminderRow writes a reminder, validated by the caller, and sets its ID.
func addReminderRow(ctx context.Context, q execer, r *model.Reminder, now int64) error {
	var err error
	r.ID, err = insertID(ctx, q, "save the reminder", insertReminder.one, reminderArgs(nil, r, now)...)
	return err
}

const insertComplaintSQL = `INSERT INTO complaints (uid, customer_id, on_date, what, severity, good_faith, handler,
	reply_by, resolved_on, summary, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`

// addComplaintRow writes a complaint, validated by the caller, and sets its UID and ID.
func addComplaintRow(ctx context.Context, q execer, c *model.Complaint, now int64) error {
	var err error
	c.ID, err = insertID(ctx, q, "save the complaint", insertComplaintSQL, lasting(&c.UID), c.CustomerID, c.On.String(), c.What, c.Severity,
		boolInt(c.GoodFaith), c.Handler, dateArg(c.ReplyBy), dateArg(c.ResolvedOn), c.Summary, now, now)
	return err
}

const insertPaymentSQL = `INSERT INTO payments (uid, deal_id, customer_id, on_date, amount, note, created_at,
	updated_at) VALUES (?,?,?,?,?,?,?,?)`

// addPaymentRow writes a payment on a deal, validated by the caller, and sets its UID and ID. The
// deal's paid amount is the caller's to move, or not.
func addPaymentRow(ctx context.Context, q execer, p *model.Payment, now int64) error {
	var err error
	p.ID, err = insertID(ctx, q, "save the payment", insertPaymentSQL, lasting(&p.UID), p.DealID, p.CustomerID, p.On.String(), p.Amount, p.Note, now, now)
	return err
}

// insertTag puts a personality type on a person; the one a person already carries is replaced,
// note and all.
var insertTag = newInsert(`INSERT OR REPLACE INTO person_types (customer_id, contact_id, type_code, note, created_at) VALUES `, 5)

// tagArgs appends the values insertTag writes for t.
func tagArgs(args []any, t PersonTag, now int64) []any {
	return append(args, t.CustomerID, nullID(t.ContactID), t.Type, t.Note, now)
}

// addOwnTypes puts personality types on a customer themselves, keeping any they carry already
// with its note.
func addOwnTypes(ctx context.Context, q execer, customerID int64, codes []string, now int64) error {
	for _, code := range codes {
		if _, err := q.ExecContext(ctx, `INSERT OR IGNORE INTO person_types (customer_id, contact_id, type_code, note,
			created_at) VALUES (?, NULL, ?, '', ?)`, customerID, code, now); err != nil {
			return fmt.Errorf("tag with %s: %w", code, err)
		}
	}
	return nil
}

// addLevelChangeRow writes one change of a customer's level to their timeline.
func addLevelChangeRow(ctx context.Context, q execer, c *model.LevelChange, now int64) error {
	_, err := q.ExecContext(ctx, `INSERT INTO level_changes (customer_id, at, from_level, to_level, source, why_zh,
		why_en, created_at) VALUES (?,?,?,?,?,?,?,?)`, c.CustomerID, atArg(c.At), c.From, c.To, c.Source, c.Why.Zh,
		c.Why.En, now)
	if err != nil {
		return fmt.Errorf("record the level change: %w", err)
	}
	return nil
}
