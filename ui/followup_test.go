package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/followup"
	"guanxi/ui/kit"
)

// fuBook is the fixture book with the rest of the follow-up work around 2026-03-10: a birthday of a
// contact, a holiday, a weekly reminder, a complaint whose promise is broken and one in bad faith,
// and a payment due.
func fuBook(t *testing.T) *store.Store {
	t.Helper()
	return fixtureBook(t, func(ctx context.Context, s *store.Store) {
		wang, li, zeng := findCustomer(t, s, "王建国"), findCustomer(t, s, "李娜"), findCustomer(t, s, "曾志伟")
		contacts, err := s.Contacts(ctx, wang.ID)
		if err != nil || len(contacts) == 0 {
			t.Fatalf("contacts of 王建国: %v", err)
		}
		zhou := contacts[0]
		zhou.Birthday = model.MustDate("1988-03-12")
		if err := s.UpdateContact(ctx, &zhou); err != nil {
			t.Fatal(err)
		}
		if err := s.SetHolidays(ctx, []model.Holiday{{Name: model.Text{Zh: "植树节", En: "Arbor Day"}, Days: []model.HolidayDate{{M: 3, D: 12}}}}); err != nil {
			t.Fatal(err)
		}
		weekly := model.Reminder{CustomerID: li.ID, DueOn: model.MustDate("2026-03-10"), Kind: model.ReminderCall, Note: "周报电话",
			Repeat: model.Repeat{Every: 1, Unit: model.RepeatWeeks}}
		if err := s.AddReminder(ctx, &weekly); err != nil {
			t.Fatal(err)
		}
		for _, p := range []model.Complaint{
			{CustomerID: wang.ID, On: model.MustDate("2026-03-03"), What: "交货晚了三天，影响产线", Severity: 3, GoodFaith: true,
				Handler: "小陈", ReplyBy: model.MustDate("2026-03-08")},
			{CustomerID: li.ID, On: model.MustDate("2026-03-09"), What: "要求无理由全额退款", Severity: 1, GoodFaith: false,
				ReplyBy: model.MustDate("2026-03-11")},
		} {
			if err := s.AddComplaint(ctx, &p); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.AddDeal(ctx, &model.Deal{CustomerID: zeng.ID, On: model.MustDate("2026-02-10"), Product: "监护仪", Amount: 48_000_00,
			CreditDueOn: model.MustDate("2026-03-13"), Paid: 8_000_00}); err != nil {
			t.Fatal(err)
		}
	})
}

// shownItems returns the items of the checklist read so far, in its order: on a small book, all.
func shownItems(m *followup.Screen) []model.ChecklistItem {
	var out []model.ChecklistItem
	for i := range m.Count() {
		if it, ok := m.Item(i); ok {
			out = append(out, it)
		}
	}
	return out
}

// fuApp is the app over a fresh fuBook, in lang on a w×h terminal, showing the follow-up; and the
// book and the follow-up screen.
func fuApp(t *testing.T, lang model.Lang, w, h int) (*store.Store, *App, *followup.Screen) {
	t.Helper()
	s := fuBook(t)
	a := newTestApp(t, s, lang, w, h)
	return s, a, fuScreen(a)
}

// fuScreen switches to the follow-up view and returns it.
func fuScreen(a *App) *followup.Screen {
	press(a, tea.KeyF2)
	return a.tabs[tabFollowUp].(*followup.Screen)
}

// fuSelect moves the follow-up's cursor to the first item that matches, or fails.
func fuSelect(t *testing.T, a *App, m *followup.Screen, match func(model.ChecklistItem) bool) model.ChecklistItem {
	t.Helper()
	press(a, tea.KeyHome)
	for i := 0; i <= m.Count(); i++ {
		if it, ok := m.Selected(); ok && match(it) {
			return it
		}
		press(a, tea.KeyDown)
	}
	t.Fatalf("no such item on the checklist:\n%s", screenText(a))
	return model.ChecklistItem{}
}

// liWeekly matches 李娜's weekly reminder.
func liWeekly(it model.ChecklistItem) bool { return it.ReminderID != 0 && it.CustomerName == "李娜" }

func ofKind(kind model.ItemKind, name string) func(model.ChecklistItem) bool {
	return func(it model.ChecklistItem) bool { return it.Kind == kind && it.CustomerName == name }
}

func TestFollowUpGoldenScreens(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		_, a, m := fuApp(t, lang, sz.w, sz.h)
		shot(t, a, sz, "fu_day_"+name)

		typeText(a, "v")
		shot(t, a, sz, "fu_customer_"+name)
		typeText(a, "v")

		fuSelect(t, a, m, ofKind(model.ItemVisit, "王建国"))
		shotOf(t, a, sz, "s", "fu_snooze_"+name)

		fuSelect(t, a, m, func(it model.ChecklistItem) bool { return it.CustomerID == 0 })
		shot(t, a, sz, "fu_holiday_"+name)

		shotOf(t, a, sz, "p", "fu_settings_"+name)

		fuSelect(t, a, m, ofKind(model.ItemComplaint, "王建国"))
		press(a, tea.KeyEnter)
		typeText(a, "G")
		shot(t, a, sz, "fu_detail_"+name)

		shotOf(t, a, sz, "p", "fu_planform_"+name)
		shotOf(t, a, sz, "!", "fu_complaintform_"+name)
		shotOf(t, a, sz, "$", "fu_paymentform_"+name)
	})
}

