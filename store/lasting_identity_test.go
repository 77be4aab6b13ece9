package store

import (
	"context"
	"testing"

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
