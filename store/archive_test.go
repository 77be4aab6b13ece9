package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"guanxi/model"
)

// TestArchiveIsWhatTheSeparateReadsGive reads one customer's archive in one transaction and
// holds every part of it to the read of that part alone, order included: records on the same day
// and at the same time, open and done reminders, open and resolved complaints, tags on the
// customer and on a contact, a level change, a customer referred.
func TestArchiveIsWhatTheSeparateReadsGive(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	wang, li := exchangeBook(t, s)
	other := addCustomer(t, s, model.Customer{Name: "赵敏", ReferrerID: wang.ID})
	at := fixedNow.Add(-2 * time.Hour)
	for _, sum := range []string{"第一次", "同一时间", "更早"} {
		when := at
		if sum == "更早" {
			when = at.AddDate(0, 0, -10)
		}
		must(t, s.LogInteraction(ctx, &model.Interaction{CustomerID: wang.ID, Channel: model.ChannelCall, At: when, Summary: sum}))
	}
	for _, amount := range []model.Money{5_000_00, 7_000_00} {
		must(t, s.AddDeal(ctx, &model.Deal{CustomerID: wang.ID, On: model.MustDate("2026-02-01"), Amount: amount}))
	}
	for _, day := range []string{"2026-03-20", "2026-03-12", "2026-03-15"} {
		must(t, s.AddReminder(ctx, &model.Reminder{CustomerID: wang.ID, DueOn: model.MustDate(day), Kind: model.ReminderOther, Note: day}))
	}
	rs, err := s.Reminders(ctx, wang.ID, true)
	must(t, err)
	must(t, s.CompleteReminder(ctx, rs[0].ID))
	for _, day := range []string{"2026-03-01", "2026-03-05"} {
		must(t, s.AddComplaint(ctx, &model.Complaint{CustomerID: wang.ID, On: model.MustDate(day), What: day, Severity: 1}))
	}
	cs, err := s.Complaints(ctx, wang.ID)
	must(t, err)
	if _, err := s.ResolveComplaint(ctx, cs[0].ID, model.MustDate("2026-03-06"), "已解决"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordPayment(ctx, wang.ID, 3_000_00, 0, model.MustDate("2026-03-02"), "首付"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetLevelOf(ctx, []int64{wang.ID}, model.LevelKey); err != nil {
		t.Fatal(err)
	}

	a, err := s.Archive(ctx, wang.ID)
	if err != nil {
		t.Fatal(err)
	}
	customer, err := s.Customer(ctx, wang.ID)
	must(t, err)
	contacts, err := s.Contacts(ctx, wang.ID)
	must(t, err)
	interactions, err := s.Interactions(ctx, wang.ID, 0)
	must(t, err)
	deals, err := s.Deals(ctx, wang.ID)
	must(t, err)
	reminders, err := s.Reminders(ctx, wang.ID, false)
	must(t, err)
	complaints, err := s.Complaints(ctx, wang.ID)
	must(t, err)
	payments, err := s.Payments(ctx, wang.ID)
	must(t, err)
	tags, err := s.PersonTags(ctx, wang.ID)
	must(t, err)
	levels, err := s.LevelChanges(ctx, wang.ID)
	must(t, err)
	plans, err := s.Plans(ctx)
	must(t, err)
	referred, err := s.Referred(ctx, wang.ID)
	must(t, err)

	for _, part := range []struct {
		name      string
		got, want any
	}{
		{"customer", a.Customer, customer},
		{"contacts", a.Contacts, contacts},
		{"logged contacts", a.Interactions, interactions},
		{"deals", a.Deals, deals},
		{"reminders", a.Reminders, reminders},
		{"complaints", a.Complaints, complaints},
		{"payments", a.Payments, payments},
		{"tags", a.Tags, tags},
		{"level changes", a.LevelChanges, levels},
		{"plans", a.Plans, plans},
		{"referred", a.Referred, referred},
	} {
		if !reflect.DeepEqual(part.got, part.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", part.name, part.got, part.want)
		}
	}
	if len(a.Interactions) != 4 || len(a.Reminders) != 3 || len(a.Complaints) != 2 || len(a.LevelChanges) != 1 ||
		len(a.Referred) != 1 || a.Referred[0].ID != other.ID {
		t.Errorf("the book was not written as the test means: %d contacts logged, %d reminders, %d complaints, %d level changes, referred %v",
			len(a.Interactions), len(a.Reminders), len(a.Complaints), len(a.LevelChanges), a.Referred)
	}

	// Another customer's records stay out of it, and one in the trash has no archive.
	if b, err := s.Archive(ctx, li.ID); err != nil || len(b.Reminders) != 1 || len(b.Interactions) != 0 {
		t.Errorf("li's archive: %+v, %v", b, err)
	}
	must(t, s.DeleteCustomer(ctx, other.ID))
	if _, err := s.Archive(ctx, other.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("the archive of a customer in the trash: %v, want not found", err)
	}
}
