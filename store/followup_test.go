package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"guanxi/model"
)

// itemsOf returns the checklist items of one kind for a customer.
func itemsOf(t *testing.T, s *Store, days int, customerID int64, kind model.ItemKind) []model.ChecklistItem {
	t.Helper()
	items, err := s.Checklist(context.Background(), s.Today(), days)
	if err != nil {
		t.Fatal(err)
	}
	var out []model.ChecklistItem
	for _, it := range items {
		if it.CustomerID == customerID && it.Kind == kind {
			out = append(out, it)
		}
	}
	return out
}

func daysAgo(n int) time.Time { return fixedNow.AddDate(0, 0, -n) }

func TestLoggingCompletesTheItemAndItsReminder(t *testing.T) {
	// The days counted below fall on weekends.
	s, ctx, c := anyDayBookWith(t, model.Customer{Name: "钱八", Level: model.LevelVIP})
	today := s.Today()
	if err := s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "初访", At: daysAgo(10)}); err != nil {
		t.Fatal(err)
	}
	visit := model.Reminder{CustomerID: c.ID, DueOn: today.AddDays(-1), Kind: model.ReminderVisit, Note: "带合同"}
	later := model.Reminder{CustomerID: c.ID, DueOn: today.AddDays(5), Kind: model.ReminderVisit, Note: "下月续约"}
	weekly := model.Reminder{CustomerID: c.ID, DueOn: today, Kind: model.ReminderOther, Note: "周报", Repeat: model.Repeat{Every: 1, Unit: model.RepeatWeeks}}
	for _, r := range []*model.Reminder{&visit, &later, &weekly} {
		if err := s.AddReminder(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	planned := 0
	for _, it := range itemsOf(t, s, 7, c.ID, model.ItemVisit) {
		if it.IsPlanned() {
			planned++
			if it.OverdueDays != 3 || it.Due.Every != 7 {
				t.Errorf("planned visit %+v, want 3 days overdue on a 7-day plan", it)
			}
		}
	}
	if planned != 1 {
		t.Fatalf("want one planned visit, got %d", planned)
	}

	// A visit logged for the weekly reminder: the plan moves, the overdue visit reminder is
	// answered, the later one stays, and the weekly one moves on one turn only.
	if err := s.LogInteractionFor(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "送了周报"}, weekly.ID); err != nil {
		t.Fatal(err)
	}
	var dues []model.Date
	for _, it := range itemsOf(t, s, 7, c.ID, model.ItemVisit) {
		dues = append(dues, it.DueOn)
		if it.IsPlanned() && it.DueOn != today.AddDays(7) {
			t.Errorf("the planned visit should move to %v, got %v", today.AddDays(7), it.DueOn)
		}
	}
	if len(dues) != 2 {
		t.Errorf("want the later reminder and the moved plan visit, got %v", dues)
	}
	open, err := s.Reminders(ctx, c.ID, true)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]model.Date{}
	for _, r := range open {
		got[r.ID] = r.DueOn
	}
	if _, still := got[visit.ID]; still {
		t.Error("the overdue visit reminder was answered by the visit and should be done")
	}
	if got[later.ID] != today.AddDays(5) {
		t.Errorf("the later visit reminder should stay on %v, got %v", today.AddDays(5), got[later.ID])
	}
	if got[weekly.ID] != today.AddDays(7) {
		t.Errorf("the weekly reminder should move one week to %v, got %v", today.AddDays(7), got[weekly.ID])
	}

	// A call does not answer a visit reminder.
	if err := s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelCall, Summary: "电话", At: fixedNow}); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Reminder(ctx, later.ID); !r.Open() {
		t.Error("a call should not complete a visit reminder")
	}
}

