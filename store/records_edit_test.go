package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"guanxi/model"
)

// A deal typed as 125万 instead of 12.5万 is corrected: the order total, the value class and the
// analysis follow in the same transaction; removing it and undoing that does the same.
func TestCorrectingADealMovesTheFiguresAndClasses(t *testing.T) {
	s, ctx, big := bookWith(t, model.Customer{Name: "错单"})
	var others []model.Customer
	for i, name := range []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"} {
		c := addCustomer(t, s, model.Customer{Name: name})
		others = append(others, c)
		if err := s.AddDeal(ctx, &model.Deal{CustomerID: c.ID, Amount: model.Money(200_000_00 + i*1000_00), On: model.MustDate("2026-02-01")}); err != nil {
			t.Fatal(err)
		}
	}
	d := model.Deal{CustomerID: big.ID, Amount: 1_250_000_00, On: model.MustDate("2026-02-02"), Product: "设备"}
	if err := s.AddDeal(ctx, &d); err != nil {
		t.Fatal(err)
	}
	classes, _ := s.ABCClasses(ctx)
	if ABCOf(classes, big.ID) != "A" {
		t.Fatalf("the mistyped deal should make an A, got %q", ABCOf(classes, big.ID))
	}
	fixed := d
	fixed.Amount = 125_000_00
	if err := s.UpdateDeal(ctx, &fixed); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Customer(ctx, big.ID)
	if got.OrderTotal != 125_000_00 {
		t.Errorf("order total %v after the correction", got.OrderTotal)
	}
	classes, _ = s.ABCClasses(ctx)
	if ABCOf(classes, big.ID) == "A" {
		t.Errorf("the corrected customer is still an A")
	}

	if err := s.DeleteDeal(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Customer(ctx, big.ID)
	if got.OrderTotal != 0 || !got.FirstDealOn.IsZero() || got.DealCount != 0 {
		t.Errorf("after removing: total %v first %v count %d", got.OrderTotal, got.FirstDealOn, got.DealCount)
	}
	if err := s.RestoreRecord(ctx, model.RecordDeal, d.ID); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Customer(ctx, big.ID)
	deals, _ := s.Deals(ctx, big.ID)
	if got.OrderTotal != 125_000_00 || len(deals) != 1 || deals[0].UID != d.UID || deals[0].Product != "设备" {
		t.Errorf("after the undo: total %v deals %+v", got.OrderTotal, deals)
	}
	if err := s.RestoreRecord(ctx, model.RecordDeal, d.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a second restore: %v", err)
	}
	if err := s.UpdateDeal(ctx, &model.Deal{ID: 9999, Amount: 1, On: model.MustDate("2026-01-01")}); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("correcting a missing deal: %v", err)
	}
}

// A deal on credit with payments: removing a payment puts it back on what is owed; removing the
// deal takes its payments along, and the undo brings both back without counting a payment twice.
func TestPaymentsFollowTheirCorrectionsAndTheTrash(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "赊销"})
	d := model.Deal{CustomerID: c.ID, Amount: 10_000_00, On: model.MustDate("2026-02-01"), CreditDueOn: model.MustDate("2026-04-01")}
	if err := s.AddDeal(ctx, &d); err != nil {
		t.Fatal(err)
	}
	paid, err := s.RecordPayment(ctx, c.ID, 4_000_00, d.ID, model.MustDate("2026-03-01"), "首付")
	if err != nil {
		t.Fatal(err)
	}
	owed := func() model.Money {
		got, _ := s.Customer(ctx, c.ID)
		return got.Owed
	}
	if owed() != 6_000_00 {
		t.Fatalf("owed %v", owed())
	}
	p := paid[0]
	p.Amount = 3_000_00
	if err := s.UpdatePayment(ctx, &p); err != nil || owed() != 7_000_00 {
		t.Errorf("after correcting the payment to 3000: %v, owed %v", err, owed())
	}
	p.Amount = 11_000_00
	if err := s.UpdatePayment(ctx, &p); err == nil {
		t.Errorf("a payment above the deal was accepted")
	}
	less := d
	less.Amount = 2_000_00
	if err := s.UpdateDeal(ctx, &less); err == nil {
		t.Errorf("a deal below what was paid was accepted")
	}
	if err := s.DeletePayment(ctx, p.ID); err != nil || owed() != 10_000_00 {
		t.Errorf("after removing the payment: %v, owed %v", err, owed())
	}
	if err := s.RestoreRecord(ctx, model.RecordPayment, p.ID); err != nil || owed() != 7_000_00 {
		t.Errorf("after restoring the payment: %v, owed %v", err, owed())
	}
	if err := s.DeleteDeal(ctx, d.ID); err != nil || owed() != 0 {
		t.Errorf("after removing the deal: %v, owed %v", err, owed())
	}
	if ps, _ := s.Payments(ctx, c.ID); len(ps) != 0 {
		t.Errorf("payments left with no deal: %+v", ps)
	}
	if err := s.RestoreRecord(ctx, model.RecordDeal, d.ID); err != nil || owed() != 7_000_00 {
		t.Errorf("after restoring the deal: %v, owed %v", err, owed())
	}
	if ps, _ := s.Payments(ctx, c.ID); len(ps) != 1 || ps[0].Amount != 3_000_00 {
		t.Errorf("payments after the restore: %+v", ps)
	}
	checkBook(t, s)
}