func TestChecklistShowsEveryKindAndWhy(t *testing.T) {
	_, a, _ := fuApp(t, model.Zh, 120, 40)
	screen := screenText(a)
	for _, want := range []string{
		// Every count exact; a greeting before its day is listed today and is not late; a broken
		// promise comes first, then the VIP; a visit row shows the last visit.
		"今日跟进 (6)", "今日 3 项 · 逾期 3 项 · 共 9 项", "已逾期", "今天 周二", "明天 2026-03-11 周三", "2026-03-13 周五",
		"▸ 逾期 2 天   投诉回复", "逾期 28 天  首次拜访", "2 天后节日  节日问候", "植树节 03-12，给客户送上问候",
		"2 天后生日  生日", "3 天后      收款", "上次拜访 02-26", "从未拜访",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("the checklist should show %q:\n%s", want, screen)
		}
	}
	// Grouped by customer, why each item is due has the whole width.
	typeText(a, "v")
	screen = screenText(a)
	for _, want := range []string{
		"按计划每 7 天拜访一次", "周报电话 · 每周", "周丽 生日 03-12", "植树节 03-12，给客户送上问候",
		"[严重] 交货晚了三天，影响产线 · 经办 小陈 · 已失约：答复期限 2026-03-08",
		"[轻微] 要求无理由全额退款 · 疑似恶意 · 答复期限 2026-03-11", "监护仪 · 欠款 ¥40,000",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("by customer the checklist should show %q:\n%s", want, screen)
		}
	}
}

func TestGroupingByCustomerKeepsTheCursor(t *testing.T) {
	_, a, m := fuApp(t, model.Zh, 80, 24)
	want := fuSelect(t, a, m, ofKind(model.ItemPayment, "曾志伟"))
	typeText(a, "v")
	if got, _ := m.Selected(); !followup.SameItem(got, want) {
		t.Errorf("after grouping by customer the cursor is on %+v, want %+v", got, want)
	}
	screen := screenText(a)
	if !strings.Contains(screen, "王建国 · 恒达精密机械  VIP客户  上次 2026-02-26 (3)") {
		t.Errorf("王建国's heading should count his three items:\n%s", screen)
	}
	typeText(a, "v")
	if got, _ := m.Selected(); !followup.SameItem(got, want) {
		t.Errorf("back by day the cursor is on %+v", got)
	}
}