func TestRepeatingReminderRollsForward(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "周九", Level: model.LevelLow})
	r := model.Reminder{CustomerID: c.ID, DueOn: model.MustDate("2026-01-31"), Kind: model.ReminderCall, Note: "月底对账",
		Repeat: model.Repeat{Every: 1, Unit: model.RepeatMonths}}
	if err := s.AddReminder(ctx, &r); err != nil {
		t.Fatal(err)
	}
	// Done on 10 March, five weeks late: the next turn is the last day of March, not a day in
	// February already past, and the 31st is kept although February had 28 days.
	if err := s.CompleteReminder(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.Reminder(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Open() || got.DueOn != model.MustDate("2026-03-31") || got.Anchor != model.MustDate("2026-01-31") {
		t.Errorf("after done: %+v, want open on 2026-03-31 anchored at 2026-01-31", got)
	}
	cu, _ := s.Customer(ctx, c.ID)
	if cu.NextDueOn != model.MustDate("2026-03-31") {
		t.Errorf("the customer's next due is %v, want 2026-03-31", cu.NextDueOn)
	}
	// doneOn completes the reminder's turn on day, at nine in the morning.
	doneOn := func(day model.Date) {
		t.Helper()
		s.clock = func() time.Time { return time.Date(day.Y, day.M, day.D, 9, 0, 0, 0, time.Local) }
		if err := s.CompleteReminder(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	// A snooze moves this turn only.
	if err := s.SnoozeReminder(ctx, r.ID, model.MustDate("2026-04-02")); err != nil {
		t.Fatal(err)
	}
	doneOn(model.MustDate("2026-04-02"))
	if got, _ := s.Reminder(ctx, r.ID); got.DueOn != model.MustDate("2026-04-30") {
		t.Errorf("after a snoozed turn: %v, want 2026-04-30", got.DueOn)
	}
	// A reschedule moves the series: it counts from the new day.
	if err := s.RescheduleReminder(ctx, r.ID, model.MustDate("2026-05-15")); err != nil {
		t.Fatal(err)
	}
	doneOn(model.MustDate("2026-05-15"))
	if got, _ := s.Reminder(ctx, r.ID); got.DueOn != model.MustDate("2026-06-15") {
		t.Errorf("after a reschedule: %v, want 2026-06-15", got.DueOn)
	}
	// A one-off is done for good.
	once := model.Reminder{CustomerID: c.ID, DueOn: model.MustDate("2026-05-15"), Kind: model.ReminderOther}
	if err := s.AddReminder(ctx, &once); err != nil {
		t.Fatal(err)
	}
	if err := s.CompleteReminder(ctx, once.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Reminder(ctx, once.ID); got.Open() {
		t.Error("a one-off reminder should be done")
	}
}

func TestDeleteReminderGoesToTheTrashAndComesBack(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "吴十", Level: model.LevelLow})
	r := model.Reminder{CustomerID: c.ID, DueOn: s.Today().AddDays(2), Kind: model.ReminderOther, Note: "寄贺卡",
		Repeat: model.Repeat{Every: 1, Unit: model.RepeatYears}}
	if err := s.AddReminder(ctx, &r); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteReminder(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if items := itemsOf(t, s, 7, c.ID, model.ItemCustom); len(items) != 0 {
		t.Errorf("a deleted reminder is still listed: %+v", items)
	}
	if cu, _ := s.Customer(ctx, c.ID); !cu.NextDueOn.IsZero() {
		t.Errorf("the customer is still due %v", cu.NextDueOn)
	}
	if err := s.RestoreReminder(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.Reminder(ctx, r.ID)
	if err != nil || got.UID != r.UID || got.Note != "寄贺卡" || got.Repeat != r.Repeat || got.DueOn != r.DueOn {
		t.Errorf("restored %+v (%v), want %+v", got, err, r)
	}
	if cu, _ := s.Customer(ctx, c.ID); cu.NextDueOn != r.DueOn {
		t.Errorf("after the restore the customer is due %v, want %v", cu.NextDueOn, r.DueOn)
	}
	if err := s.RestoreReminder(ctx, r.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a second restore: %v, want not found", err)
	}
	if err := s.DeleteReminder(ctx, 999); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("deleting a missing reminder: %v", err)
	}
}

func TestSnoozingAPlannedVisit(t *testing.T) {
	// The days counted below fall on weekends.
	s, ctx, c := anyDayBookWith(t, model.Customer{Name: "郑一", Level: model.LevelVIP})
	today := s.Today()
	s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "拜访", At: daysAgo(9)})
	// Due two days ago; put off to Monday 16 March.
	monday := model.SnoozeTarget(model.SnoozeNextWeek, today, model.Date{})
	if err := s.SnoozePlan(ctx, c.ID, model.ItemVisit, monday); err != nil {
		t.Fatal(err)
	}
	items := itemsOf(t, s, 7, c.ID, model.ItemVisit)
	if len(items) != 1 || items[0].DueOn != monday || items[0].Due.PutOff != today.AddDays(-2) || items[0].OverdueDays != 0 {
		t.Fatalf("after the snooze: %+v, want one visit due %v put off from %v", items, monday, today.AddDays(-2))
	}
	// Put off again to a later day: still held against the plan's own date.
	if err := s.SnoozePlan(ctx, c.ID, model.ItemVisit, monday.AddDays(1)); err != nil {
		t.Fatal(err)
	}
	if cu, _ := s.Customer(ctx, c.ID); cu.NextVisitOn != monday.AddDays(1) || cu.NextDueOn != monday.AddDays(1) {
		t.Errorf("after a second snooze the next visit is %v", cu.NextVisitOn)
	}
	// An earlier day, or today, is refused and changes nothing.
	for _, to := range []model.Date{today, today.AddDays(1), {}} {
		if err := s.SnoozePlan(ctx, c.ID, model.ItemVisit, to); err == nil {
			t.Errorf("a snooze to %v should be refused", to)
		}
	}
	// A visit logged today ends the snooze: the plan counts from the visit.
	s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "补上拜访"})
	if cu, _ := s.Customer(ctx, c.ID); cu.NextVisitOn != today.AddDays(7) {
		t.Errorf("after the visit the next one is %v, want %v", cu.NextVisitOn, today.AddDays(7))
	}
	// A customer with no plan has nothing to put off.
	low := addCustomer(t, s, model.Customer{Name: "王二", Level: model.LevelLow})
	if err := s.SnoozePlan(ctx, low.ID, model.ItemVisit, today.AddDays(3)); !errors.Is(err, ErrNothingPlanned) {
		t.Errorf("snoozing a low-value customer's visit: %v", err)
	}
	if err := s.SnoozePlan(ctx, low.ID, model.ItemPayment, today.AddDays(3)); err == nil {
		t.Error("only visits and calls can be put off this way")
	}
}

