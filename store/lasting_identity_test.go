package store

import (
	"context"
	"testing"
	"time"

	"guanxi/model"
)

// TestEveryRecordHasALastingIdentity: the records of user data each get a uid and an updated_at
// (migration 0018), and a deleted record leaves a tombstone with its uid, so a merge of two books
// can tell "deleted there" from "never existed here".
func TestEveryRecordHasALastingIdentity(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	c := model.Customer{Name: "张三"}
	if err := s.AddCustomer(ctx, &c); err != nil {
		t.Fatal(err)
	}
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