func TestDoneOnEachKind(t *testing.T) {
	_, a, m := fuApp(t, model.Zh, 100, 30)
	count := func(match func(model.ChecklistItem) bool) int {
		n := 0
		for _, it := range shownItems(m) {
			if match(it) {
				n++
			}
		}
		return n
	}
	// done presses x, done, on the first item that matches.
	done := func(match func(model.ChecklistItem) bool) {
		fuSelect(t, a, m, match)
		typeText(a, "x")
	}
	// saveAndLeave saves the open form, which should close, and the item that matches leave.
	saveAndLeave := func(why string, match func(model.ChecklistItem) bool) {
		save(a)
		if a.overlay != nil || count(match) != 0 {
			t.Errorf("%s:\n%s", why, screenText(a))
		}
	}

	// A repeating reminder moves on a week.
	done(liWeekly)
	if !strings.Contains(screenText(a), "提醒已完成 · 下次 03-17") {
		t.Errorf("done should be confirmed with the reminder's next turn:\n%s", screenText(a))
	}
	if n := count(liWeekly); n != 1 {
		t.Fatalf("the weekly reminder should still be listed once, got %d", n)
	}
	for _, it := range shownItems(m) {
		if liWeekly(it) && it.DueOn != model.MustDate("2026-03-17") {
			t.Errorf("the weekly reminder should move to 2026-03-17, got %v", it.DueOn)
		}
	}

	// A greeting is marked sent.
	done(func(it model.ChecklistItem) bool { return it.Due.Person == "周丽" })
	if n := count(func(it model.ChecklistItem) bool { return it.Due.Person == "周丽" }); n != 0 {
		t.Errorf("周丽's birthday should leave once greeted")
	}

	// A complaint opens the resolve form; an empty outcome is refused and the form stays.
	done(ofKind(model.ItemComplaint, "王建国"))
	formShows(t, a, "x on a complaint should open the resolve form", "解决投诉")
	save(a)
	formShows(t, a, "an empty outcome should be refused", "请写下处理结果")
	typeText(a, "补发并致歉，客户接受")
	saveAndLeave("the resolved complaint should leave", ofKind(model.ItemComplaint, "王建国"))

	// A payment opens the payment form with what is owed on that deal; too much is refused.
	done(ofKind(model.ItemPayment, "曾志伟"))
	formShows(t, a, "x on a payment should open the form with ¥40,000", "记录收款", "40000")
	retype(a, "50000")
	save(a)
	formShows(t, a, "a payment above the balance should be refused", "收款不能超过欠款")
	retype(a, "4万")
	saveAndLeave("the paid deal should leave", ofKind(model.ItemPayment, "曾志伟"))

	// A planned visit opens the log form on a visit.
	done(ofKind(model.ItemVisit, "王建国"))
	f, ok := a.overlay.(*kit.Form)
	if !ok || f.Values()["channel"] != string(model.ChannelVisit) {
		t.Fatalf("x on a planned visit should open the log form on a visit:\n%s", screenText(a))
	}
	typeText(a, "谈了补货")
	save(a)
	if n := count(func(it model.ChecklistItem) bool {
		return it.IsPlanned() && it.CustomerName == "王建国" && it.OverdueDays > 0
	}); n != 0 {
		t.Errorf("王建国's visit should no longer be overdue")
	}
}