// A logged contact corrected to another day moves the next due visit; removing it moves it back.
func TestCorrectingALoggedContactMovesTheNextVisit(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "拜访", Level: model.LevelStrategic})
	i := model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, At: time.Date(2026, 3, 9, 10, 0, 0, 0, time.Local), Summary: "谈了报价"}
	if err := s.LogInteraction(ctx, &i); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Customer(ctx, c.ID)
	i.At = time.Date(2026, 3, 1, 10, 0, 0, 0, time.Local)
	i.Summary = "谈了新报价"
	if err := s.UpdateInteraction(ctx, &i); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Customer(ctx, c.ID)
	if after.LastVisitOn != model.MustDate("2026-03-01") || !after.NextVisitOn.Before(before.NextVisitOn) {
		t.Errorf("last visit %v, next %v (was %v)", after.LastVisitOn, after.NextVisitOn, before.NextVisitOn)
	}
	got, _ := s.Interaction(ctx, i.ID)
	if got.Summary != "谈了新报价" {
		t.Errorf("summary %q", got.Summary)
	}
	i.Summary = ""
	if err := s.UpdateInteraction(ctx, &i); err == nil {
		t.Errorf("an empty summary was accepted")
	}
	if err := s.DeleteInteraction(ctx, i.ID); err != nil {
		t.Fatal(err)
	}
	gone, _ := s.Customer(ctx, c.ID)
	if !gone.LastContactOn.IsZero() {
		t.Errorf("last contact %v after removing the only one", gone.LastContactOn)
	}
	if err := s.RestoreRecord(ctx, model.RecordLog, i.ID); err != nil {
		t.Fatal(err)
	}
	back, _ := s.Customer(ctx, c.ID)
	if back.LastVisitOn != model.MustDate("2026-03-01") {
		t.Errorf("last visit %v after the undo", back.LastVisitOn)
	}
}

// A contact person removed takes their types along and unnames their logged contacts; the undo
// brings all of it back.
func TestRemovingAContactKeepsWhatNamedThem(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "公司", Company: "公司", Kind: model.KindOrganisation})
	ct := model.Contact{CustomerID: c.ID, Name: "王经理", Role: model.RoleDecisionMaker}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	types, _ := s.PersonalityTypes(ctx)
	if err := s.TagPerson(ctx, PersonTag{CustomerID: c.ID, ContactID: ct.ID, Type: types[0].Code}); err != nil {
		t.Fatal(err)
	}
	i := model.Interaction{CustomerID: c.ID, ContactID: ct.ID, Channel: model.ChannelCall, Summary: "电话"}
	if err := s.LogInteraction(ctx, &i); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteContact(ctx, ct.ID); err != nil {
		t.Fatal(err)
	}
	if cs, _ := s.Contacts(ctx, c.ID); len(cs) != 0 {
		t.Errorf("contacts after removing: %+v", cs)
	}
	if got, _ := s.Interaction(ctx, i.ID); got.ContactID != 0 {
		t.Errorf("the logged contact still names %d", got.ContactID)
	}
	if err := s.RestoreRecord(ctx, model.RecordContact, ct.ID); err != nil {
		t.Fatal(err)
	}
	cs, _ := s.Contacts(ctx, c.ID)
	if len(cs) != 1 || cs[0].Name != "王经理" || len(cs[0].Types) != 1 {
		t.Errorf("contacts after the undo: %+v", cs)
	}
	if got, _ := s.Interaction(ctx, i.ID); got.ContactID != ct.ID {
		t.Errorf("the logged contact names %d after the undo", got.ContactID)
	}
	checkBook(t, s)
}