func TestCustomerPlanOverrideAndPause(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "冯二", Level: model.LevelVIP})
	today := s.Today()
	s.LogInteraction(ctx, &model.Interaction{CustomerID: c.ID, Channel: model.ChannelVisit, Summary: "拜访"})
	if err := s.SetCustomerPlan(ctx, c.ID, &model.VisitPlan{VisitEveryDays: 21, CallEveryDays: 7}, false); err != nil {
		t.Fatal(err)
	}
	cu, _ := s.Customer(ctx, c.ID)
	if cu.NextVisitOn != today.AddDays(21) || cu.NextCallOn != today.AddDays(7) || cu.PlanOverride == nil {
		t.Errorf("with the override: visit %v call %v", cu.NextVisitOn, cu.NextCallOn)
	}
	// A level change does not touch an override.
	cu.Level = model.LevelNew
	if err := s.UpdateCustomer(ctx, &cu); err != nil {
		t.Fatal(err)
	}
	if cu, _ = s.Customer(ctx, c.ID); cu.NextVisitOn != today.AddDays(21) {
		t.Errorf("an override should survive a level change, next visit %v", cu.NextVisitOn)
	}
	if err := s.SetCustomerPlan(ctx, c.ID, nil, true); err != nil {
		t.Fatal(err)
	}
	if cu, _ = s.Customer(ctx, c.ID); !cu.PlanPaused || !cu.NextVisitOn.IsZero() || !cu.NextDueOn.IsZero() {
		t.Errorf("a paused plan asks for nothing: %+v", cu)
	}
	if got := itemsOf(t, s, 60, c.ID, model.ItemVisit); len(got) != 0 {
		t.Errorf("a paused customer is on the checklist: %+v", got)
	}
	// Back to the level's plan: a new customer is visited every 14 days.
	if err := s.SetCustomerPlan(ctx, c.ID, nil, false); err != nil {
		t.Fatal(err)
	}
	if cu, _ = s.Customer(ctx, c.ID); cu.NextVisitOn != today.AddDays(14) || cu.PlanOverride != nil {
		t.Errorf("back on the level's plan: %v", cu.NextVisitOn)
	}
	if err := s.SetCustomerPlan(ctx, c.ID, &model.VisitPlan{VisitEveryDays: -3}, false); err == nil {
		t.Error("a negative interval should be refused")
	}
	if err := s.SetCustomerPlan(ctx, 999, nil, false); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a missing customer: %v", err)
	}
	if err := s.SetPlan(ctx, model.LevelVIP, model.VisitPlan{VisitEveryDays: 4000}); err == nil {
		t.Error("a level plan beyond ten years should be refused")
	}
}

