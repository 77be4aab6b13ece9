package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/wording"
)

// longNote is a reminder's text longer than any row: it takes three lines at 80 columns.
const longNote = "确认CK6150交货时间，并把新报价单和付款条件一起发给采购部的周经理审核，下周一前回复客户"

// longEnglishNote is one in English, which breaks at spaces.
const longEnglishNote = "Confirm the CK6150 delivery date, then send the new quote with the payment terms to Mr Zhou in purchasing"

// TestLongReasonsReadInFull: why an item is due — a long reminder, a broken complaint promise —
// can be read whole at every width, in both languages, however long the company's name: it wraps
// over the lines it needs, in its column, and is not cut at the edge of its second line.
func TestLongReasonsReadInFull(t *testing.T) {
	eachScreenAt(t, longSizes, func(t *testing.T, lang model.Lang, sz screenSize, _ string) {
		s := fuBook(t)
		ctx := context.Background()
		for _, r := range []struct{ name, company, note string }{
			{"欧阳建国", "上海浦东新区华东精密机械制造股份有限公司", longNote},
			{"Anna Smith", "Acme Trading", longEnglishNote},
		} {
			c, err := s.FindCustomer(ctx, r.name)
			if err != nil {
				c = model.Customer{Name: r.name, Company: r.company, Level: model.LevelVIP}
				testbook.AddCustomers(t, s, &c)
			}
			remindToday(t, s, c.ID, model.ReminderOther, r.note)
		}
		a := newTestApp(t, s, lang, sz.w, sz.h)
		m := fuScreen(a)
		for _, match := range []func(model.ChecklistItem) bool{
			ofKind(model.ItemComplaint, "王建国"),
			ofKind(model.ItemCustom, "欧阳建国"),
			ofKind(model.ItemCustom, "Anna Smith"),
		} {
			it := fuSelect(t, a, m, match)
			want := wording.Why(&it, lang, model.DateOf(testNow))
			level := model.NameOf(model.LevelCodes(), string(it.Level), lang)
			got := reasonOnScreen(strings.Split(screenText(a), "\n"), want, level)
			if squeeze(got) != squeeze(want) {
				t.Errorf("the reason of %s's %s should read whole:\nwant %q\n got %q\n%s", it.CustomerName, it.Kind, want, got, screenText(a))
			}
		}
		checkScreenSize(t, a, sz.w, sz.h)
	})
}

// squeeze drops the spaces of a text, where a line may have broken.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// reasonOnScreen reads the reason of the item under the cursor off the screen as a person would:
// from where it begins (on the item's line or the one below), down the item's lines, in its column,
// which ends on the first line where the level's column begins.
func reasonOnScreen(screen []string, reason, level string) string {
	top := -1
	for i, l := range screen {
		if strings.Contains(l, "▸") {
			top = i
			break
		}
	}
	if top < 0 {
		return ""
	}
	prefix := string([]rune(reason)[:4])
	start, col := -1, 0
	for i := top; i < min(top+2, len(screen)); i++ {
		if k := strings.Index(screen[i], prefix); k >= 0 {
			start, col = i, ansi.StringWidth(screen[i][:k])
			break
		}
	}
	if start < 0 {
		return ""
	}
	first := ansi.Cut(screen[start], col, 1000)
	if k := strings.Index(first, " "+level+" "); k >= 0 {
		first = first[:k]
	}
	// The lines below that belong to the item: their columns before the name are blank.
	var more []string
	for _, l := range screen[start+1:] {
		if strings.TrimSpace(ansi.Cut(l, 0, 12)) != "" {
			break
		}
		p := strings.TrimSpace(ansi.Cut(l, col, 1000))
		if p == "" {
			break
		}
		more = append(more, p)
	}
	return strings.TrimSpace(first) + " " + strings.Join(more, " ")
}

// TestAReasonLongerThanSixLinesIsCut: a reminder written as a letter takes six lines under its
// name, the last ending in an ellipsis, so the day's other items keep their room; the item under
// the cursor is in view whole.
func TestAReasonLongerThanSixLinesIsCut(t *testing.T) {
	s := fuBook(t)
	c := model.Customer{Name: "欧阳建国", Company: "上海浦东新区华东精密机械制造股份有限公司", Level: model.LevelStrategic}
	testbook.AddCustomers(t, s, &c)
	remindToday(t, s, c.ID, model.ReminderOther, strings.Repeat("请周经理回电确认交货时间。", 20))
	a := newTestApp(t, s, model.Zh, 80, 24)
	m := fuScreen(a)
	fuSelect(t, a, m, ofKind(model.ItemCustom, "欧阳建国"))
	lines := strings.Split(screenText(a), "\n")
	var reason []string
	for i, l := range lines {
		if strings.Contains(l, "▸") {
			for _, below := range lines[i+1:] {
				if !strings.HasPrefix(strings.TrimLeft(below, " "), "↳") && (len(reason) == 0 || !strings.Contains(below, "请")) {
					break
				}
				reason = append(reason, below)
			}
			break
		}
	}
	if len(reason) != 6 || !strings.HasSuffix(reason[5], "…") {
		t.Errorf("the reason should take six lines, the last cut with an ellipsis; it takes %d:\n%s", len(reason), screenText(a))
	}
	checkScreenSize(t, a, 80, 24)
}

