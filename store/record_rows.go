package store

import (
	"database/sql"
	"time"

	"guanxi/model"
)

// The columns of a customer's records and the one function that reads each kind from them, shared
// by the reads of one record, of a customer's list of them and of the whole book, as
// complaintColumns and reminderColumns are.

const contactColumns = `id, uid, customer_id, name, title, role, phone, email, wechat, birthday, birthday_yearly,
	notes, created_at, updated_at`

// scanContact reads a contact person from contactColumns, without their personality types.
func scanContact(r rowScanner) (model.Contact, error) {
	var c model.Contact
	var birthday, yearly sql.NullString
	var created, updated int64
	err := r.Scan(&c.ID, &c.UID, &c.CustomerID, &c.Name, &c.Title, &c.Role, &c.Phone, &c.Email, &c.WeChat,
		&birthday, &yearly, &c.Notes, &created, &updated)
	c.BirthdayYearly, c.Birthday = nullYearly(yearly, parseStoredDate(birthday))
	c.CreatedAt, c.UpdatedAt = time.Unix(created, 0), time.Unix(updated, 0)
	return c, err
}

const interactionColumns = `id, uid, customer_id, coalesce(contact_id, 0), at, channel, summary, next_step`

func scanInteraction(r rowScanner) (model.Interaction, error) {
	var i model.Interaction
	var at string
	err := r.Scan(&i.ID, &i.UID, &i.CustomerID, &i.ContactID, &at, &i.Channel, &i.Summary, &i.NextStep)
	i.At = parseAt(at)
	return i, err
}

const dealColumns = `id, uid, customer_id, on_date, product, amount, credit_due_on, paid`

func scanDeal(r rowScanner) (model.Deal, error) {
	var d model.Deal
	var on, due sql.NullString
	err := r.Scan(&d.ID, &d.UID, &d.CustomerID, &on, &d.Product, &d.Amount, &due, &d.Paid)
	d.On, d.CreditDueOn = parseStoredDate(on), parseStoredDate(due)
	return d, err
}

const paymentColumns = `id, uid, deal_id, customer_id, on_date, amount, note`

func scanPayment(r rowScanner) (model.Payment, error) {
	var p model.Payment
	var on sql.NullString
	err := r.Scan(&p.ID, &p.UID, &p.DealID, &p.CustomerID, &on, &p.Amount, &p.Note)
	p.On = parseStoredDate(on)
	return p, err
}

const levelChangeColumns = `id, customer_id, at, from_level, to_level, source, why_zh, why_en`

func scanLevelChange(r rowScanner) (model.LevelChange, error) {
	var c model.LevelChange
	var at string
	err := r.Scan(&c.ID, &c.CustomerID, &at, &c.From, &c.To, &c.Source, &c.Why.Zh, &c.Why.En)
	c.At = parseAt(at)
	return c, err
}
