package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/detail"
	"guanxi/ui/kit"
	"guanxi/ui/list"
	"guanxi/ui/overlays"
	"guanxi/ui/trash"
)

func space(a *App) { send(a, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}) }

func TestMarkCustomersAndChangeTheirLevelWithUndo(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s, a := fixtureApp(t, lang, w, h)
		ctx := context.Background()
		l := a.tabs[tabList].(*list.Screen)
		space(a)
		space(a)
		if len(l.Marked) != 2 || l.Cursor != 2 {
			t.Fatalf("two spaces should mark two customers and move on: %v, cursor %d", l.Marked, l.Cursor)
		}
		if l.Search.Value() != "" {
			t.Fatal("a space that marks must not go into the search")
		}
		golden(t, "marked_list_"+name, a)
		goldenAttrs(t, "nocolor_marked_"+name, a)
		press(a, tea.KeyEnter)
		f, ok := a.overlay.(*kit.Form)
		if !ok || !strings.Contains(f.Title, "2") {
			t.Fatalf("enter with marked customers should ask what to do to them:\n%s", screenText(a))
		}
		golden(t, "marked_form_"+name, a)
		ids := l.MarkedIDs()
		press(a, tea.KeyTab) // to the level: VIP
		press(a, tea.KeyLeft)
		press(a, tea.KeyLeft) // VIP → strategic → low
		save(a)
		formClosed(t, a, "the form should close once the change is written")
		for _, id := range ids {
			if cu, _ := s.Customer(ctx, id); cu.Level != model.LevelLow {
				t.Errorf("customer %d is %s, not low", id, cu.Level)
			}
		}
		if len(l.Marked) != 0 {
			t.Error("the marks should clear once acted on")
		}
		if !strings.Contains(screenText(a), "ctrl+z") {
			t.Errorf("the status should offer the undo:\n%s", screenText(a))
		}
		press(a, tea.KeyCtrlZ)
		for _, id := range ids {
			if cu, _ := s.Customer(ctx, id); cu.Level == model.LevelLow {
				t.Errorf("ctrl+z should give customer %d their level back", id)
			}
		}
	})
}

func TestMarkEveryoneAndActOnThem(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 80, 24)
	ctx := context.Background()
	l := a.tabs[tabList].(*list.Screen)
	typeText(a, "公司") // not a query of everyone
	press(a, tea.KeyCtrlU)
	if l.Search.Value() != "" {
		t.Fatalf("ctrl+u should clear the search line, it holds %q", l.Search.Value())
	}
	press(a, tea.KeyCtrlA)
	if len(l.Marked) != 4 {
		t.Fatalf("ctrl+a should mark everyone in the list: %d", len(l.Marked))
	}
	press(a, tea.KeyEsc)
	if len(l.Marked) != 0 {
		t.Fatal("esc should clear the marks")
	}
	typeText(a, "王")
	space(a)
	if len(l.Marked) != 0 || l.Search.Value() != "王 " {
		t.Fatalf("while a search is typed and nothing marked, a space goes into the search: %q", l.Search.Value())
	}
	send(a, tea.KeyMsg{Type: tea.KeyCtrlAt})
	if len(l.Marked) != 1 {
		t.Fatal("ctrl+space should mark while a search is typed")
	}
	press(a, tea.KeyCtrlU)
	press(a, tea.KeyCtrlA)

	act := func(action int) {
		t.Helper()
		press(a, tea.KeyEnter)
		for range action {
			press(a, tea.KeyRight)
		}
		press(a, tea.KeyTab)
	}
	act(1) // add a tag
	typeText(a, "展会")
	save(a)
	if cu, _ := s.FindCustomer(ctx, "李娜"); len(cu.Tags) != 1 || cu.Tags[0] != "展会" {
		t.Fatalf("the tag should be on everyone: %v\n%s", cu.Tags, screenText(a))
	}
	press(a, tea.KeyCtrlZ)
	if cu, _ := s.FindCustomer(ctx, "李娜"); len(cu.Tags) != 0 {
		t.Fatalf("undo should take the tag off: %v", cu.Tags)
	}

	press(a, tea.KeyCtrlA)
	act(2) // a type
	typeText(a, "犹豫")
	press(a, tea.KeyEnter) // take it from the picker
	save(a)
	if cu, _ := s.FindCustomer(ctx, "Anna Smith"); len(cu.Types) != 1 || cu.Types[0] != "hesitant" {
		t.Fatalf("the type should be on everyone: %v\n%s", cu.Types, screenText(a))
	}

	press(a, tea.KeyCtrlA)
	act(3) // the trash
	save(a)
	if n, _ := s.CountCustomers(ctx); n != 0 {
		t.Fatalf("everyone should be in the trash, %d are not", n)
	}
	press(a, tea.KeyCtrlZ)
	if n, _ := s.CountCustomers(ctx); n != 4 {
		t.Fatalf("undo should bring the four back, %d are there", n)
	}

	space(a)
	act(4) // export
	save(a)
	o, ok := a.overlay.(*overlays.Exchange)
	if !ok || !o.Export || !strings.Contains(screenText(a), "已标记的 1 位") {
		t.Fatalf("export should open the export box on the marked:\n%s", screenText(a))
	}
}