// TestTheListNeverBeginsHalfwayThroughAnItem: however the follow-up is scrolled, its first line is
// a heading or an item's first line, never the lines of an item whose name has scrolled away.
func TestTheListNeverBeginsHalfwayThroughAnItem(t *testing.T) {
	for _, sz := range []screenSize{{80, 24}, {100, 30}} {
		s := fuBook(t)
		for i := range 12 {
			c := model.Customer{Name: fmt.Sprintf("欧阳建%d", i), Company: "上海浦东新区华东精密机械制造股份有限公司", Level: model.LevelVIP}
			testbook.AddCustomers(t, s, &c)
			remindToday(t, s, c.ID, model.ReminderOther, longNote)
		}
		a := newTestApp(t, s, model.Zh, sz.w, sz.h)
		fuScreen(a)
		check := func(after string) {
			t.Helper()
			first := strings.Split(screenText(a), "\n")[2]
			if strings.HasPrefix(first, strings.Repeat(" ", 12)) {
				t.Errorf("at %dx%d after %s the list begins halfway through an item:\n%s", sz.w, sz.h, after, screenText(a))
			}
		}
		press(a, tea.KeyEnd)
		check("end")
		for range 5 {
			press(a, tea.KeyUp)
			check("up")
		}
		press(a, tea.KeyPgUp)
		check("page up")
		press(a, tea.KeyHome)
		for range 12 {
			press(a, tea.KeyDown)
			check("down")
		}
		press(a, tea.KeyPgDown)
		check("page down")
	}
}

// TestACustomersHeadingFitsAndSaysNever: grouped by customer, a customer never contacted is said to
// be so (not "上次 从未联系"), and a company too long for the heading (at 60 columns) goes by its
// short name.
func TestACustomersHeadingFitsAndSaysNever(t *testing.T) {
	for _, lang := range []model.Lang{model.Zh, model.En} {
		s := fuBook(t)
		c := model.Customer{Name: "欧阳建国", Company: "上海浦东新区华东精密机械制造股份有限公司", Level: model.LevelVIP}
		testbook.AddCustomers(t, s, &c)
		a := newTestApp(t, s, lang, 60, 20)
		fuScreen(a)
		typeText(a, "v")
		press(a, tea.KeyEnd)
		want := map[model.Lang]string{model.Zh: "欧阳建国 · 华东精密机械制造  VIP客户  从未联系 (1)", model.En: "欧阳建国 · 华东精密机械制造  VIP  never contacted (1)"}[lang]
		if screen := screenText(a); !strings.Contains(screen, want) {
			t.Errorf("the heading should read %q:\n%s", want, screen)
		}
		checkScreenSize(t, a, 60, 20)
	}
}

// TestTheNameColumnIsAsWideAsTheNamesShown: from 100 columns the name's column is as wide as the
// widest name among the items read (up to its cap), and the reason has the rest: short names leave
// a reason of 36 cells on one line at 120 columns.
func TestTheNameColumnIsAsWideAsTheNamesShown(t *testing.T) {
	s := testbook.Open(t, testbook.At(testNow))
	note := "年度供货协议 · confirm the delivery"
	for _, name := range []string{"杭州金鼎新材料有限公司", "苏州永泰物流有限公司"} {
		c := model.Customer{Name: name, Company: name, Kind: model.KindOrganisation, Level: model.LevelStrategic}
		testbook.AddCustomers(t, s, &c)
		remindToday(t, s, c.ID, model.ReminderOther, note)
	}
	a := newTestApp(t, s, model.En, 120, 40)
	fuScreen(a)
	screen := screenText(a)
	if !strings.Contains(screen, "金鼎新材料") || strings.Count(screen, note) != 2 {
		t.Errorf("each reason should be on one line beside its short name:\n%s", screen)
	}
	checkScreenSize(t, a, 120, 40)
}
