package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"guanxi/model"
)

// TestARecordIdIsNeverTakenAgain: when the newest record of a kind is deleted and another is added
// and deleted in turn, the two wait in the trash under ids of their own, and both come back. With
// ids taken again, the second took the first's id and the first could not come back.
func TestARecordIdIsNeverTakenAgain(t *testing.T) {
	ctx := context.Background()
	for _, kind := range []model.RecordKind{model.RecordDeal, model.RecordLog, model.RecordContact,
		model.RecordPayment, model.RecordComplaint, model.RecordReminder} {
		t.Run(string(kind), func(t *testing.T) {
			s := openTemp(t)
			c := addCustomer(t, s, model.Customer{Name: "客户"})
			var ids []int64
			for range 2 {
				id, err := addRecordOfKind(s, kind, c.ID)
				if err != nil {
					t.Fatal(err)
				}
				if err := s.DeleteRecord(ctx, kind, id); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, id)
			}
			if ids[0] == ids[1] {
				t.Errorf("the second %s took the deleted one's id %d", kind, ids[0])
			}
			for _, id := range ids {
				if err := s.RestoreRecord(ctx, kind, id); err != nil {
					t.Errorf("restore %s %d: %v", kind, id, err)
				}
			}
			if trash, err := s.RecordTrash(ctx); err != nil || len(trash) != 0 {
				t.Errorf("the trash still holds %+v (%v)", trash, err)
			}
			checkBook(t, s)
		})
	}
}

// TestAnOlderBookKeepsItsRecordsAndNumbersAboveItsTrash: a book of before migration 0034, with a
// record of every kind and some in the trash, comes up with every row, column, index, trigger
// and foreign key of the rebuilt tables as they were, the tables' keys AUTOINCREMENT, and new
// records numbered above those in the trash, which all come back.
func TestAnOlderBookKeepsItsRecordsAndNumbersAboveItsTrash(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "guanxi.db")
	bookAtVersion(t, path, stepsBefore(t, 34))
	old, err := openDB(path)
	if err != nil {
		t.Fatal(err)
	}
	old.clock = func() time.Time { return fixedNow }
	c := addCustomer(t, old, model.Customer{Name: "公司", Company: "公司", Kind: model.KindOrganisation})
	// Every table is filled twice over, and the second of each kind, the newest, is deleted.
	type kept struct {
		kind model.RecordKind
		id   int64
	}
	var trashed []kept
	for round := range 2 {
		k := model.Contact{CustomerID: c.ID, Name: "王经理"}
		must(t, old.AddContact(ctx, &k))
		types, err := old.PersonalityTypes(ctx)
		must(t, err)
		must(t, old.TagPerson(ctx, PersonTag{CustomerID: c.ID, ContactID: k.ID, Type: types[0].Code}))
		i := model.Interaction{CustomerID: c.ID, ContactID: k.ID, Channel: model.ChannelVisit, Summary: "拜访"}
		must(t, old.LogInteraction(ctx, &i))
		d := model.Deal{CustomerID: c.ID, Amount: 1_000_00, On: model.MustDate("2026-02-01"), CreditDueOn: model.MustDate("2026-04-01")}
		must(t, old.AddDeal(ctx, &d))
		paid, err := old.RecordPayment(ctx, c.ID, 100_00, d.ID, model.MustDate("2026-03-01"), "")
		must(t, err)
		p := model.Complaint{CustomerID: c.ID, What: "送货晚了", Severity: 1}
		must(t, old.AddComplaint(ctx, &p))
		r := model.Reminder{CustomerID: c.ID, DueOn: model.MustDate("2026-03-20"), Kind: model.ReminderCall}
		must(t, old.AddReminder(ctx, &r))
		if round == 1 {
			trashed = append(trashed, kept{model.RecordPayment, paid[0].ID}, kept{model.RecordLog, i.ID},
				kept{model.RecordContact, k.ID}, kept{model.RecordDeal, d.ID}, kept{model.RecordComplaint, p.ID},
				kept{model.RecordReminder, r.ID})
		}
	}
	for _, k := range trashed {
		must(t, old.DeleteRecord(ctx, k.kind, k.id))
	}
	before := describeTables(t, old)
	// Migration 34 alone, so that what later steps add (an index on customers…) is not taken
	// for a change it made.
	ms, err := migrations()
	must(t, err)
	must(t, old.migrateWith(ctx, ms[:stepsBefore(t, 35)]))
	after := describeTables(t, old)
	must(t, old.Close())

	s := mustOpen(t, path, WithClock(func() time.Time { return fixedNow }))
	for table, want := range before {
		if table == "the other tables" {
			if after[table] != want {
				t.Errorf("the rest of the schema changed:\n%s\nwas\n%s", after[table], want)
			}
			continue
		}
		got := strings.Replace(after[table], " AUTOINCREMENT", "", 1)
		if got == after[table] {
			t.Errorf("%s's key is not AUTOINCREMENT:\n%s", table, after[table])
		}
		if got != want {
			t.Errorf("%s changed:\n%s\nwas\n%s", table, got, want)
		}
	}

	// A record added now is numbered above the one of its kind in the trash, and both come back.
	for _, k := range trashed {
		id, err := addRecordOfKind(s, k.kind, c.ID)
		must(t, err)
		if id <= k.id {
			t.Errorf("a new %s took id %d, not above %d in the trash", k.kind, id, k.id)
		}
	}
	// Last deleted, first back: a payment's deal and a logged contact's contact person come first.
	for _, k := range slices.Backward(trashed) {
		if err := s.RestoreRecord(ctx, k.kind, k.id); err != nil {
			t.Errorf("restore %s %d: %v", k.kind, k.id, err)
		}
	}
	checkBook(t, s)
}

