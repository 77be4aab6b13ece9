package exchange

import (
	"context"
	"testing"
	"time"

	"guanxi/model"
)

// A sheet's next follow-up day that no planned contact falls on is kept as a follow-up reminder,
// which the next contact logged for the customer answers, whatever its channel: it does not stay
// behind as an overdue item after the customer was reached.
func TestSheetsNextFollowUpIsAnsweredByTheNextContact(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	sheet := "姓名,客户级别,上次联系,下次跟进\n胡景涛,新客户,2026-02-20,2026-03-06\n"
	if sum := importWritten(t, s, "客户.csv", []byte(sheet)); sum.Added != 1 {
		t.Fatalf("summary %+v", sum)
	}
	c := byName(t, s)["胡景涛"]
	open, err := s.Reminders(ctx, c.ID, true)
	if err != nil || len(open) != 1 || open[0].Kind != model.ReminderFollowUp || open[0].DueOn != model.MustDate("2026-03-06") {
		t.Fatalf("the sheet's next follow-up should be one follow-up reminder on 2026-03-06, got %+v (%v)", open, err)
	}
	err = s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelWeChat, Summary: "微信发了报价", At: testNow.Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if open, err = s.Reminders(ctx, c.ID, true); err != nil || len(open) != 0 {
		t.Errorf("a contact logged after the day should answer it, open reminders %+v (%v)", open, err)
	}
}
