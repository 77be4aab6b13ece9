package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/detail"
	"guanxi/ui/kit"
)

// openArchive opens a customer's archive in the app.
func openArchive(t *testing.T, a *App, id int64) *detail.Screen {
	t.Helper()
	send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: id})
	d, ok := a.top().(*detail.Screen)
	if !ok || !d.Loaded {
		t.Fatalf("the archive of %d did not open", id)
	}
	return d
}

// selectRecord puts the archive's cursor on a record with ↓, as a person would.
func selectRecord(t *testing.T, a *App, d *detail.Screen, kind model.RecordKind, id int64) {
	t.Helper()
	for range len(d.Records) {
		press(a, tea.KeyUp)
	}
	for range len(d.Records) + 1 {
		if r, ok := d.Selected(); ok && r.Kind == kind && r.ID == id {
			return
		}
		press(a, tea.KeyDown)
	}
	t.Fatalf("no %s %d among the archive's records %+v", kind, id, d.Records)
}

// A deal typed as 1250万 instead of 12.5万 is corrected in the archive: enter on the deal opens its
// form with the amount, ctrl+s saves, and the order total and the value class follow.
func TestCorrectingAMistypedDealInTheArchive(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s := fixtureBook(t)
		ctx := context.Background()
		cu := model.Customer{Name: "错单客户", Level: model.LevelNew}
		testbook.AddCustomers(t, s, &cu)
		d := model.Deal{CustomerID: cu.ID, On: model.MustDate("2026-03-01"), Product: "设备", Amount: 12_500_000_00}
		if err := s.AddDeal(ctx, &d); err != nil {
			t.Fatal(err)
		}
		before, _ := s.ABCClasses(ctx)
		a := newTestApp(t, s, lang, w, h)
		m := openArchive(t, a, cu.ID)
		selectRecord(t, a, m, model.RecordDeal, d.ID)
		golden(t, "records_detail_"+name, a)

		press(a, tea.KeyEnter)
		if !strings.Contains(screenText(a), "12500000") {
			t.Fatalf("the deal's form does not hold its amount:\n%s", screenText(a))
		}
		golden(t, "records_dealform_"+name, a)
		retype(a, "12.5万")
		save(a)
		got, _ := s.Customer(ctx, cu.ID)
		if got.OrderTotal != 125_000_00 {
			t.Fatalf("order total %v after the correction\n%s", got.OrderTotal, screenText(a))
		}
		after, _ := s.ABCClasses(ctx)
		if store.ABCOf(before, cu.ID) == store.ABCOf(after, cu.ID) {
			t.Errorf("the value class stayed %q", store.ABCOf(after, cu.ID))
		}
		if !strings.Contains(screenText(a), "¥125,000") {
			t.Errorf("the archive does not show the corrected deal:\n%s", screenText(a))
		}
	})
}

// X removes the record under the cursor to the trash; u right after brings it back, with the
// figures that depend on it.
func TestRemovingARecordAndTheUndo(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 80, 24)
	ctx := context.Background()
	wang := findCustomer(t, s, "王建国")
	contacts, _ := s.Contacts(ctx, wang.ID)
	m := openArchive(t, a, wang.ID)

	selectRecord(t, a, m, model.RecordContact, contacts[0].ID)
	typeText(a, "X")
	if cs, _ := s.Contacts(ctx, wang.ID); len(cs) != 0 {
		t.Fatalf("the contact is still there")
	}
	if !strings.Contains(screenText(a), "按 u 撤销") {
		t.Errorf("no undo offered:\n%s", screenText(a))
	}
	typeText(a, "u")
	if cs, _ := s.Contacts(ctx, wang.ID); len(cs) != 1 || len(cs[0].Types) != 1 {
		t.Errorf("the undo did not bring the contact back with their type: %+v", cs)
	}
	if r, ok := m.Selected(); !ok || r.Kind != model.RecordContact || r.ID != contacts[0].ID || !m.Visible(r) {
		t.Errorf("the restored contact is not under the cursor in view: %+v", r)
	}

	deals, _ := s.Deals(ctx, wang.ID)
	selectRecord(t, a, m, model.RecordDeal, deals[0].ID)
	typeText(a, "X")
	got, _ := s.Customer(ctx, wang.ID)
	if got.OrderTotal != 5_200_000_00 {
		t.Errorf("order total %v after removing the newest deal", got.OrderTotal)
	}
	typeText(a, "j") // any other key ends the offer
	typeText(a, "u")
	if got, _ := s.Customer(ctx, wang.ID); got.OrderTotal != 5_200_000_00 {
		t.Errorf("a late u restored the deal")
	}
	if err := s.RestoreRecord(ctx, model.RecordDeal, deals[0].ID); err != nil {
		t.Errorf("the deal is not in the trash: %v", err)
	}
}

