package ui

import (
	"context"
	"strings"
	"testing"

	"guanxi/model"
	"guanxi/ui/kit"
)

// The question before a customer goes to the trash counts their records in English as English
// counts: one record, not "1 records".
func TestDeleteAsksWithTheRecordsCounted(t *testing.T) {
	s := fixtureBook(t)
	ctx := context.Background()
	c := model.Customer{Name: "Ann Lee", Kind: model.KindPerson, Level: model.LevelKey, Stage: model.StageCustomer}
	if err := s.AddCustomer(ctx, &c); err != nil {
		t.Fatal(err)
	}
	remindToday(t, s, c.ID, model.ReminderOther, "call back")
	a := newTestApp(t, s, model.En, 120, 40)
	send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: c.ID})
	typeText(a, "D")
	screen := screenText(a)
	if !strings.Contains(screen, "Its 1 record ") || strings.Contains(screen, "1 records") {
		t.Errorf("the question should count one record:\n%s", screen)
	}
}