func TestSnoozingAPlannedVisitFromTheChecklist(t *testing.T) {
	_, a, m := fuApp(t, model.Zh, 80, 24)
	fuSelect(t, a, m, ofKind(model.ItemVisit, "王建国"))
	typeText(a, "s")
	if a.overlay == nil {
		t.Fatal("s should open the snooze form")
	}
	// Pick a date, type one in the past: refused, the form stays with what was typed.
	for range 3 {
		press(a, tea.KeyRight)
	}
	press(a, tea.KeyTab)
	typeText(a, "2026-03-01")
	save(a)
	formShows(t, a, "a day in the past should be refused", "推迟到的日子须在今天之后", "2026-03-01")
	retype(a, "+3d")
	save(a)
	formClosed(t, a, "the snooze should save")
	var got model.ChecklistItem
	for _, it := range shownItems(m) {
		if ofKind(model.ItemVisit, "王建国")(it) {
			got = it
		}
	}
	if got.DueOn != model.MustDate("2026-03-13") || got.Due.PutOff != model.MustDate("2026-03-05") {
		t.Errorf("王建国's visit should be due 2026-03-13, put off from 2026-03-05: %+v", got)
	}
	if screen := screenText(a); !strings.Contains(screen, "已从 2026-03-05 推迟") && !strings.Contains(screen, "已推迟") {
		t.Errorf("the row should say it was put off:\n%s", screen)
	}
	if screen := screenText(a); !strings.Contains(screen, "已推迟到 03-13（周五）") {
		t.Errorf("the confirmation should name the day and its weekday:\n%s", screen)
	}
}

func TestKeysThatDoNotApplySayWhy(t *testing.T) {
	_, a, m := fuApp(t, model.Zh, 80, 24)
	cases := []struct {
		match func(model.ChecklistItem) bool
		key   string
		want  string
	}{
		{ofKind(model.ItemComplaint, "王建国"), "s", "答复期限是对客户的承诺"},
		{ofKind(model.ItemPayment, "曾志伟"), "s", "还款日是合同约定的"},
		{func(it model.ChecklistItem) bool { return it.Due.Person == "周丽" }, "s", "生日和节日不能推迟"},
		{ofKind(model.ItemVisit, "王建国"), "D", "只有手动提醒可以删除"},
		{ofKind(model.ItemVisit, "王建国"), "e", "只有手动提醒可以改期"},
		{func(it model.ChecklistItem) bool { return it.CustomerID == 0 }, "l", "节日问候不属于某一位客户"},
		{func(it model.ChecklistItem) bool { return it.CustomerID == 0 }, "enter", "节日问候不属于某一位客户"},
		{ofKind(model.ItemVisit, "王建国"), "u", "没有可撤销的删除"},
	}
	for _, c := range cases {
		fuSelect(t, a, m, c.match)
		if c.key == "enter" {
			press(a, tea.KeyEnter)
		} else {
			typeText(a, c.key)
		}
		if screen := screenText(a); a.overlay != nil || len(a.stack) > 0 || !strings.Contains(screen, c.want) {
			t.Errorf("%s should say %q:\n%s", c.key, c.want, screen)
		}
	}
}

func TestDeleteRescheduleAndUndo(t *testing.T) {
	_, a, m := fuApp(t, model.En, 80, 24)
	fuSelect(t, a, m, liWeekly)
	typeText(a, "e")
	retype(a, "2026-03-09")
	save(a)
	formShows(t, a, "a reschedule into the past should be refused", "cannot be moved into the past")
	retype(a, "2026-03-14")
	save(a)
	it := fuSelect(t, a, m, liWeekly)
	if it.DueOn != model.MustDate("2026-03-14") {
		t.Fatalf("the reminder should be on 2026-03-14, got %v", it.DueOn)
	}
	typeText(a, "D")
	if screen := screenText(a); !strings.Contains(screen, "press u to undo") {
		t.Errorf("the delete should offer undo:\n%s", screen)
	}
	for _, it := range shownItems(m) {
		if liWeekly(it) {
			t.Fatal("the deleted reminder is still listed")
		}
	}
	typeText(a, "u")
	back := fuSelect(t, a, m, liWeekly)
	if back.DueOn != model.MustDate("2026-03-14") || back.Due.Repeat.IsZero() {
		t.Errorf("the restored reminder should be as it was: %+v", back)
	}
}