// x marks the reminder under the cursor done, and x again opens it again: a reminder done by
// mistake is undone from the archive.
func TestAReminderDoneByMistakeOpensAgain(t *testing.T) {
	s, a := fixtureApp(t, model.En, 120, 40)
	ctx := context.Background()
	zeng := findCustomer(t, s, "曾志伟")
	rs, _ := s.Reminders(ctx, zeng.ID, true)
	m := openArchive(t, a, zeng.ID)
	selectRecord(t, a, m, model.RecordReminder, rs[0].ID)
	typeText(a, "x")
	if r, _ := s.Reminder(ctx, rs[0].ID); r.Open() {
		t.Fatalf("x did not mark the reminder done")
	}
	if !strings.Contains(screenText(a), "done") {
		t.Errorf("the archive does not show the done reminder:\n%s", screenText(a))
	}
	selectRecord(t, a, m, model.RecordReminder, rs[0].ID)
	typeText(a, "x")
	if r, _ := s.Reminder(ctx, rs[0].ID); !r.Open() {
		t.Errorf("x again did not open the reminder")
	}
	if got, _ := s.Customer(ctx, zeng.ID); got.NextDueOn.After(rs[0].DueOn) {
		t.Errorf("next due %v after opening the reminder again", got.NextDueOn)
	}
}

// Every kind of record opens its own form with its values on enter.
func TestEveryRecordOpensItsForm(t *testing.T) {
	s := fixtureBook(t)
	ctx := context.Background()
	wang := findCustomer(t, s, "王建国")
	deals, _ := s.Deals(ctx, wang.ID)
	var credit model.Deal
	for _, d := range deals {
		if !d.CreditDueOn.IsZero() {
			credit = d
		}
	}
	if _, err := s.RecordPayment(ctx, wang.ID, 10_000_00, credit.ID, model.MustDate("2026-03-05"), "首付"); err != nil {
		t.Fatal(err)
	}
	p := model.Complaint{CustomerID: wang.ID, What: "交货晚了", Severity: 2, GoodFaith: true}
	if err := s.AddComplaint(ctx, &p); err != nil {
		t.Fatal(err)
	}
	r := model.Reminder{CustomerID: wang.ID, DueOn: model.MustDate("2026-03-12"), Kind: model.ReminderCall, Note: "回电"}
	if err := s.AddReminder(ctx, &r); err != nil {
		t.Fatal(err)
	}
	a := newTestApp(t, s, model.Zh, 120, 40)
	m := openArchive(t, a, wang.ID)
	want := map[model.RecordKind]string{
		model.RecordContact: "修改联系人", model.RecordReminder: "修改提醒", model.RecordComplaint: "修改投诉",
		model.RecordPayment: "修改收款", model.RecordLog: "修改联系记录", model.RecordDeal: "修改成交",
	}
	seen := map[model.RecordKind]bool{}
	for i := range m.Records {
		rec := m.Records[i]
		selectRecord(t, a, m, rec.Kind, rec.ID)
		press(a, tea.KeyEnter)
		if !strings.Contains(screenText(a), want[rec.Kind]) {
			t.Errorf("%s %d: the form %q did not open:\n%s", rec.Kind, rec.ID, want[rec.Kind], screenText(a))
		}
		press(a, tea.KeyEsc)
		seen[rec.Kind] = true
	}
	if len(seen) != len(want) {
		t.Errorf("kinds of records in the archive: %v", seen)
	}

	// The payment's correction puts the difference back on what is owed.
	ps, _ := s.Payments(ctx, wang.ID)
	selectRecord(t, a, m, model.RecordPayment, ps[0].ID)
	press(a, tea.KeyEnter)
	retype(a, "5000")
	save(a)
	if got, _ := s.Customer(ctx, wang.ID); got.Owed != 86_000_00-20_000_00-5_000_00 {
		t.Errorf("owed %v after correcting the payment\n%s", got.Owed, screenText(a))
	}
}