// describeTables writes down, for each table the record trash keeps rows of, its schema (columns,
// foreign keys, indexes with their columns, the statements of its indexes and triggers) and
// every row.
func describeTables(t *testing.T, s *Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	for _, table := range trashedIDTables {
		var b strings.Builder
		for _, q := range []string{
			"SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ?1 ORDER BY type, name",
			"SELECT * FROM pragma_table_xinfo(?1)",
			"SELECT * FROM pragma_foreign_key_list(?1)",
			"SELECT * FROM pragma_index_list(?1) ORDER BY name",
			"SELECT l.name, x.* FROM pragma_index_list(?1) l, pragma_index_xinfo(l.name) x ORDER BY l.name, x.seqno",
			"SELECT * FROM " + table + " ORDER BY id",
		} {
			var args []any
			if strings.Contains(q, "?1") {
				args = append(args, table)
			}
			rows, err := s.db.QueryContext(ctx, q, args...)
			must(t, err)
			cols, err := rows.Columns()
			must(t, err)
			for rows.Next() {
				vals := make([]any, len(cols))
				ptrs := make([]any, len(cols))
				for i := range vals {
					ptrs[i] = &vals[i]
				}
				must(t, rows.Scan(ptrs...))
				fmt.Fprintln(&b, vals...)
			}
			must(t, rows.Err())
			rows.Close()
		}
		out[table] = b.String()
	}
	// The rest of the schema, which the step must leave as it was.
	rest, err := readStrings(ctx, s.db, `SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_schema
		WHERE tbl_name NOT IN ('`+strings.Join(trashedIDTables, "', '")+`', 'sqlite_sequence') ORDER BY name`)
	must(t, err)
	out["the other tables"] = strings.Join(rest, "\n")
	return out
}

// addRecordOfKind adds a record of kind for customer and returns its id; a contact person gets a
// personality type, which goes to the trash with them.
func addRecordOfKind(s *Store, kind model.RecordKind, customer int64) (int64, error) {
	ctx := context.Background()
	switch kind {
	case model.RecordDeal:
		d := model.Deal{CustomerID: customer, Amount: 1_000_00, On: model.MustDate("2026-02-01")}
		err := s.AddDeal(ctx, &d)
		return d.ID, err
	case model.RecordLog:
		i := model.Interaction{CustomerID: customer, Channel: model.ChannelCall, Summary: "电话"}
		err := s.LogInteraction(ctx, &i)
		return i.ID, err
	case model.RecordContact:
		k := model.Contact{CustomerID: customer, Name: "王经理"}
		if err := s.AddContact(ctx, &k); err != nil {
			return 0, err
		}
		types, err := s.PersonalityTypes(ctx)
		if err != nil {
			return 0, err
		}
		return k.ID, s.TagPerson(ctx, PersonTag{CustomerID: customer, ContactID: k.ID, Type: types[0].Code})
	case model.RecordPayment:
		d := model.Deal{CustomerID: customer, Amount: 1_000_00, On: model.MustDate("2026-02-01"), CreditDueOn: model.MustDate("2026-04-01")}
		if err := s.AddDeal(ctx, &d); err != nil {
			return 0, err
		}
		paid, err := s.RecordPayment(ctx, customer, 100_00, d.ID, model.MustDate("2026-03-01"), "")
		if err != nil {
			return 0, err
		}
		return paid[0].ID, nil
	case model.RecordComplaint:
		p := model.Complaint{CustomerID: customer, What: "送货晚了", Severity: 1}
		err := s.AddComplaint(ctx, &p)
		return p.ID, err
	case model.RecordReminder:
		r := model.Reminder{CustomerID: customer, DueOn: model.MustDate("2026-03-20"), Kind: model.ReminderCall}
		err := s.AddReminder(ctx, &r)
		return r.ID, err
	}
	return 0, fmt.Errorf("unknown kind of record %q", kind)
}
