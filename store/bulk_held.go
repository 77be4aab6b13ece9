package store

import (
	"fmt"

	"guanxi/model"
)

// insertHeldContact writes a contact person with the id the Bulk gave them.
var insertHeldContact = newInsert(`INSERT INTO contacts (id, uid, customer_id, name, title, role, phone, email,
	wechat, birthday, birthday_yearly, notes, created_at, updated_at) VALUES `, 14)

// AddPreparedWithRecords adds a prepared customer whose records the caller adds next in this
// Bulk, as a generated book adds each customer with their history. Like AddCustomer, the row
// carries the derived figures set on the customer, and the Bulk follows the records that come
// for them and corrects the figures before the commit should they disagree. Like AddPrepared,
// the row is held back and written with others, with the id the Bulk gives, which it returns.
func (b *Bulk) AddPreparedWithRecords(p *PreparedCustomer) (int64, error) {
	c := p.c
	if err := b.giveCustomerID(c); err != nil {
		return 0, err
	}
	b.fresh[c.ID] = newDerivedFigures(c, b.plans)
	b.freshIDs = append(b.freshIDs, c.ID)
	rows := b.newCustomers
	rows.args = append(append(rows.args, c.ID), p.args...)
	rows.args = columnsOf(c).appendArgs(rows.args)
	return c.ID, rows.held(b, c.Name)
}

// giveCustomerID sets c.ID to the next id after the highest in the book, as SQLite would give it,
// since nobody else writes during the Bulk.
func (b *Bulk) giveCustomerID(c *model.Customer) error {
	if b.nextID == 0 {
		if err := b.flush(); err != nil {
			return err
		}
		if err := b.tx.QueryRowContext(b.ctx, "SELECT coalesce(max(id), 0) + 1 FROM customers").Scan(&b.nextID); err != nil {
			return fmt.Errorf("save customer %s: %w", c.Name, err)
		}
	}
	c.ID = b.nextID
	b.nextID++
	return nil
}

// AddHeldContact validates and adds a contact person as AddContact does, setting their ID, but
// holds the row back to be written with others, as the customers held are: the Bulk gives the
// id, as it gives the customers theirs. Nothing reads the contacts of the book between, since
// every other statement of the Bulk writes the rows held first.
func (b *Bulk) AddHeldContact(k *model.Contact) error {
	k.Normalize()
	if err := k.Validate(); err != nil {
		return err
	}
	if b.nextContactID == 0 {
		if err := b.flush(); err != nil {
			return err
		}
		var err error
		if b.nextContactID, err = nextRecordID(b.ctx, b.tx, "contacts"); err != nil {
			return fmt.Errorf("save contact %s: %w", k.Name, err)
		}
	}
	k.ID = b.nextContactID
	b.nextContactID++
	rows := b.newContacts
	birthday, yearly := yearlyArgs(k.Birthday, k.BirthdayYearly)
	now := b.s.Now().Unix()
	rows.args = append(rows.args, k.ID, lasting(&k.UID), k.CustomerID, k.Name, k.Title, k.Role, k.Phone, k.Email,
		k.WeChat, birthday, yearly, k.Notes, now, now)
	return rows.held(b, k.Name)
}

// insertHeldTag writes a personality type as insertTag does, with its lasting identifier and its
// time of change given with the row. Without them the book's trigger (person_types_new_uid) would
// give them by rewriting each row just after it is written: a second statement for every one of
// the 130,000 types of a generated book of 100,000 customers. The identifier is a new one, as the
// trigger's, and the time of change the time it was written, as the trigger sets it.
var insertHeldTag = newInsert(`INSERT OR REPLACE INTO person_types (customer_id, contact_id, type_code, note, created_at,
	uid, updated_at) VALUES `, 7)