// A next step with a day adds the reminder when the contact is logged.
func TestALoggedNextStepWithADayIsAReminder(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 80, 24)
	ctx := context.Background()
	li := findCustomer(t, s, "李娜")
	openArchive(t, a, li.ID)
	fillLogForm(a, "电话谈了报价", "送报价单", "2026-03-17")
	golden(t, "records_logform_zh_80x24", a)
	save(a)
	rs, _ := s.Reminders(ctx, li.ID, true)
	found := false
	for _, r := range rs {
		if r.Note == "送报价单" && r.DueOn == model.MustDate("2026-03-17") {
			found = true
		}
	}
	if !found {
		t.Errorf("no reminder for the next step: %+v\n%s", rs, screenText(a))
	}
}

// The edit form writes only what the user changed; a field changed elsewhere meanwhile is shown
// with both values and the user chooses.
func TestAnEditMeetsAChangeMadeElsewhere(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s, a := fixtureApp(t, lang, w, h)
		ctx := context.Background()
		li := findCustomer(t, s, "李娜")
		openArchive(t, a, li.ID)
		typeText(a, "e")

		elsewhere := li
		elsewhere.Phone, elsewhere.Notes = "13700000000", "别处写的备注"
		if err := s.UpdateCustomer(ctx, &elsewhere); err != nil {
			t.Fatal(err)
		}
		for range 5 { // name, company, short name, kind, title, then the phone
			press(a, tea.KeyDown)
		}
		retype(a, "13600000000")
		save(a)
		screen := screenText(a)
		if !strings.Contains(screen, "13700000000") || !strings.Contains(screen, "13600000000") {
			t.Fatalf("the conflict does not show both values:\n%s", screen)
		}
		golden(t, "records_conflict_"+name, a)
		if got, _ := s.Customer(ctx, li.ID); got.Phone != "13700000000" {
			t.Fatalf("the phone was overwritten before the choice: %q", got.Phone)
		}
		press(a, tea.KeyRight) // keep mine
		save(a)
		got, _ := s.Customer(ctx, li.ID)
		if got.Phone != "13600000000" || got.Notes != "别处写的备注" {
			t.Errorf("after the choice: phone %q notes %q", got.Phone, got.Notes)
		}
	})
}

// The customer form enters the archive's fields; an organisation's date is its founding day.
func TestTheCustomerFormEntersEveryField(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 120, 40)
	ctx := context.Background()
	wang := findCustomer(t, s, "王建国")
	li := findCustomer(t, s, "李娜")
	openArchive(t, a, li.ID)
	typeText(a, "e")
	fields := map[string]string{"address": "杭州市西湖区", "source": "转介绍", "referred_by": "王建国", "size": "中", "capital": "500万"}
	f, ok := a.overlay.(*kit.Form)
	if !ok {
		t.Fatalf("no form open")
	}
	for i := range f.Fields {
		if v, ok := fields[f.Fields[i].Key]; ok {
			f.Fields[i].Input.SetValue(v)
		}
	}
	save(a)
	got, _ := s.Customer(ctx, li.ID)
	if got.Address != "杭州市西湖区" || got.Source != "转介绍" || got.ReferrerID != wang.ID || got.Size != "中" || got.RegisteredCapital != 500_0000_00 {
		t.Errorf("saved %+v", got)
	}
	screen := screenText(a)
	for _, w := range []string{"杭州市西湖区", "介绍人", "王建国 (编号"} {
		if !strings.Contains(screen, w) {
			t.Errorf("the archive lacks %q:\n%s", w, screen)
		}
	}
	openArchive(t, a, wang.ID)
	if !strings.Contains(screenText(a), "介绍了") {
		t.Errorf("the referrer's archive does not name whom they referred:\n%s", screenText(a))
	}
	typeText(a, "e")
	if !strings.Contains(screenText(a), "成立日") {
		t.Errorf("an organisation's form asks for a birthday:\n%s", screenText(a))
	}
}