func TestPlanSettingsScreen(t *testing.T) {
	s, a, _ := fuApp(t, model.Zh, 80, 24)
	typeText(a, "p")
	if len(a.stack) != 1 || !strings.Contains(screenText(a), "各级别的拜访计划") {
		t.Fatalf("p should open the plan settings:\n%s", screenText(a))
	}
	// VIP: every 10 days instead of 7.
	press(a, tea.KeyDown)
	press(a, tea.KeyEnter)
	retype(a, "abc")
	save(a)
	formShows(t, a, "a bad interval should be refused", "间隔写天数")
	retype(a, "10")
	save(a)
	if screen := screenText(a); !strings.Contains(screen, "VIP客户      每 10 天") {
		t.Errorf("the VIP row should say every 10 days:\n%s", screen)
	}
	plans, _ := s.Plans(context.Background())
	if plans[model.LevelVIP].VisitEveryDays != 10 {
		t.Errorf("VIP plan %+v", plans[model.LevelVIP])
	}
	// Add a holiday, then remove it and bring it back.
	typeText(a, "a")
	typeText(a, "中秋节")
	press(a, tea.KeyTab)
	typeText(a, "2026-09-25, 2027-02-30")
	save(a)
	formShows(t, a, "a bad holiday date should be refused", "日期格式不对")
	for range len([]rune("2027-02-30")) {
		press(a, tea.KeyBackspace)
	}
	typeText(a, "2027-09-15")
	save(a)
	if screen := screenText(a); !strings.Contains(screen, "中秋节") || !strings.Contains(screen, "2026-09-25、2027-09-15") {
		t.Fatalf("the new holiday should be listed:\n%s", screen)
	}
	typeText(a, "G")
	press(a, tea.KeyUp) // the last holiday, above the working-day setting
	typeText(a, "D")
	if screen := screenText(a); strings.Contains(screen, "2026-09-25") || !strings.Contains(screen, "按 u 撤销") {
		t.Errorf("D should remove the holiday and offer undo:\n%s", screen)
	}
	typeText(a, "u")
	if hs, _ := s.Holidays(context.Background()); len(hs) != 2 {
		t.Errorf("undo should bring the holiday back: %+v", hs)
	}
	// The greeting lead.
	press(a, tea.KeyHome)
	for range len(model.Levels()) {
		press(a, tea.KeyDown)
	}
	press(a, tea.KeyEnter)
	retype(a, "5")
	save(a)
	if n, _ := s.GreetingLeadDays(context.Background()); n != 5 || !strings.Contains(screenText(a), "提前 5 天") {
		t.Errorf("the lead should be 5 days (%d):\n%s", n, screenText(a))
	}
	press(a, tea.KeyEsc)
	if len(a.stack) != 0 {
		t.Error("esc should go back to the checklist")
	}
}

func TestDetailPlanComplaintAndPayment(t *testing.T) {
	_, a, m := fuApp(t, model.Zh, 100, 40)
	fuSelect(t, a, m, ofKind(model.ItemPayment, "曾志伟"))
	press(a, tea.KeyEnter)
	if len(a.stack) != 1 {
		t.Fatal("enter should open 曾志伟")
	}
	// A plan of their own: every 3 weeks.
	typeText(a, "p")
	press(a, tea.KeyRight)
	press(a, tea.KeyTab)
	retype(a, "3w")
	save(a)
	shownWithoutForm(t, a, "the detail should show the plan of their own", "本客户自定 · 每 21 天拜访一次 · 下次拜访 2026-03-26")
	// Pause it.
	typeText(a, "p")
	press(a, tea.KeyRight)
	save(a)
	if screen := screenText(a); !strings.Contains(screen, "已暂停") || strings.Contains(screen, "下次拜访") {
		t.Errorf("a paused plan shows no next visit:\n%s", screen)
	}
	// A complaint: the empty one is refused, then recorded and resolved.
	typeText(a, "!")
	save(a)
	formShows(t, a, "an empty complaint should be refused", "请写下投诉内容")
	typeText(a, "样机外观有划痕")
	save(a)
	typeText(a, "G")
	if screen := screenText(a); !strings.Contains(screen, "样机外观有划痕") || !strings.Contains(screen, "处理中") {
		t.Errorf("the complaint should be in the history:\n%s", screen)
	}
	typeText(a, "R")
	typeText(a, "换了新样机")
	save(a)
	if screen := screenText(a); !strings.Contains(screen, "已解决") || !strings.Contains(screen, "2026-03-10 解决：换了新样机") {
		t.Errorf("the resolved complaint should show its outcome:\n%s", screen)
	}
	typeText(a, "R")
	if !strings.Contains(screenText(a), "没有待处理的投诉") {
		t.Errorf("R with no open complaint should say so:\n%s", screenText(a))
	}
	// A part payment moves the balance.
	typeText(a, "$")
	retype(a, "15000")
	save(a)
	if screen := screenText(a); !strings.Contains(screen, "欠款合计 ¥25,000") || !strings.Contains(screen, "收款 ¥15,000 · 监护仪") {
		t.Errorf("the balance should be ¥25,000 after ¥15,000:\n%s", screen)
	}
}

