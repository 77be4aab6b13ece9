package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/analysis"
	"guanxi/ui/detail"
	"guanxi/ui/kit"
)

// classBook is the fixture book with what the analysis and the classes need besides: 王建国 back
// at level "new" though his orders pass the VIP threshold, two complaints of his this year, a
// customer who bought once long ago, and one who left.
func classBook(t *testing.T) *store.Store {
	t.Helper()
	return fixtureBook(t, func(ctx context.Context, s *store.Store) {
		wang := findCustomer(t, s, "王建国")
		zeng := findCustomer(t, s, "曾志伟")
		wang.Level = model.LevelNew
		if err := s.UpdateCustomer(ctx, &wang); err != nil {
			t.Fatal(err)
		}
		for _, on := range []string{"2026-01-05", "2026-02-25"} {
			p := model.Complaint{CustomerID: wang.ID, On: model.MustDate(on), What: "交期又延误了", Severity: 2, GoodFaith: true}
			if err := s.AddComplaint(ctx, &p); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.AddDeal(ctx, &model.Deal{CustomerID: zeng.ID, On: model.MustDate("2025-06-18"), Product: "监护仪", Amount: 120_000_00}); err != nil {
			t.Fatal(err)
		}
		gone := model.Customer{Name: "钱多多", Company: "南京金陵贸易", Level: model.LevelLow}
		testbook.AddCustomers(t, s, &gone)
		if err := s.AddDeal(ctx, &model.Deal{CustomerID: gone.ID, On: model.MustDate("2024-05-06"), Product: "耗材", Amount: 9_800_00}); err != nil {
			t.Fatal(err)
		}
	})
}

func TestAnalysisGoldenScreens(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		a := newTestApp(t, classBook(t), lang, sz.w, sz.h)
		send(a, tea.KeyMsg{Type: tea.KeyF4})
		shot(t, a, sz, "analysis_"+name)
		press(a, tea.KeyEnd)
		shot(t, a, sz, "analysis_end_"+name)
	})
}

func TestAnalysisRowsOpenTheCustomer(t *testing.T) {
	a := newTestApp(t, classBook(t), model.Zh, 80, 24)
	send(a, tea.KeyMsg{Type: tea.KeyF4})
	screen := screenText(a)
	if want := missingFrom(screen, "客户分析", "A/B/C 价值分类", "帕累托", "A类"); want != "" {
		t.Fatalf("the analysis should show %q:\n%s", want, screen)
	}
	an := a.tabs[tabAnalysis].(*analysis.Screen)
	if an.Selected() != 0 {
		t.Fatal("no customer is chosen before a key")
	}
	press(a, tea.KeyEnter) // nothing chosen: nothing opens
	if len(a.stack) != 0 {
		t.Fatal("enter without a chosen customer opened something")
	}
	// Walk down to the customers who complained more than once: 王建国.
	for range 200 {
		press(a, tea.KeyDown)
		if an.Selected() != 0 && strings.Contains(an.Lines[an.Stops[an.Cursor]], "王建国") &&
			an.Stops[an.Cursor] > indexOf(an.Lines, "投诉不止一次") {
			break
		}
	}
	if !strings.Contains(screenText(a), "▸ 王建国") {
		t.Fatalf("the cursor should rest on 王建国 among the complainers:\n%s", screenText(a))
	}
	press(a, tea.KeyEnter)
	if len(a.stack) != 1 || !strings.Contains(screenText(a), "苏州恒达精密机械有限公司") {
		t.Fatalf("enter should open 王建国's archive:\n%s", screenText(a))
	}
	press(a, tea.KeyEsc)
	if len(a.stack) != 0 || !strings.Contains(screenText(a), "▸ 王建国") {
		t.Errorf("esc should come back to the analysis with the cursor kept:\n%s", screenText(a))
	}
}

func indexOf(lines []string, part string) int {
	for i, l := range lines {
		if strings.Contains(ansi.Strip(l), part) {
			return i
		}
	}
	return -1
}

func TestAnalysisIsInTheTabCycle(t *testing.T) {
	a := newTestApp(t, fixtureBook(t), model.En, 80, 24)
	var titles []string
	for range 4 {
		press(a, tea.KeyTab)
		titles = append(titles, a.tabs[a.active].Title())
	}
	if strings.Join(titles, ",") != "Follow-up,Personality types,Analysis,Customers" {
		t.Errorf("tab goes %v", titles)
	}
	if !strings.Contains(strings.Split(screenText(a), "\n")[0], "Analysis") {
		t.Errorf("the header names the analysis tab:\n%s", screenText(a))
	}
}