// An organisation is not a person: the type form names it without （本人）, and its contacts'
// form asks for a person's name.
func TestAnOrganisationIsNotAPerson(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 120, 40)
	wang := findCustomer(t, s, "王建国")
	li := findCustomer(t, s, "李娜")
	for _, tc := range []struct {
		id   int64
		self bool
	}{{wang.ID, false}, {li.ID, true}} {
		openArchive(t, a, tc.id)
		typeText(a, "t")
		f := a.overlay.(*kit.Form)
		names := ""
		for _, ch := range f.Fields[0].Choices {
			names += ch.Name.Zh + " "
		}
		if strings.Contains(names, "本人") != tc.self {
			t.Errorf("customer %d: the people are %q", tc.id, names)
		}
		press(a, tea.KeyEsc)
	}
	openArchive(t, a, wang.ID)
	typeText(a, "c")
	if !strings.Contains(screenText(a), "姓名") || strings.Contains(screenText(a), "姓名/名称") {
		t.Errorf("the contact form does not ask for a person's name:\n%s", screenText(a))
	}
}

// Golden screens of the archive's fields and the forms that enter them, in both languages: the
// profile with address, source, referrer, size and capital; the customer form; an organisation's
// founding day; the log form's next step with a day.
func TestArchiveFieldsGoldenScreens(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s := fixtureBook(t)
		ctx := context.Background()
		wang := findCustomer(t, s, "王建国")
		wang.Address, wang.Source, wang.Size, wang.RegisteredCapital = "江苏省苏州市工业园区星湖街 88 号", "展会", "中", 2000_0000_00
		wang.SetOwnDate(model.MustDate("2008-04-18"))
		if err := s.UpdateCustomer(ctx, &wang); err != nil {
			t.Fatal(err)
		}
		li := findCustomer(t, s, "李娜")
		li.ReferrerID, li.Source = wang.ID, "转介绍"
		if err := s.UpdateCustomer(ctx, &li); err != nil {
			t.Fatal(err)
		}
		a := newTestApp(t, s, lang, w, h)
		openArchive(t, a, wang.ID)
		shot(t, a, screenSize{w, h}, "records_profile_"+name)
		typeText(a, "e")
		for range 17 { // down to the founding day
			press(a, tea.KeyDown)
		}
		shot(t, a, screenSize{w, h}, "records_customerform_"+name)
		press(a, tea.KeyEsc)

		openArchive(t, a, li.ID)
		fillLogForm(a, "电话", "send the quote", "2026-03-17")
		shot(t, a, screenSize{w, h}, "records_lognext_"+name)
	})
}

// fillLogForm opens the log form on the open archive and types the summary, the next step and
// its day.
func fillLogForm(a *App, summary, next, on string) {
	typeText(a, "l")
	typeText(a, summary)
	press(a, tea.KeyTab)
	typeText(a, next)
	press(a, tea.KeyTab)
	typeText(a, on)
}

// End in the archive puts the cursor on its last record (the oldest logged contact or deal, at
// the bottom), in view, and home on its first, with the archive's top in view, as in every list;
// a page down leaves it on a record in view.
func TestArchiveEndAndHomeReachTheLastAndFirstRecord(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, _ string) {
		s, a := fixtureApp(t, lang, sz.w, sz.h)
		m := openArchive(t, a, findCustomer(t, s, "王建国").ID)
		if len(m.Records) < 3 {
			t.Fatalf("the fixture's archive has too few records: %+v", m.Records)
		}
		press(a, tea.KeyEnd)
		if r, ok := m.Selected(); !ok || r != m.Records[len(m.Records)-1] || !m.Visible(r) {
			t.Errorf("end should put the cursor on the last record in view, got %+v of %+v", r, m.Records)
		}
		press(a, tea.KeyHome)
		if r, ok := m.Selected(); !ok || r != m.Records[0] || m.Scroll != 0 {
			t.Errorf("home should show the archive's top with the cursor on the first record, got %+v at line %d", r, m.Scroll)
		}
		press(a, tea.KeyPgDown)
		if r, ok := m.Selected(); !ok || !m.Visible(r) {
			t.Errorf("after a page down the cursor should be on a record in view, got %+v", r)
		}
	})
}
