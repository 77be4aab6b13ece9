package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/followup"
	"guanxi/ui/kit"
)

// toWang puts the follow-up's cursor on 王建国, whose buyer 周丽 is tagged hesitant.
func toWang(t *testing.T, a *App) *followup.Screen {
	t.Helper()
	m := fuScreen(a)
	fuSelect(t, a, m, func(it model.ChecklistItem) bool { return it.CustomerName == "王建国" })
	return m
}

func TestPlaybookCardGoldenScreens(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		_, a := fixtureApp(t, lang, sz.w, sz.h)
		m := toWang(t, a)
		shot(t, a, sz, "card_"+name)
		it, _ := m.Selected()
		if m.CardPages(it) > 1 {
			typeText(a, "]")
			shot(t, a, sz, "card_page2_"+name)
		}
	})
}

func TestPlaybookCardShowsWhoAndTheAdvice(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	toWang(t, a)
	screen := screenText(a)
	if want := missingFrom(screen, "沟通要点 · 王建国", "周丽 【犹豫型】", "“春季招标时一直拿不定主意”", "应对：放慢节奏"); want != "" {
		t.Errorf("the card should show %q:\n%s", want, screen)
	}
	// Every line of the card fits 80 cells (wrapped by cells, not cut).
	checkScreenSize(t, a, 80, 24)
}

func TestPlaybookCardTurnsPages(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	m := toWang(t, a)
	it, _ := m.Selected()
	pages := m.CardPages(it)
	if pages < 2 {
		t.Fatalf("at 80×24 the card of 王建国 should run over a page, it has %d", pages)
	}
	if !strings.Contains(screenText(a), fmt.Sprintf("[ ] 翻看 1/%d", pages)) {
		t.Errorf("the card should say it has more:\n%s", screenText(a))
	}
	first := screenText(a)
	typeText(a, "]")
	second := screenText(a)
	if second == first || !strings.Contains(second, fmt.Sprintf("2/%d", pages)) {
		t.Errorf("] should show the next page:\n%s", second)
	}
	for i := 0; i < pages+2; i++ {
		typeText(a, "]")
	}
	if !strings.Contains(screenText(a), fmt.Sprintf("%d/%d", pages, pages)) {
		t.Errorf("] should stop at the last page:\n%s", screenText(a))
	}
	for i := 0; i < pages+2; i++ {
		typeText(a, "[")
	}
	if screenText(a) != first {
		t.Errorf("[ should come back to the first page:\n%s", screenText(a))
	}
	typeText(a, "]")
	press(a, tea.KeyDown)
	if screen := screenText(a); !strings.Contains(screen, "沟通要点 · 李娜") || strings.Contains(screen, "2/") {
		t.Errorf("another customer's card starts at its beginning:\n%s", screen)
	}
}

func TestPlaybookCardPromptsForAType(t *testing.T) {
	_, a := fixtureApp(t, model.En, 80, 24)
	press(a, tea.KeyF2)
	press(a, tea.KeyDown) // 李娜, after the VIP 王建国: no type
	screen := screenText(a)
	if !strings.Contains(screen, "No personality type yet. Press t") || !strings.Contains(screen, "Typologies: General, Sales floor") {
		t.Errorf("a person without a type should get a prompt with the typologies:\n%s", screen)
	}
	for _, line := range strings.Split(screen, "\n") {
		if strings.HasSuffix(line, "Buyer") {
			t.Errorf("a typology's name should not be split over two lines: %q", line)
		}
	}
}

func TestDetailPlaybookAndUntag(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 120, 40)
	ctx := context.Background()
	toWang(t, a)
	press(a, tea.KeyEnter)
	screen := screenText(a)
	if want := missingFrom(screen, "周丽 【犹豫型】", "特点：对你和产品都有兴趣", "应对：放慢节奏", "避免：不要催促"); want != "" {
		t.Errorf("the detail's playbook should show %q:\n%s", want, screen)
	}
	wang := findCustomer(t, s, "王建国")
	// A second contact without a type is named with the typologies to choose from.
	ct := model.Contact{CustomerID: wang.ID, Name: "陈工", Title: "技术主管"}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	send(a, kit.BookChangedMsg{Version: 1})
	send(a, kit.BookChangedMsg{Version: 2})
	if screen := screenText(a); !strings.Contains(screen, "还没有性格类型：陈工 · 按 t 设置") || !strings.Contains(screen, "可选分类：通用类型、门店顾客") {
		t.Errorf("an untyped contact should be named with the typologies:\n%s", screen)
	}

	typeText(a, "T")
	formShows(t, a, "T should offer the tags to remove and say the note is kept", "周丽 · 犹豫型", "不会丢失")
	press(a, tea.KeyEnter)
	formClosed(t, a, "enter should remove the tag")
	contacts, _ := s.Contacts(ctx, wang.ID)
	if len(contacts[0].Types) != 0 || contacts[0].Notes != "[犹豫型 / Hesitant] 春季招标时一直拿不定主意" {
		t.Errorf("周丽 after untag: types %v notes %q", contacts[0].Types, contacts[0].Notes)
	}
	screen = screenText(a)
	if !strings.Contains(screen, "已去掉性格类型") || !strings.Contains(screen, "还没有性格类型。按 t 设置，可选") {
		t.Errorf("the detail should show the prompt once nobody has a type:\n%s", screen)
	}
	typeText(a, "T")
	shownWithoutForm(t, a, "T with no tag should say so instead of opening a form", "都还没有性格类型")
}

func TestTagFormUnknownTypeInEnglish(t *testing.T) {
	_, a := fixtureApp(t, model.En, 80, 24)
	press(a, tea.KeyF2)
	typeText(a, "t")
	save(a)
	if !strings.Contains(screenText(a), "type a personality type's name or code") {
		t.Errorf("an empty type should say what to write:\n%s", screenText(a))
	}
	typeText(a, "hesitent")
	save(a)
	if screen := screenText(a); !strings.Contains(screen, `No personality type "hesitent". Did you mean: Hesitant`) {
		t.Errorf("a typo should name the closest types:\n%s", screen)
	}
}

func TestChecklistCarriesTheTagsForTheCard(t *testing.T) {
	s := fixtureBook(t)
	msgs := runCmd(followup.LoadChecklist(s, model.DateOf(testNow), followup.FollowUpDays))
	if len(msgs) != 1 {
		t.Fatalf("loadChecklist answered %d messages", len(msgs))
	}
	msg := msgs[0].(followup.ChecklistLoadedMsg)
	wang := findCustomer(t, s, "王建国")
	tags := msg.Page.Tags[wang.ID]
	if msg.Err != nil || len(tags) != 1 || tags[0].ContactName != "周丽" || tags[0].Note == "" {
		t.Errorf("tags of 王建国 = %+v (%v)", tags, msg.Err)
	}
}
