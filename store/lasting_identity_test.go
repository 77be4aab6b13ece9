package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"guanxi/model"
)

// TestEveryRecordHasALastingIdentity: the records of user data each get a uid and an updated_at
// (migration 0018), and a deleted record leaves a tombstone with its uid, so a merge of two books
// can tell "deleted there" from "never existed here".
func TestEveryRecordHasALastingIdentity(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "张三"})
	if err := s.TagPerson(ctx, PersonTag{CustomerID: c.ID, Type: "hesitant"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSegment(ctx, "上海", "region:上海"); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"customers", "person_types", "segments"} {
		var empty, zero int
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FILTER (WHERE uid = ''), count(*) FILTER (WHERE updated_at = 0 AND "+
			"'"+table+"' != 'segments') FROM "+table).Scan(&empty, &zero); err != nil {
			t.Fatal(err)
		}
		if empty > 0 || zero > 0 {
			t.Errorf("%s: %d rows without a uid, %d without updated_at", table, empty, zero)
		}
	}
	r := model.Reminder{CustomerID: c.ID, DueOn: s.Today(), Kind: model.ReminderCall}
	if err := s.AddReminder(ctx, &r); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteReminder(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSegment(ctx, "上海"); err != nil {
		t.Fatal(err)
	}
	var marks int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM tombstones WHERE table_name IN ('reminders', 'segments')").Scan(&marks); err != nil {
		t.Fatal(err)
	}
	if marks != 2 {
		t.Errorf("%d tombstones after deleting a reminder and a saved list; want 2", marks)
	}
}

// TestCatalogAndSettingsHaveALastingIdentity: the personality catalog and the settings are user
// data like the records (migration 0025): each row has a uid and an updated_at that every change
// moves, and a deleted type leaves a tombstone.
func TestCatalogAndSettingsHaveALastingIdentity(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	ty := model.PersonalityType{Typology: model.BuiltinTypologies()[0].Code, Name: model.Text{Zh: "沉稳", En: "Calm"}}
	if err := s.AddType(ctx, &ty); err != nil {
		t.Fatal(err)
	}
	if err := s.SetGreetingLeadDays(ctx, 4); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"typologies", "personality_types", "settings"} {
		var rows, empty int
		if err := s.db.QueryRowContext(ctx, "SELECT count(*), count(*) FILTER (WHERE uid = '' OR uid IS NULL) FROM "+table).Scan(&rows, &empty); err != nil {
			t.Fatal(err)
		}
		if rows == 0 || empty > 0 {
			t.Errorf("%s: %d rows, %d without a uid", table, rows, empty)
		}
	}
	updated := func(query string, args ...any) int64 {
		t.Helper()
		var at int64
		if err := s.db.QueryRowContext(ctx, query, args...).Scan(&at); err != nil {
			t.Fatal(err)
		}
		return at
	}
	if updated("SELECT updated_at FROM personality_types WHERE code = ?", ty.Code) == 0 ||
		updated("SELECT updated_at FROM settings WHERE key = 'greeting_lead_days'") == 0 {
		t.Error("a type added or a setting set has no updated_at")
	}
	// An edit moves updated_at: the store's clock is set an hour on.
	later := time.Now().Add(time.Hour)
	s.clock = func() time.Time { return later }
	builtin := model.BuiltinTypes()[0]
	builtin.Traits.En = "edited"
	if err := s.UpdateType(ctx, builtin); err != nil {
		t.Fatal(err)
	}
	if got := updated("SELECT updated_at FROM personality_types WHERE code = ?", builtin.Code); got != later.Unix() {
		t.Errorf("an edited type's updated_at is %d; want %d", got, later.Unix())
	}
	if _, err := s.RemoveType(ctx, ty.Code); err != nil {
		t.Fatal(err)
	}
	if n := updated("SELECT count(*) FROM tombstones WHERE table_name = 'personality_types'"); n != 1 {
		t.Errorf("%d tombstones after removing a type; want 1", n)
	}
}