func TestThresholdsFormKeepsInputOnError(t *testing.T) {
	s := classBook(t)
	a := newTestApp(t, s, model.Zh, 80, 24)
	send(a, tea.KeyMsg{Type: tea.KeyF4})
	typeText(a, "e")
	formShows(t, a, "e should open the thresholds", "分类门槛")
	// The first field is A's percent: a word is refused with what to write.
	for range 3 {
		press(a, tea.KeyBackspace)
	}
	typeText(a, "五")
	save(a)
	formShows(t, a, "a word for a percent should be refused", "格式不对，应填百分比")
	press(a, tea.KeyBackspace)
	// Make it 60 with B at 50, together over 100%.
	typeText(a, "60")
	press(a, tea.KeyTab)
	for range 3 {
		press(a, tea.KeyBackspace)
	}
	typeText(a, "50")
	save(a)
	formShows(t, a, "a bad pair of percents should keep the form and say why", "A类加B类不能超过 100%", "60")
	for range 2 {
		press(a, tea.KeyBackspace)
	}
	typeText(a, "15")
	save(a)
	formClosed(t, a, "the form should close once saved")
	cs, err := s.ClassSettings(context.Background())
	if err != nil || cs.APercent != 60 || cs.BPercent != 15 {
		t.Errorf("saved %+v, %v", cs, err)
	}
	if !strings.Contains(screenText(a), "A类前 60%") {
		t.Errorf("the analysis should reload with the new thresholds:\n%s", screenText(a))
	}
}

func TestDetailShowsClassesAndTakesTheSuggestion(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		s := classBook(t)
		a := newTestApp(t, s, lang, sz.w, sz.h)
		openDetail(a, "王建国")
		d := a.top().(*detail.Screen)
		d.Scroll = indexOf(d.Lines, map[model.Lang]string{model.Zh: "分类", model.En: "Classification"}[lang]) - 1
		d.ClampScroll()
		shot(t, a, sz, "classes_detail_"+name)
		typeText(a, "a")
		cu := findCustomer(t, s, "王建国")
		if cu.Level != model.LevelVIP {
			t.Fatalf("a should take the suggested level VIP, level is %s", cu.Level)
		}
		screen := screenText(a)
		if lang == model.Zh && !strings.Contains(screen, "已采纳建议级别") {
			t.Errorf("the status line should confirm:\n%s", screen)
		}
		d = a.top().(*detail.Screen)
		at := indexOf(d.Lines, map[model.Lang]string{model.Zh: "级别调整", model.En: "Level "}[lang])
		if at < 0 || !strings.Contains(d.Lines[at], map[model.Lang]string{model.Zh: "新客户 → VIP客户", model.En: "New → VIP"}[lang]) {
			t.Errorf("the timeline should show the change:\n%s", strings.Join(d.Lines, "\n"))
		}
		typeText(a, "a")
		if screen := screenText(a); lang == model.Zh && !strings.Contains(screen, "没有需要采纳的级别建议") {
			t.Errorf("a second a has nothing to take:\n%s", screen)
		}
	})
}

