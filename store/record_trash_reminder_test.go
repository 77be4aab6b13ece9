package store

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"guanxi/model"
)

// TestRemindersInTheOldTrashMoveToTheRecordTrash: a book of before migration 0028, with a
// reminder in its own trash (reminder_trash) and a logged contact in the record trash, comes up
// with both in the one record trash, listed as before (the reminder's note and day, when it was
// deleted, the latest first), the old table gone; the reminder comes back whole, with its repeat,
// and its customer is due on it again.
func TestRemindersInTheOldTrashMoveToTheRecordTrash(t *testing.T) {
	ctx := context.Background()
	due := fixedNow.AddDate(0, 0, 3).Format("2006-01-02")
	deleted := fixedNow.Add(-time.Hour).Unix()
	s := upgradedBook(t, 28,
		`INSERT INTO customers (id, uid, name, level, created_at, updated_at) VALUES (1, 'c1', '张三', 'low', `+strconv.FormatInt(fixedNow.Unix(), 10)+`, 1)`,
		`INSERT INTO reminder_trash (id, uid, customer_id, due_on, kind, note, done_at, created_at, updated_at,
			repeat_every, repeat_unit, repeat_anchor, deleted_at)
			VALUES (7, 'r7', 1, '`+due+`', 'other', '寄贺卡', NULL, 5, 6, 1, 'year', '`+due+`', `+strconv.FormatInt(deleted, 10)+`)`,
		`INSERT INTO record_trash (id, batch, customer_id, kind, record_id, row, deleted_at)
			VALUES (3, 3, 1, 'log', 9, json_object('id', 9, 'uid', 'i9', 'customer_id', 1, 'summary', '谈了备货',
			'at', '2026-01-02 10:00', 'channel', 'visit', 'created_at', 1, 'updated_at', 1), `+strconv.FormatInt(deleted-60, 10)+`)`)
	var old int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'reminder_trash'").Scan(&old); err != nil || old != 0 {
		t.Fatalf("the old trash is still there (%d, %v)", old, err)
	}
	trash, err := s.RecordTrash(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(trash) != 2 {
		t.Fatalf("the trash lists %+v, want the reminder and the logged contact", trash)
	}
	r := trash[0]
	if r.Kind != model.RecordReminder || r.ID != 7 || r.CustomerID != 1 || r.CustomerName != "张三" ||
		r.What != "寄贺卡" || r.On != due || r.DeletedAt.Unix() != deleted || r.Amount != 0 {
		t.Errorf("the reminder is listed as %+v", r)
	}
	if l := trash[1]; l.Kind != model.RecordLog || l.ID != 9 || l.What != "谈了备货" || l.On != "2026-01-02" {
		t.Errorf("the logged contact is listed as %+v", l)
	}

	if err := s.RestoreReminder(ctx, 7); err != nil {
		t.Fatal(err)
	}
	day, err := model.ParseISODate(due)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Reminder(ctx, 7)
	want := model.Reminder{ID: 7, UID: "r7", CustomerID: 1, DueOn: day, Kind: model.ReminderOther, Note: "寄贺卡",
		Repeat: model.Repeat{Every: 1, Unit: model.RepeatYears}, Anchor: day}
	if err != nil || got != want {
		t.Errorf("restored %+v (%v), want %+v", got, err, want)
	}
	if cu, err := s.Customer(ctx, 1); err != nil || cu.NextDueOn.String() != due {
		t.Errorf("after the restore the customer is due %v (%v), want %s", cu.NextDueOn, err, due)
	}
	if trash, err := s.RecordTrash(ctx); err != nil || len(trash) != 1 || trash[0].Kind != model.RecordLog {
		t.Errorf("after the restore the trash lists %+v (%v), want the logged contact alone", trash, err)
	}
	if err := s.RestoreRecord(ctx, model.RecordReminder, 7); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a second restore: %v, want not found", err)
	}
}

// TestAReminderTakesTheOneTrashPath: a reminder deleted now waits in the record trash beside the
// other kinds, comes back through RestoreRecord with its delete mark cleared (a merge must not
// take it for deleted), and emptying the trash empties it of reminders too.
func TestAReminderTakesTheOneTrashPath(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "吴十", Level: model.LevelLow})
	add := func(note string) model.Reminder {
		t.Helper()
		r := model.Reminder{CustomerID: c.ID, DueOn: s.Today().AddDays(2), Kind: model.ReminderOther, Note: note}
		if err := s.AddReminder(ctx, &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	back, gone := add("寄贺卡"), add("送月饼")
	for _, r := range []model.Reminder{back, gone} {
		if err := s.DeleteReminder(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	var kept int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM record_trash WHERE kind = 'reminder'").Scan(&kept); err != nil || kept != 2 {
		t.Fatalf("%d reminders in the record trash (%v), want 2", kept, err)
	}
	if err := s.RestoreRecord(ctx, model.RecordReminder, back.ID); err != nil {
		t.Fatal(err)
	}
	var marks int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM tombstones WHERE uid = ?", back.UID).Scan(&marks); err != nil || marks != 0 {
		t.Errorf("the restored reminder keeps %d delete marks (%v)", marks, err)
	}
	if _, err := s.PurgeTrash(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if trash, err := s.RecordTrash(ctx); err != nil || len(trash) != 0 {
		t.Errorf("after emptying the trash it lists %+v (%v)", trash, err)
	}
	if err := s.RestoreReminder(ctx, gone.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("restoring an emptied reminder: %v, want not found", err)
	}
}
