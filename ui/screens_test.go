package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/ui/kit"
	"guanxi/ui/list"
)

var sizes = []screenSize{{80, 24}, {120, 40}}

func TestGoldenScreens(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		_, a := fixtureApp(t, lang, sz.w, sz.h)
		shot(t, a, sz, "list_"+name)

		press(a, tea.KeyTab)
		shot(t, a, sz, "followup_"+name)

		press(a, tea.KeyEnter)
		shot(t, a, sz, "detail_"+name)

		shotOf(t, a, sz, "l", "logform_"+name)

		shotOf(t, a, sz, "?", "help_"+name)

		press(a, tea.KeyTab) // from the follow-up's detail, tab goes on to the catalog
		shot(t, a, sz, "catalog_"+name)
	})
}

func TestListFiltersAsYouType(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	typeText(a, "王")
	screen := screenText(a)
	if !strings.Contains(screen, "王建国") || strings.Contains(screen, "李娜") {
		t.Errorf("typing 王 should leave only 王建国:\n%s", screen)
	}
	press(a, tea.KeyEsc)
	if screen := screenText(a); !strings.Contains(screen, "李娜") {
		t.Errorf("esc should clear the search:\n%s", screen)
	}
	typeText(a, "0013")
	if screen := screenText(a); !strings.Contains(screen, "王建国") || strings.Contains(screen, "曾志伟") {
		t.Errorf("a phone fragment should find 王建国:\n%s", screen)
	}
}

func TestStaleSearchResultIsDropped(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	l := a.tabs[tabList].(*list.Screen)
	l.Seq = 10
	l.Update(kit.CustomersLoadedMsg{Seq: 10, Rows: []model.Customer{{ID: 1, Name: "新的"}}, Total: 1})
	l.Update(kit.CustomersLoadedMsg{Seq: 9, Rows: []model.Customer{{ID: 2, Name: "旧的"}}, Total: 1})
	if len(l.Rows) != 1 || l.Rows[0].Name != "新的" {
		t.Errorf("an older answer replaced a newer one: %+v", l.Rows)
	}
}

func TestAddCustomerFormKeepsInputOnError(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	press(a, tea.KeyCtrlN)
	if a.overlay == nil {
		t.Fatal("ctrl+n should open the new-customer form")
	}
	press(a, tea.KeyTab) // leave the name empty, type a company
	typeText(a, "深圳宏图")
	save(a)
	formShows(t, a, "a failed save should keep the form, the text and say why", "请填写姓名或名称", "深圳宏图")
	typeText(a, "") // the focus moved to the name field
	typeText(a, "张三")
	save(a)
	formClosed(t, a, "the form should close after saving")
	if screen := screenText(a); !strings.Contains(screen, "张三") || !strings.Contains(screen, "深圳宏图") {
		t.Errorf("the new customer should be in the list:\n%s", screen)
	}
}

func TestLoggingAVisitFromTheChecklistMovesIt(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	press(a, tea.KeyTab)
	before := screenText(a)
	if !strings.Contains(before, "逾期 2 项") || !strings.Contains(before, "逾期 28 天  首次拜访") {
		t.Fatalf("李娜 (never visited) and 王建国 should be overdue, the VIP 王建国 first:\n%s", before)
	}
	press(a, tea.KeyDown)
	typeText(a, "l")
	typeText(a, "谈妥了二季度订单")
	save(a)
	after := screenText(a)
	if !strings.Contains(after, "逾期 1 项") || strings.Contains(after, "首次拜访") {
		t.Errorf("after logging 李娜's visit only 王建国 should be overdue:\n%s", after)
	}
	// 李娜 is a new customer, visited every 14 days: the confirmation names the day.
	if !strings.Contains(after, "已记录 · 下次拜访 03-24（14 天后）") {
		t.Errorf("the status line should confirm with the next visit's day:\n%s", after)
	}
}

func TestUserTextCannotEscape(t *testing.T) {
	_, a := fixtureApp(t, model.En, 80, 24)
	press(a, tea.KeyCtrlN)
	typeText(a, "Evil\x1b]0;pwned\x07\x1b[31mName\u202e")
	save(a)
	view := a.View()
	for _, bad := range []string{"\x1b]", "\x07", "\x1b[31m", "\u202e"} {
		if strings.Contains(view, bad) {
			t.Errorf("the screen holds %q", bad)
		}
	}
}

func TestTaggingFromTheChecklistShowsTheApproach(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	press(a, tea.KeyTab)
	press(a, tea.KeyDown) // 李娜, after the VIP 王建国
	typeText(a, "t")
	if a.overlay == nil {
		t.Fatal("t should open the personality form")
	}
	typeText(a, "犹豫不绝")
	save(a)
	formShows(t, a, "an unknown type should keep the form open and suggest names", "是不是")
	for range []rune("犹豫不绝") {
		press(a, tea.KeyBackspace)
	}
	typeText(a, "犹豫型")
	save(a)
	shownWithoutForm(t, a, "after tagging, the card should show the approach for 犹豫型", "李娜 【犹豫型】", "应对：放慢节奏")
}

func TestOrganisationNamedAfterItselfShowsOnce(t *testing.T) {
	s := fixtureBook(t)
	c := model.Customer{Name: "宁波晟华精密机械", Company: "宁波晟华精密机械", Kind: model.KindOrganisation}
	testbook.AddCustomers(t, s, &c)
	a := newTestApp(t, s, model.Zh, 120, 40)
	for _, line := range strings.Split(screenText(a), "\n") {
		if strings.Contains(line, "宁波晟华") && strings.Count(line, "宁波晟华精密机械") != 1 {
			t.Errorf("the organisation's name should show once in its row: %q", line)
		}
	}
	if !strings.Contains(screenText(a), "宁波晟华精密机械") {
		t.Errorf("the organisation is missing from the list")
	}
}