func TestShiftTabAndAltDigitsMoveBetweenViews(t *testing.T) {
	a := newTestApp(t, fixtureBook(t), model.En, 80, 24)
	send(a, tea.KeyMsg{Type: tea.KeyShiftTab})
	if a.active != tabAnalysis {
		t.Fatalf("shift+tab from the list should go back to the last view, not %d", a.active)
	}
	send(a, tea.KeyMsg{Type: tea.KeyShiftTab})
	if a.active != tabCatalog {
		t.Fatalf("shift+tab again should reach the catalog, not %d", a.active)
	}
	for digit, want := range map[rune]tab{'1': tabList, '2': tabFollowUp, '3': tabCatalog, '4': tabAnalysis} {
		send(a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{digit}, Alt: true})
		if a.active != want {
			t.Errorf("alt+%c should show view %d, shows %d", digit, want, a.active)
		}
	}
	send(a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'1'}, Alt: true})
	if l := a.tabs[tabList].(*list.Screen); l.Search.Value() != "" {
		t.Errorf("alt+1 must not type into the search: %q", l.Search.Value())
	}
}

func TestTheTrashViewRestores(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s := fixtureBook(t)
		ctx := context.Background()
		li := findCustomer(t, s, "李娜")
		zeng := findCustomer(t, s, "曾志伟")
		for _, id := range []int64{li.ID, zeng.ID} {
			if err := s.DeleteCustomer(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
		a := newTestApp(t, s, lang, w, h)
		press(a, tea.KeyF5)
		tr, ok := a.top().(*trash.Screen)
		if !ok || len(tr.Rows) != 2 {
			t.Fatalf("F5 should show the trash with its two customers:\n%s", screenText(a))
		}
		checkScreenSize(t, a, w, h)
		golden(t, "trash_"+name, a)
		press(a, tea.KeyDown)
		gone := tr.Rows[1].ID
		typeText(a, "r")
		if _, err := s.Customer(ctx, gone); err != nil {
			t.Fatalf("r should restore the customer under the cursor: %v", err)
		}
		if len(tr.Rows) != 1 {
			t.Errorf("the trash should list one customer now:\n%s", screenText(a))
		}
		press(a, tea.KeyEsc)
		if _, ok := a.top().(*list.Screen); !ok {
			t.Error("esc should leave the trash")
		}
		send(a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'5'}, Alt: true})
		if _, ok := a.top().(*trash.Screen); !ok {
			t.Error("alt+5 should show the trash like F5")
		}
	})
}

func TestANewCustomerOpensTheirArchive(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 80, 24)
	press(a, tea.KeyCtrlN)
	typeText(a, "钱多多")
	save(a)
	d, ok := a.top().(*detail.Screen)
	if !ok {
		t.Fatalf("saving a new customer should open their archive:\n%s", screenText(a))
	}
	if cu, _ := s.FindCustomer(context.Background(), "钱多多"); d.ID != cu.ID {
		t.Error("the archive opened is not the new customer's")
	}
}

func TestEnglishCountsAgree(t *testing.T) {
	c := &kit.Common{Lang: model.En}
	for n, want := range map[int]string{0: "0 customers", 1: "1 customer", 2: "2 customers"} {
		if got := kit.Customers(c, n); got != want {
			t.Errorf("customers(%d) = %q, want %q", n, got, want)
		}
	}
	if got := c.TN(kit.Texts.Analysis.Deals, 1); got != "%d deal" {
		t.Errorf("one deal: %q", got)
	}
	zh := &kit.Common{Lang: model.Zh}
	if got := kit.Customers(zh, 1); got != "1 位客户" {
		t.Errorf("Chinese: %q", got)
	}
}