func TestPaymentsMoveTheBalance(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "陈三", Level: model.LevelKey})
	today := s.Today()
	first := model.Deal{CustomerID: c.ID, On: today.AddDays(-40), Product: "备件", Amount: 80_000_00, CreditDueOn: today.AddDays(-2), Paid: 20_000_00}
	second := model.Deal{CustomerID: c.ID, On: today.AddDays(-10), Product: "耗材", Amount: 30_000_00, CreditDueOn: today.AddDays(20)}
	for _, d := range []*model.Deal{&first, &second} {
		if err := s.AddDeal(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	items := itemsOf(t, s, 7, c.ID, model.ItemPayment)
	if len(items) != 1 || items[0].DealID != first.ID || items[0].Due.Owed != 60_000_00 || items[0].OverdueDays != 2 {
		t.Fatalf("payment items %+v, want the first deal 2 days overdue owing ¥60,000", items)
	}
	// Too much is refused, and nothing is written.
	if _, err := s.RecordPayment(ctx, c.ID, 90_000_01, 0, today, ""); err == nil {
		t.Fatal("a payment above the balance should be refused")
	}
	if cu, _ := s.Customer(ctx, c.ID); cu.Owed != 90_000_00 {
		t.Errorf("a refused payment changed the balance to %v", cu.Owed)
	}
	// Part of it.
	paid, err := s.RecordPayment(ctx, c.ID, 10_000_00, 0, today, "银行转账")
	if err != nil || len(paid) != 1 || paid[0].DealID != first.ID {
		t.Fatalf("part payment: %+v %v", paid, err)
	}
	if cu, _ := s.Customer(ctx, c.ID); cu.Owed != 80_000_00 {
		t.Errorf("after ¥10,000 the balance is %v, want ¥80,000", cu.Owed)
	}
	if items := itemsOf(t, s, 7, c.ID, model.ItemPayment); len(items) != 1 || items[0].Due.Owed != 50_000_00 {
		t.Errorf("the payment item should owe ¥50,000 now: %+v", items)
	}
	// The rest of the first deal and some of the second in one payment.
	paid, err = s.RecordPayment(ctx, c.ID, 60_000_00, 0, today, "")
	if err != nil || len(paid) != 2 || paid[0].Amount != 50_000_00 || paid[1].Amount != 10_000_00 {
		t.Fatalf("spread payment: %+v %v", paid, err)
	}
	if items := itemsOf(t, s, 7, c.ID, model.ItemPayment); len(items) != 0 {
		t.Errorf("a paid deal is still due: %+v", items)
	}
	if cu, _ := s.Customer(ctx, c.ID); cu.Owed != 20_000_00 {
		t.Errorf("the balance is %v, want ¥20,000", cu.Owed)
	}
	// The whole of what is left, on the named deal.
	if _, err := s.RecordPayment(ctx, c.ID, 20_000_00, second.ID, today, ""); err != nil {
		t.Fatal(err)
	}
	deals, _ := s.Deals(ctx, c.ID)
	if model.Balance(deals) != 0 {
		t.Errorf("everything is paid, balance %v", model.Balance(deals))
	}
	history, err := s.Payments(ctx, c.ID)
	if err != nil || len(history) != 4 {
		t.Fatalf("payments %+v %v, want 4", history, err)
	}
	if _, err := s.RecordPayment(ctx, 999, 1, 0, today, ""); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a missing customer: %v", err)
	}
}