func TestListQueryHintsAndSavedLists(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		s := classBook(t)
		a := newTestApp(t, s, lang, sz.w, sz.h)
		typeText(a, "level:")
		if screen := screenText(a); !strings.Contains(screen, "strategic") || !strings.Contains(screen, "vip") {
			t.Fatalf("after a field the levels should be offered:\n%s", screen)
		}
		for range len("level:") {
			press(a, tea.KeyBackspace)
		}
		typeText(a, "levle:vip")
		shot(t, a, sz, "query_error_"+name)
		if screen := screenText(a); !strings.Contains(screen, "^") || !strings.Contains(screen, "level?") && !strings.Contains(screen, "level？") {
			t.Fatalf("a mistyped field should be pointed at:\n%s", screen)
		}
		for range len("levle:vip") {
			press(a, tea.KeyBackspace)
		}
		typeText(a, "orders_12m>100万 or company:广州")
		shot(t, a, sz, "query_ok_"+name)
		screen := screenText(a)
		if !strings.Contains(screen, "王建国") || !strings.Contains(screen, "曾志伟") || strings.Contains(screen, "李娜") {
			t.Fatalf("the query should keep 王建国 and 曾志伟:\n%s", screen)
		}
		save(a)
		if a.overlay == nil {
			t.Fatal("ctrl+s should ask for a name")
		}
		typeText(a, "大客户")
		save(a)
		formClosed(t, a, "the list should be saved")
		if n, err := s.CountSegment(context.Background(), "大客户"); err != nil || n != 2 {
			t.Fatalf("saved list holds %d, %v", n, err)
		}
		screen = screenText(a)
		if !strings.Contains(screen, "大客户") || strings.Contains(screen, "李娜") {
			t.Errorf("the list should keep to the saved list:\n%s", screen)
		}
		press(a, tea.KeyEsc)
		if screen := screenText(a); !strings.Contains(screen, "李娜") {
			t.Errorf("esc should leave the saved list:\n%s", screen)
		}
		send(a, tea.KeyMsg{Type: tea.KeyCtrlG})
		shot(t, a, sz, "segments_"+name)
		press(a, tea.KeyDown)
		press(a, tea.KeyEnter)
		if screen := screenText(a); a.overlay != nil || strings.Contains(screen, "李娜") || !strings.Contains(screen, "王建国") {
			t.Errorf("choosing the saved list should keep to it:\n%s", screen)
		}
		send(a, tea.KeyMsg{Type: tea.KeyCtrlG})
		press(a, tea.KeyDown)
		send(a, tea.KeyMsg{Type: tea.KeyCtrlX})
		if _, err := s.CountSegment(context.Background(), "大客户"); err != nil {
			t.Fatal("one ctrl+x only asks")
		}
		send(a, tea.KeyMsg{Type: tea.KeyCtrlX})
		if _, err := s.CountSegment(context.Background(), "大客户"); err == nil {
			t.Error("a second ctrl+x deletes")
		}
		press(a, tea.KeyEsc)
		if screen := screenText(a); !strings.Contains(screen, "李娜") {
			t.Errorf("after deleting the list in use, the list shows everyone:\n%s", screen)
		}
	})
}

func TestAnalysisStaleLoadIsDropped(t *testing.T) {
	a := newTestApp(t, fixtureBook(t), model.Zh, 80, 24)
	an := a.tabs[tabAnalysis].(*analysis.Screen)
	an.Seq = 5
	an.Update(analysis.AnalysisLoadedMsg{Seq: 5, R: &model.Report{Customers: 7}})
	an.Update(analysis.AnalysisLoadedMsg{Seq: 4, R: &model.Report{Customers: 9}})
	if an.R.Customers != 7 {
		t.Errorf("an older report replaced the newer one: %d", an.R.Customers)
	}
}

func TestBlockBar(t *testing.T) {
	cases := map[float64]string{0: "", -1: "", 0.5: "█████", 1: "██████████", 2: "██████████", 0.05: "▌", 0.0125: "▏"}
	for share, want := range cases {
		if got := analysis.BlockBar(share, 10); got != want {
			t.Errorf("blockBar(%v) = %q, want %q", share, got, want)
		}
	}
	if kit.Width(analysis.BlockBar(0.37, 20)) > 20 {
		t.Error("a bar stays in its width")
	}
}

// A large book's counts of customers stand whole in the analysis at every size, the bars giving
// way to them: 80000 位, not 80000….
func TestAnalysisCountsOfALargeBookStandWhole(t *testing.T) {
	eachScreenAt(t, longSizes, func(t *testing.T, lang model.Lang, sz screenSize, _ string) {
		a := newTestApp(t, fixtureBook(t), lang, sz.w, sz.h)
		an := a.tabs[tabAnalysis].(*analysis.Screen)
		an.Seq = 9
		r := &model.Report{Customers: 100000, Revenue: 53040000000,
			ABC: [3]model.ABCShare{{Class: "A", Customers: 5003, Revenue: 27900000000},
				{Class: "B", Customers: 14997, Revenue: 22620000000}, {Class: "C", Customers: 80000, Revenue: 2520000000}},
			Tenure: model.TenureSplit{Old: 164886, New: 10031, None: 25083, OldRevenue: 43040000000, NewRevenue: 10000000000}}
		an.Update(analysis.AnalysisLoadedMsg{Seq: 9, R: r})
		an.SetSize(sz.w, sz.h*4) // the whole page at once
		screen := an.View()
		for _, n := range []int{5003, 14997, 80000, 164886, 10031, 25083} {
			want := fmt.Sprintf(kit.Texts.Analysis.People.In(lang), n)
			if !strings.Contains(screen, want) {
				t.Errorf("the analysis should show %q whole:\n%s", want, screen)
			}
		}
		for _, l := range strings.Split(screen, "\n") {
			if kit.Width(l) > sz.w {
				t.Errorf("a line wider than the screen (%d > %d): %q", kit.Width(l), sz.w, l)
			}
		}
	})
}