func TestRepeatingReminderFromTheForm(t *testing.T) {
	_, a, m := fuApp(t, model.Zh, 80, 24)
	fuSelect(t, a, m, ofKind(model.ItemVisit, "王建国"))
	typeText(a, "r")
	for range 3 {
		press(a, tea.KeyTab)
	}
	typeText(a, "每两周")
	save(a)
	formShows(t, a, "a repeat it cannot read should be refused", "重复写法")
	retype(a, "2w")
	save(a)
	formClosed(t, a, "the reminder should save")
	found := false
	for _, it := range shownItems(m) {
		if it.ReminderID != 0 && it.CustomerName == "王建国" && it.Due.Repeat == (model.Repeat{Every: 2, Unit: model.RepeatWeeks}) {
			found = true
		}
	}
	if !found {
		t.Errorf("the repeating reminder should be on the checklist: %+v", shownItems(m))
	}
}

// TestSnoozeToTomorrowIsTwoKeys: s then enter puts the item off to tomorrow; the date field shows,
// and is stepped through, only when "a date" is chosen.
func TestSnoozeToTomorrowIsTwoKeys(t *testing.T) {
	_, a, m := fuApp(t, model.En, 80, 24)
	fuSelect(t, a, m, ofKind(model.ItemVisit, "王建国"))
	typeText(a, "s")
	if screen := screenText(a); a.overlay == nil || strings.Contains(screen, "2026-12-10") {
		t.Fatalf("the snooze form should open without a date field:\n%s", screen)
	}
	for range 3 {
		press(a, tea.KeyRight) // tomorrow → +3 days → next week → a date
	}
	if screen := screenText(a); !strings.Contains(screen, "2026-12-10") {
		t.Fatalf("choosing a date should show its field:\n%s", screen)
	}
	press(a, tea.KeyRight) // back to tomorrow
	press(a, tea.KeyEnter)
	formClosed(t, a, "enter on the choice should put it off to tomorrow")
	found := false
	for _, it := range shownItems(m) {
		if ofKind(model.ItemVisit, "王建国")(it) {
			found = true
			if it.DueOn != model.MustDate("2026-03-11") {
				t.Errorf("王建国's visit should be due tomorrow, 2026-03-11: %+v", it)
			}
		}
	}
	if !found {
		t.Error("王建国's visit put off to tomorrow should still be on the checklist of the next days")
	}
}

// TestHelpSaysTheChecklistsOrder: ? on the follow-up says what order the items are in.
func TestHelpSaysTheChecklistsOrder(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, _ string) {
		_, a, _ := fuApp(t, lang, sz.w, sz.h)
		typeText(a, "?")
		want := map[model.Lang]string{model.Zh: "排序：逾期的在前", model.En: "Order: overdue first"}[lang]
		if !strings.Contains(screenText(a), want) {
			t.Errorf("the help should say the order (%q):\n%s", want, screenText(a))
		}
		checkScreenSize(t, a, sz.w, sz.h)
	})
}