func TestComplaintOnTheChecklistUntilResolved(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "褚四", Level: model.LevelVIP})
	today := s.Today()
	late := model.Complaint{CustomerID: c.ID, On: today.AddDays(-5), What: "交货晚了三天", Severity: 3, GoodFaith: true,
		Handler: "小陈", ReplyBy: today.AddDays(-1)}
	soon := model.Complaint{CustomerID: c.ID, What: "发票抬头错了", Severity: 1, GoodFaith: false, ReplyBy: today.AddDays(3)}
	far := model.Complaint{CustomerID: c.ID, What: "包装破损", Severity: 2, GoodFaith: true, ReplyBy: today.AddDays(30)}
	for _, p := range []*model.Complaint{&late, &soon, &far} {
		if err := s.AddComplaint(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	items := itemsOf(t, s, 7, c.ID, model.ItemComplaint)
	if len(items) != 2 {
		t.Fatalf("want the broken promise and the one near, got %+v", items)
	}
	if !items[0].Broken(today) || items[0].ComplaintID != late.ID || items[0].Due.Handler != "小陈" || items[0].Due.Severity != 3 {
		t.Errorf("first complaint item %+v, want the broken one", items[0])
	}
	if items[1].Broken(today) || !items[1].Due.Malicious {
		t.Errorf("second complaint item %+v, want open and in bad faith", items[1])
	}
	if _, err := s.ResolveComplaint(ctx, late.ID, today, ""); err == nil {
		t.Error("resolving without a summary should be refused")
	}
	got, err := s.ResolveComplaint(ctx, late.ID, today, "补发并赠送备件，客户接受")
	if err != nil || got.Open() || got.State(today) != model.ComplaintResolvedLate {
		t.Fatalf("resolve: %+v %v", got, err)
	}
	if items := itemsOf(t, s, 7, c.ID, model.ItemComplaint); len(items) != 1 {
		t.Errorf("after resolving, one complaint is left: %+v", items)
	}
	history, err := s.Complaints(ctx, c.ID)
	if err != nil || len(history) != 3 || history[2].ID != late.ID || history[2].Summary == "" {
		t.Errorf("history %+v %v: open ones first, the resolved one last with its summary", history, err)
	}
	if _, err := s.ResolveComplaint(ctx, 999, today, "x"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a missing complaint: %v", err)
	}
}

func TestGreetingsForTheDatesThatMatter(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	today := s.Today() // 2026-03-10
	if err := s.SetHolidays(ctx, []model.Holiday{{Name: model.Text{Zh: "妇女节后", En: "After Women's Day"},
		Days: []model.HolidayDate{{M: 3, D: 12}}}}); err != nil {
		t.Fatal(err)
	}
	birthday := addCustomer(t, s, model.Customer{Name: "蒋五", Level: model.LevelLow, Birthday: model.MustDate("1980-03-13")})
	org := addCustomer(t, s, model.Customer{Name: "韩氏集团", Company: "韩氏集团", Level: model.LevelLow,
		Anniversary: model.MustDate("2014-03-15")})
	ct := model.Contact{CustomerID: org.ID, Name: "杨六", Birthday: model.MustDate("1990-03-11")}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	addCustomer(t, s, model.Customer{Name: "未到", Level: model.LevelLow, Birthday: model.MustDate("1980-04-20")})
	addCustomer(t, s, model.Customer{Name: "已过", Level: model.LevelLow, Birthday: model.MustDate("1980-03-09")})
	dealer := addCustomer(t, s, model.Customer{Name: "朱七", Level: model.LevelLow})
	s.AddDeal(ctx, &model.Deal{CustomerID: dealer.ID, On: model.MustDate("2023-03-14"), Amount: 100_00})
	newDeal := addCustomer(t, s, model.Customer{Name: "新单", Level: model.LevelLow})
	s.AddDeal(ctx, &model.Deal{CustomerID: newDeal.ID, On: today.AddDays(-1), Amount: 100_00}) // not a year yet

	items, err := s.Checklist(ctx, today, 3)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]model.ChecklistItem{}
	for _, it := range items {
		if it.Kind != model.ItemBirthday {
			continue
		}
		key := it.CustomerName
		if it.Due.Person != "" {
			key = it.Due.Person
		}
		if it.Due.Occasion == model.OccasionHoliday {
			key = it.Due.Holiday.Zh
		}
		got[key] = it
	}
	want := map[string]struct {
		occasion model.Occasion
		on       string
		years    int
	}{
		"蒋五":   {model.OccasionBirthday, "2026-03-13", 46},
		"韩氏集团": {model.OccasionAnniversary, "2026-03-15", 12},
		"杨六":   {model.OccasionBirthday, "2026-03-11", 36},
		"朱七":   {model.OccasionFirstDeal, "2026-03-14", 3},
		"妇女节后": {model.OccasionHoliday, "2026-03-12", 0},
	}
	if len(got) != len(want) {
		t.Errorf("greetings %v, want %d", keysOfItems(got), len(want))
	}
	for name, w := range want {
		it, ok := got[name]
		if !ok {
			t.Errorf("no greeting for %s", name)
			continue
		}
		on := model.MustDate(w.on)
		// Due 3 days before its day, and listed under today once that has come: never late before
		// the day itself.
		if it.Due.Occasion != w.occasion || it.Due.OccasionOn != on || it.DueOn != model.GreetingListedOn(on, 3, today) ||
			(w.occasion != model.OccasionHoliday && it.Due.Years != w.years) {
			t.Errorf("%s: %+v, want %s on %s, due 3 days before or today", name, it, w.occasion, w.on)
		}
		if it.DueOn.Before(today) || it.OverdueDays != 0 {
			t.Errorf("%s: overdue %d days before its day", name, it.OverdueDays)
		}
	}
	if got["杨六"].CustomerID != org.ID || got["杨六"].Due.ContactID != ct.ID {
		t.Errorf("a contact's birthday belongs to their customer: %+v", got["杨六"])
	}
	if got["妇女节后"].CustomerID != 0 {
		t.Errorf("a holiday belongs to no customer: %+v", got["妇女节后"])
	}

	// Marked sent, a greeting leaves until next year; the others stay.
	if err := s.MarkGreetingSent(ctx, got["蒋五"]); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkGreetingSent(ctx, got["妇女节后"]); err != nil {
		t.Fatal(err)
	}
	items, _ = s.Checklist(ctx, today, 3)
	left := 0
	for _, it := range items {
		if it.Kind == model.ItemBirthday {
			left++
			if it.CustomerID == birthday.ID || it.Due.Occasion == model.OccasionHoliday {
				t.Errorf("a greeting marked sent is still listed: %+v", it)
			}
		}
	}
	if left != 3 {
		t.Errorf("%d greetings left, want 3", left)
	}
	// With no lead, only the days within the window count.
	if err := s.SetGreetingLeadDays(ctx, 0); err != nil {
		t.Fatal(err)
	}
	items, _ = s.Checklist(ctx, today, 2)
	for _, it := range items {
		if it.Kind == model.ItemBirthday && it.DueOn != it.Due.OccasionOn {
			t.Errorf("with no lead a greeting is due on the day: %+v", it)
		}
		if it.Kind == model.ItemBirthday && it.Due.OccasionOn.After(today.AddDays(2)) {
			t.Errorf("outside the window: %+v", it)
		}
	}
	if err := s.SetGreetingLeadDays(ctx, 61); err == nil {
		t.Error("a lead of 61 days should be refused")
	}
}