// TestMarksGetALastingIdentity: a book of before migration 0026 with a put-off and a greeting
// marked sent comes up with a uid for each, different, and updated_at 0 (not known to have
// changed since any two books parted); a put-off made again keeps its uid and takes the store's
// time; a new greeting takes a uid and the store's time; and emptying the customer from the trash
// leaves a delete mark for each of their marks.
func TestMarksGetALastingIdentity(t *testing.T) {
	ctx := context.Background()
	day := fixedNow.Format("2006-01-02")
	later := fixedNow.AddDate(0, 0, 30).Format("2006-01-02")
	s := upgradedBook(t, 26,
		`INSERT INTO customers (id, uid, name, level, next_visit_on, created_at, updated_at) VALUES (1, 'c1', '张三', 'A', '`+day+`', 1, 1)`,
		`INSERT INTO plan_snoozes (customer_id, kind, from_on, until_on, created_at) VALUES (1, 'visit', '`+day+`', '`+later+`', 1)`,
		`INSERT INTO greetings_sent (occasion, customer_id, contact_id, name, on_date, sent_at) VALUES ('birthday', 1, 0, '', '`+day+`', 1)`,
		`INSERT INTO greetings_sent (occasion, customer_id, contact_id, name, on_date, sent_at) VALUES ('holiday', 0, 0, 'x', '`+day+`', 1)`)
	identity := func(query string) (uids map[string]bool, updated []int64) {
		t.Helper()
		rows, err := s.db.QueryContext(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		uids = map[string]bool{}
		for rows.Next() {
			var uid string
			var at int64
			if err := rows.Scan(&uid, &at); err != nil {
				t.Fatal(err)
			}
			uids[uid], updated = true, append(updated, at)
		}
		return uids, updated
	}
	snoozes, at := identity("SELECT uid, updated_at FROM plan_snoozes")
	greetings, gat := identity("SELECT uid, updated_at FROM greetings_sent")
	if len(snoozes) != 1 || len(greetings) != 2 || snoozes[""] || greetings[""] || at[0] != 0 || gat[0] != 0 || gat[1] != 0 {
		t.Fatalf("after the upgrade: put-offs %v %v, greetings %v %v; want a uid each, updated_at 0", snoozes, at, greetings, gat)
	}

	// Put off again: the same put-off, changed now.
	if err := s.SnoozePlan(ctx, 1, model.ItemVisit, s.Today().AddDays(40)); err != nil {
		t.Fatal(err)
	}
	again, at := identity("SELECT uid, updated_at FROM plan_snoozes")
	if !reflect.DeepEqual(again, snoozes) || at[0] != fixedNow.Unix() {
		t.Errorf("put off again: %v at %v; want the uid %v at %d", again, at, snoozes, fixedNow.Unix())
	}
	if err := markSent(ctx, s.db, sentKey{occasion: model.OccasionBirthday, customer: 1, on: s.Today().AddDays(365).String()}, s.Now().Unix()); err != nil {
		t.Fatal(err)
	}
	if uids, at := identity("SELECT uid, updated_at FROM greetings_sent WHERE on_date != '" + day + "'"); len(uids) != 1 || uids[""] || at[0] != fixedNow.Unix() {
		t.Errorf("a greeting marked now: %v at %v; want a uid at %d", uids, at, fixedNow.Unix())
	}

	if err := s.DeleteCustomer(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PurgeTrash(ctx, nil); err != nil {
		t.Fatal(err)
	}
	var marks, left int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE table_name = 'plan_snoozes'),
		count(*) FILTER (WHERE table_name = 'greetings_sent') FROM tombstones`).Scan(&marks, &left); err != nil {
		t.Fatal(err)
	}
	if marks != 1 || left != 2 {
		t.Errorf("%d put-off and %d greeting delete marks after emptying the trash; want 1 and 2 (the holiday's stays)", marks, left)
	}
}