// A complaint and a reminder are corrected and removed; a reminder done by mistake opens again.
func TestComplaintsAndRemindersAreCorrected(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "投诉人", Level: model.LevelLow})
	p := model.Complaint{CustomerID: c.ID, What: "送货晚了", Severity: 1, GoodFaith: true}
	if err := s.AddComplaint(ctx, &p); err != nil {
		t.Fatal(err)
	}
	p.Severity, p.What = 3, "送货晚了三天"
	if err := s.UpdateComplaint(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Complaint(ctx, p.ID); got.Severity != 3 || got.What != "送货晚了三天" {
		t.Errorf("complaint %+v", got)
	}
	if err := s.DeleteComplaint(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Complaints(ctx, c.ID); len(got) != 0 {
		t.Errorf("complaints after removing: %+v", got)
	}
	if err := s.RestoreRecord(ctx, model.RecordComplaint, p.ID); err != nil {
		t.Fatal(err)
	}

	r := model.Reminder{CustomerID: c.ID, DueOn: model.MustDate("2026-03-20"), Kind: model.ReminderCall, Note: "回电"}
	if err := s.AddReminder(ctx, &r); err != nil {
		t.Fatal(err)
	}
	r.DueOn = model.MustDate("2026-03-12")
	if err := s.UpdateReminder(ctx, &r); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Customer(ctx, c.ID); got.NextDueOn != model.MustDate("2026-03-12") {
		t.Errorf("next due %v after moving the reminder", got.NextDueOn)
	}
	if err := s.CompleteReminder(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Customer(ctx, c.ID); got.NextDueOn == model.MustDate("2026-03-12") {
		t.Errorf("a done reminder is still due")
	}
	if err := s.ReopenReminder(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Reminder(ctx, r.ID)
	if !got.Open() {
		t.Errorf("the reminder is still done")
	}
	if cu, _ := s.Customer(ctx, c.ID); cu.NextDueOn != model.MustDate("2026-03-12") {
		t.Errorf("next due %v after opening the reminder again", cu.NextDueOn)
	}
}

// Records of a customer in the trash cannot be changed, and emptying the trash empties the
// records removed one by one.
func TestRecordsOfATrashedCustomerAreNotChanged(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "已删"})
	d := model.Deal{CustomerID: c.ID, Amount: 100_00, On: model.MustDate("2026-02-01")}
	s.AddDeal(ctx, &d)
	other := model.Deal{CustomerID: c.ID, Amount: 200_00, On: model.MustDate("2026-02-02")}
	s.AddDeal(ctx, &other)
	if err := s.DeleteDeal(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCustomer(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDeal(ctx, d.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("removing a deal of a trashed customer: %v", err)
	}
	if _, err := s.PurgeTrash(ctx, nil); err != nil {
		t.Fatal(err)
	}
	var n int
	s.db.QueryRow("SELECT count(*) FROM record_trash").Scan(&n)
	if n != 0 {
		t.Errorf("%d rows left in the record trash", n)
	}
}

// checkBook fails the test when the book's check finds a problem.
func checkBook(t *testing.T, s *Store) {
	t.Helper()
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Errorf("check: %v", problems)
	}
}

// A logged contact whose next step has a day adds the reminder with it, in the same transaction.
func TestANextStepWithADayIsAReminder(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "报价", Level: model.LevelLow})
	i := model.Interaction{CustomerID: c.ID, Channel: model.ChannelCall, At: fixedNow, Summary: "谈了", NextStep: "下周送报价"}
	next, err := model.NextStepReminder(i, model.MustDate("2026-03-17"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LogInteractionWithNext(ctx, &i, 0, &next); err != nil {
		t.Fatal(err)
	}
	rs, _ := s.Reminders(ctx, c.ID, true)
	if len(rs) != 1 || rs[0].Note != "下周送报价" || rs[0].DueOn != model.MustDate("2026-03-17") {
		t.Errorf("reminders %+v", rs)
	}
	if got, _ := s.Customer(ctx, c.ID); got.NextDueOn != model.MustDate("2026-03-17") {
		t.Errorf("next due %v", got.NextDueOn)
	}
}

// The records removed one by one are listed with what they said, the newest first; a restored one
// leaves the list.
func TestRecordTrashListsWhatWasRemoved(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "列表"})
	d := model.Deal{CustomerID: c.ID, Amount: 500_00, On: model.MustDate("2026-02-01"), Product: "打印机"}
	s.AddDeal(ctx, &d)
	r := model.Reminder{CustomerID: c.ID, DueOn: model.MustDate("2026-03-20"), Note: "回电"}
	s.AddReminder(ctx, &r)
	if err := s.DeleteDeal(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteReminder(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.RecordTrash(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("trash %+v", got)
	}
	byKind := map[model.RecordKind]TrashedRecord{}
	for _, tr := range got {
		byKind[tr.Kind] = tr
	}
	if dl := byKind[model.RecordDeal]; dl.ID != d.ID || dl.What != "打印机" || dl.Amount != 500_00 || dl.On != "2026-02-01" || dl.CustomerName != "列表" {
		t.Errorf("deal %+v", dl)
	}
	if rm := byKind[model.RecordReminder]; rm.ID != r.ID || rm.What != "回电" {
		t.Errorf("reminder %+v", rm)
	}
	s.RestoreRecord(ctx, model.RecordDeal, d.ID)
	if got, _ := s.RecordTrash(ctx); len(got) != 1 {
		t.Errorf("after a restore: %+v", got)
	}
}
