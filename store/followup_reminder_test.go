package store

import (
	"database/sql"
	"path/filepath"
	"testing"

	"guanxi/model"
)

// A follow-up reminder (a sheet's next follow-up day, kept by the import) is answered by a contact
// of any kind logged on or after its day; one due later stays, as an "other" reminder always does.
func TestAnyContactAnswersAFollowUpReminder(t *testing.T) {
	for _, ch := range []model.Channel{model.ChannelVisit, model.ChannelCall, model.ChannelWeChat, model.ChannelEmail, model.ChannelOther} {
		t.Run(string(ch), func(t *testing.T) {
			s, ctx, c := bookWith(t, model.Customer{Name: "钱八", Level: model.LevelVIP})
			today := s.Today()
			due := model.Reminder{CustomerID: c.ID, DueOn: today.AddDays(-3), Kind: model.ReminderFollowUp, Note: "下次跟进"}
			later := model.Reminder{CustomerID: c.ID, DueOn: today.AddDays(4), Kind: model.ReminderFollowUp, Note: "再跟进"}
			other := model.Reminder{CustomerID: c.ID, DueOn: today.AddDays(-3), Kind: model.ReminderOther, Note: "寄样品"}
			for _, r := range []*model.Reminder{&due, &later, &other} {
				must(t, s.AddReminder(ctx, r))
			}
			must(t, s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: ch, Summary: "聊了报价", At: fixedNow}))
			for _, r := range []struct {
				id   int64
				open bool
			}{{due.ID, false}, {later.ID, true}, {other.ID, true}} {
				got, err := s.Reminder(ctx, r.id)
				must(t, err)
				if got.Open() != r.open {
					t.Errorf("%s reminder on %v: open %v after a contact, want %v", got.Kind, got.DueOn, got.Open(), r.open)
				}
			}
		})
	}
}

// A book whose import kept next follow-up days as "other" reminders has them made follow-ups when
// it is upgraded (step 36), in either language; a reminder the user wrote stays as it was.
func TestUpgradeMakesImportedNextFollowUpsFollowUps(t *testing.T) {
	path := filepath.Join(t.TempDir(), "guanxi.db")
	s := mustOpen(t, path)
	c := addCustomer(t, s, model.Customer{Name: "孙九"})
	ctx := t.Context()
	notes := []string{"下次跟进（导入的表格写的日子）", "Next follow-up (the day the imported sheet gave)", "下次跟进"}
	ids := make([]int64, len(notes))
	for i, n := range notes {
		r := model.Reminder{CustomerID: c.ID, DueOn: s.Today(), Kind: model.ReminderOther, Note: n}
		must(t, s.AddReminder(ctx, &r))
		ids[i] = r.ID
	}
	must(t, s.Close())
	db, err := sql.Open("sqlite", dsn(path))
	must(t, err)
	_, err = db.Exec("PRAGMA user_version = 35")
	must(t, err)
	must(t, db.Close())

	s = mustOpen(t, path)
	want := []model.ReminderKind{model.ReminderFollowUp, model.ReminderFollowUp, model.ReminderOther}
	for i, id := range ids {
		r, err := s.Reminder(ctx, id)
		must(t, err)
		if r.Kind != want[i] {
			t.Errorf("%q: kind %s after the upgrade, want %s", notes[i], r.Kind, want[i])
		}
	}
}
