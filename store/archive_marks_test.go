package store

import (
	"testing"

	"guanxi/model"
)

// TestArchiveLeavesOutTheMarks: a customer's archive, which show and the TUI's detail show, does
// not read the greetings sent and the plans put off, which neither shows; the whole book's read,
// which the export writes, still carries both.
func TestArchiveLeavesOutTheMarks(t *testing.T) {
	s, ctx, zhang := bookWith(t, model.Customer{Name: "张三", Level: model.LevelVIP, Birthday: model.DateOf(fixedNow).AddDays(2)})
	today := s.Today()
	must(t, s.SnoozePlan(ctx, zhang.ID, model.ItemVisit, today.AddDays(20)))
	items, err := s.Checklist(ctx, today, 7)
	must(t, err)
	for _, it := range items {
		if it.CustomerID == zhang.ID && it.IsGreeting() {
			must(t, s.MarkGreetingSent(ctx, it))
		}
	}

	var whole *BookCustomer
	must(t, s.EachBookCustomer(ctx, Scope{}, func(bc *BookCustomer) error {
		whole = bc
		return nil
	}))
	if whole == nil || len(whole.GreetingsSent) != 1 || len(whole.PutOff) != 1 {
		t.Fatalf("the whole book's read: %+v; want the greeting sent and the visit put off", whole)
	}
	a, err := s.Archive(ctx, zhang.ID)
	must(t, err)
	if len(a.GreetingsSent) != 0 || len(a.PutOff) != 0 {
		t.Errorf("the archive read the marks: greetings %+v, put off %+v", a.GreetingsSent, a.PutOff)
	}
	if a.Customer.NextVisitOn != whole.Customer.NextVisitOn || a.Customer.NextVisitOn.Before(today.AddDays(20)) {
		t.Errorf("the archive's next visit %v; want the put-off day, as the whole read's %v", a.Customer.NextVisitOn, whole.Customer.NextVisitOn)
	}
}