func keysOfItems(m map[string]model.ChecklistItem) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestLeapDayBirthdayInACommonYear(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	s.clock = func() time.Time { return time.Date(2027, 2, 26, 9, 0, 0, 0, time.Local) }
	if err := s.SetHolidays(ctx, nil); err != nil {
		t.Fatal(err)
	}
	c := addCustomer(t, s, model.Customer{Name: "闰日", Level: model.LevelLow, Birthday: model.MustDate("1988-02-29")})
	items, err := s.Checklist(ctx, s.Today(), 7)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].CustomerID != c.ID || items[0].Due.OccasionOn != model.MustDate("2027-02-28") {
		t.Fatalf("a 29 February birthday falls on 28 February 2027: %+v", items)
	}
	hs, err := s.Holidays(ctx)
	if err != nil || len(hs) != 0 {
		t.Errorf("holidays after clearing: %v %v", hs, err)
	}
}

func TestDefaultHolidaysUntilSet(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	hs, err := s.Holidays(ctx)
	if err != nil || len(hs) != len(model.DefaultHolidays()) {
		t.Fatalf("a new book greets on the default holidays: %v %v", hs, err)
	}
	s.clock = func() time.Time { return time.Date(2026, 9, 20, 9, 0, 0, 0, time.Local) }
	items, err := s.Checklist(ctx, s.Today(), 7)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range items {
		if it.Due.Occasion == model.OccasionHoliday && it.Due.Holiday.Zh == "中秋节" && it.DueOn == model.MustDate("2026-09-22") {
			found = true
		}
	}
	if !found {
		t.Errorf("中秋节 on 2026-09-25 should be greeted from 2026-09-22: %+v", items)
	}
	if err := s.SetHolidays(ctx, []model.Holiday{{Name: model.Text{Zh: "春节"}}}); err == nil {
		t.Error("a holiday without a date should be refused")
	}
}

func TestUpgradedRemindersAreOneOffs(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "旧提醒", Level: model.LevelLow})
	// A reminder as a book before the repeat columns wrote it.
	if _, err := s.db.Exec(`INSERT INTO reminders (uid, customer_id, due_on, kind, note, created_at, updated_at)
		VALUES ('old', ?, '2026-03-09', 'call', '回电', 0, 0)`, c.ID); err != nil {
		t.Fatal(err)
	}
	rs, err := s.Reminders(ctx, c.ID, true)
	if err != nil || len(rs) != 1 || !rs[0].Repeat.IsZero() {
		t.Fatalf("reminders %+v %v", rs, err)
	}
	if err := s.CompleteReminder(ctx, rs[0].ID); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Reminder(ctx, rs[0].ID); r.Open() {
		t.Error("an old reminder is a one-off and is done")
	}
}
