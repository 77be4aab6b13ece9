package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"guanxi/model"
)

// addHeld prepares c and adds it to b with its records held back, as the import adds a sheet's
// row, and returns its id.
func addHeld(s *Store, b *Bulk, c model.Customer) (int64, error) {
	p, err := s.PrepareCustomer(&c)
	if err != nil {
		return 0, err
	}
	return b.AddPreparedWithRecords(p)
}

// Customers added with their records and contacts held back get the ids SQLite would give them,
// in order, beside rows SQLite gives the id to; their records land on them and their figures
// are the book's.
func TestBulkHeldCustomersAndContacts(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	const customers = rowsPerInsert + 9 // one full statement's worth and a part of one
	visit := time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local)
	err := s.WriteBulk(ctx, func(b *Bulk) error {
		for i := 1; i <= customers; i++ {
			id, err := addHeld(s, b, model.Customer{Name: fmt.Sprintf("客户%d", i), Level: model.LevelVIP})
			if err != nil || id != int64(i) {
				return fmt.Errorf("customer %d got id %d: %v", i, id, err)
			}
			for j := 1; j <= 2; j++ {
				k := model.Contact{CustomerID: id, Name: fmt.Sprintf("联系人%d-%d", i, j)}
				if err := b.AddHeldContact(&k); err != nil || k.ID != int64(2*(i-1)+j) {
					return fmt.Errorf("contact %d-%d got id %d: %v", i, j, k.ID, err)
				}
			}
			if i%3 == 0 {
				in := model.Interaction{CustomerID: id, At: visit, Channel: model.ChannelVisit, Summary: "拜访"}
				if err := b.LogInteraction(&in); err != nil {
					return err
				}
			}
		}
		// A contact SQLite gives the id to comes after those held, and the next held after it.
		other := model.Contact{CustomerID: 1, Name: "另一位"}
		if err := b.AddContact(&other); err != nil || other.ID != 2*customers+1 {
			return fmt.Errorf("added contact got id %d: %v", other.ID, err)
		}
		last := model.Contact{CustomerID: 2, Name: "最后一位"}
		if err := b.AddHeldContact(&last); err != nil || last.ID != 2*customers+2 {
			return fmt.Errorf("last held contact got id %d: %v", last.ID, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{3, rowsPerInsert + 1, customers} {
		c, err := s.Customer(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		contacts, err := s.Contacts(ctx, id)
		if err != nil || len(contacts) != 2 || contacts[0].Name != fmt.Sprintf("联系人%d-1", id) {
			t.Errorf("customer %d: contacts %+v, %v", id, contacts, err)
		}
		if logged := id%3 == 0; logged != (c.LastVisitOn == model.DateOf(visit)) {
			t.Errorf("customer %d: last visit %v", id, c.LastVisitOn)
		}
		if c.NextVisitOn.IsZero() {
			t.Errorf("customer %d has no next visit (a VIP is due by the plan)", id)
		}
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}

// An index that begins with the customer's id is kept while a Bulk writes a book whole; the others are set
// aside and built after.
func TestIndexesThatGrowAtTheirEnd(t *testing.T) {
	for create, want := range map[string]bool{
		"CREATE INDEX interactions_customer_at ON interactions(customer_id, at)":                                        true,
		"CREATE INDEX customers_level_name ON customers(id, deleted_at, level, name) WHERE deleted_at IS NULL":          true,
		"CREATE INDEX reminders_customer ON reminders( customer_id )":                                                   true,
		"CREATE INDEX customers_name ON customers(name)":                                                                false,
		"CREATE INDEX customers_birthday_md ON customers(substr(birthday, 6), birthday) WHERE birthday IS NOT NULL":     false,
		"CREATE INDEX customers_list_next_due ON customers(next_due_on IS NULL, next_due_on, name, id) WHERE x IS NULL": false,
		"CREATE INDEX person_types_type ON person_types(type_code)":                                                     false,
	} {
		if got := growsAtItsEnd(create); got != want {
			t.Errorf("growsAtItsEnd(%q) = %v", create, got)
		}
	}
}

// A personality type the Bulk writes carries its own lasting identifier and time of change, as
// one the book's trigger would have given: each a different identifier, the time it was written;
// a type put again on the same person replaces the row, with a new identifier.
func TestBulkTagsGetTheirIdentifiers(t *testing.T) {
	s, ctx, types := bookWithTypes(t, 2)
	const customers = rowsPerInsert + 3 // one full statement's worth and a part of one
	err := s.WriteBulk(ctx, func(b *Bulk) error {
		for i := 1; i <= customers; i++ {
			id, err := addHeld(s, b, model.Customer{Name: fmt.Sprintf("客户%d", i), Level: model.LevelKey})
			if err != nil {
				return err
			}
			if err := b.Tag(PersonTag{CustomerID: id, Type: types[i%2].Code}); err != nil {
				return err
			}
		}
		// The first customer's type again, with a note: the row is replaced.
		return b.Tag(PersonTag{CustomerID: 1, Type: types[1].Code, Note: "再次"})
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT customer_id, uid, created_at, updated_at, note FROM person_types ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	n := 0
	for rows.Next() {
		var customer, created, updated int64
		var uid, note string
		if err := rows.Scan(&customer, &uid, &created, &updated, &note); err != nil {
			t.Fatal(err)
		}
		n++
		if len(uid) != 32 || strings.ToLower(uid) != uid || seen[uid] {
			t.Errorf("customer %d's type has the identifier %q (new, 32 lower-case hex digits wanted)", customer, uid)
		}
		seen[uid] = true
		if created != fixedNow.Unix() || updated != created {
			t.Errorf("customer %d's type written at %d, changed at %d, want both %d", customer, created, updated, fixedNow.Unix())
		}
		if customer == 1 && note != "再次" {
			t.Errorf("customer 1's type has the note %q, want the one put last", note)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n != customers {
		t.Errorf("%d types written, want %d (one a customer)", n, customers)
	}
}
