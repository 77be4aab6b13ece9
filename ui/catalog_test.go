package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/catalog"
	"guanxi/ui/kit"
)

func toCatalog(t *testing.T, a *App) *catalog.Screen {
	t.Helper()
	press(a, tea.KeyF3)
	return a.tabs[tabCatalog].(*catalog.Screen)
}

func bookType(t *testing.T, s *store.Store, code string) (model.PersonalityType, bool) {
	t.Helper()
	types, err := s.PersonalityTypes(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return model.TypeOf(types, code)
}

func TestCatalogGoldenScreens(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		_, a := fixtureApp(t, lang, sz.w, sz.h)
		toCatalog(t, a)

		press(a, tea.KeyEnter) // who carries 犹豫型: 周丽 of 王建国
		shot(t, a, sz, "catalog_people_"+name)
		press(a, tea.KeyEsc)

		shotOf(t, a, sz, "e", "catalog_typeform_"+name)

		typeText(a, "/")
		shotOf(t, a, sz, "price", "catalog_filter_"+name)

		typeText(a, "?")
		shot(t, a, sz, "catalog_help_"+name)
	})
}

func TestCatalogFilterAndFocus(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	m := toCatalog(t, a)
	total := len(m.Types)
	typeText(a, "e") // a letter is a command, not a search: it opens the edit form
	if a.overlay == nil || m.Filter.Value() != "" {
		t.Fatalf("e should open the edit form, not filter (filter %q)", m.Filter.Value())
	}
	press(a, tea.KeyEsc)
	typeText(a, "吹毛") // a Chinese character can only be a search: it starts the filter
	if m.Focus != catalog.FocusFilter || len(m.Shown) != 1 || m.Shown[0].Code != "nitpicking" {
		t.Fatalf("typing 吹毛 should leave 吹毛求疵型: focus %v, %d shown", m.Focus, len(m.Shown))
	}
	if !m.Typing() {
		t.Errorf("the filter takes the letters while focused")
	}
	press(a, tea.KeyEnter) // back to the list, the filter stays
	if m.Focus != catalog.FocusTypes || len(m.Shown) != 1 {
		t.Errorf("enter should keep the filter and give the keys back to the list")
	}
	press(a, tea.KeyEsc)
	if len(m.Shown) != total || m.Filter.Value() != "" {
		t.Errorf("esc should clear the filter: %d of %d shown", len(m.Shown), total)
	}
	typeText(a, "/")
	typeText(a, "sales floor") // a typology's name filters too
	if len(m.Shown) != 13 {
		t.Errorf("filtering by a typology's name shows %d types, want 13", len(m.Shown))
	}
	typeText(a, "zzz")
	if screen := screenText(a); !strings.Contains(screen, "没有匹配的类型") {
		t.Errorf("no match should say so:\n%s", screen)
	}
	press(a, tea.KeyEsc)
	if m.Focus != catalog.FocusTypes || len(m.Shown) != total {
		t.Errorf("esc in the filter should clear it and leave it")
	}
}

func TestCatalogShowsAndOpensWhoCarriesAType(t *testing.T) {
	_, a := fixtureApp(t, model.Zh, 80, 24)
	m := toCatalog(t, a)
	if screen := screenText(a); !strings.Contains(screen, "1 人：周丽（王建国）") {
		t.Fatalf("the selected type should say who carries it:\n%s", screen)
	}
	press(a, tea.KeyDown) // 自尊自大型: nobody
	if screen := screenText(a); !strings.Contains(screen, "还没有人带着这个类型") {
		t.Errorf("a type nobody carries should say so:\n%s", screen)
	}
	press(a, tea.KeyEnter)
	if m.Focus != catalog.FocusTypes || !strings.Contains(screenText(a), "在客户档案里按 t 标注") {
		t.Errorf("enter on a type nobody carries should say how to tag:\n%s", screenText(a))
	}
	press(a, tea.KeyUp)
	press(a, tea.KeyEnter)
	screen := screenText(a)
	if m.Focus != catalog.FocusCarriers || !strings.Contains(screen, "带着「犹豫型」的人（1）") || !strings.Contains(screen, "“春季招标时") {
		t.Fatalf("enter should list the people with their notes:\n%s", screen)
	}
	press(a, tea.KeyEnter)
	if len(a.stack) != 1 || a.top().Title() != "王建国" {
		t.Fatalf("enter on a person should open their customer, top is %q", a.top().Title())
	}
	press(a, tea.KeyEsc)
	if len(a.stack) != 0 || m.Focus != catalog.FocusCarriers {
		t.Errorf("esc should come back to the people of the type (focus %v)", m.Focus)
	}
	press(a, tea.KeyEsc)
	if m.Focus != catalog.FocusTypes {
		t.Errorf("esc should go back to the types")
	}
}

func TestCatalogEditAndRestoreABuiltinType(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 120, 40)
	toCatalog(t, a)
	typeText(a, "R")
	if a.overlay != nil || !strings.Contains(screenText(a), "已是默认内容") {
		t.Fatalf("R on an unchanged type should say it is as it came:\n%s", screenText(a))
	}
	typeText(a, "e")
	f, ok := a.overlay.(*kit.Form)
	if !ok || f.Fields[f.Focus].Key != "approach_zh" {
		t.Fatalf("e should open the type form on the Chinese approach, overlay %T", a.overlay)
	}
	retype(a, "先寄样品，再约面谈。")
	save(a)
	formClosed(t, a, "the edit should save")
	got, _ := bookType(t, s, "hesitant")
	if got.Approach.Zh != "先寄样品，再约面谈。" || !got.BuiltIn || !got.Customized() {
		t.Fatalf("after the edit: %+v", got)
	}
	screen := screenText(a)
	if !strings.Contains(screen, "已修改") || !strings.Contains(screen, "应对：先寄样品，再约面谈。") {
		t.Errorf("the list should mark the edit and show the new text:\n%s", screen)
	}
	// The playbook everywhere reads the book's text: the customer's detail shows the edit.
	press(a, tea.KeyEnter)
	press(a, tea.KeyEnter)
	if screen := screenText(a); !strings.Contains(screen, "应对：先寄样品，再约面谈。") {
		t.Errorf("the detail should show the edited approach:\n%s", screen)
	}
	press(a, tea.KeyEsc)
	press(a, tea.KeyEsc)

	typeText(a, "R")
	if _, ok := a.overlay.(*kit.ConfirmOverlay); !ok || !strings.Contains(screenText(a), "恢复「犹豫型」的默认内容") {
		t.Fatalf("R should ask first:\n%s", screenText(a))
	}
	typeText(a, "n")
	if got, _ := bookType(t, s, "hesitant"); a.overlay != nil || !got.Customized() {
		t.Fatalf("n should leave the edit in place")
	}
	typeText(a, "R")
	typeText(a, "y")
	def, _ := model.BuiltinType("hesitant")
	if got, _ := bookType(t, s, "hesitant"); got != def {
		t.Errorf("after restore: %+v, want %+v", got, def)
	}
	if screen := screenText(a); strings.Contains(screen, "已修改") || !strings.Contains(screen, "已恢复默认内容") {
		t.Errorf("the list should no longer mark the type:\n%s", screen)
	}
	typeText(a, "D")
	shownWithoutForm(t, a, "D on a built-in type should refuse and say why", "内置类型不能删除")
}

func TestCatalogAddTypologyTypeTagAndRemove(t *testing.T) {
	s, a := fixtureApp(t, model.Zh, 80, 24)
	m := toCatalog(t, a)
	ctx := context.Background()

	typeText(a, "N")
	typeText(a, "工程项目")
	press(a, tea.KeyTab)
	typeText(a, "Project buyers")
	save(a)
	formClosed(t, a, "the typology should save")
	typologies, _ := s.Typologies(ctx)
	if last := typologies[len(typologies)-1]; last.Code != "project_buyers" || last.Name.Zh != "工程项目" {
		t.Fatalf("new typology = %+v", last)
	}

	typeText(a, "n")
	f := a.overlay.(*kit.Form)
	if f.Fields[f.Focus].Key != "name_zh" {
		t.Fatalf("a new type starts at its Chinese name, not %s", f.Fields[f.Focus].Key)
	}
	save(a)
	if !strings.Contains(screenText(a), "请至少填写一种语言的名称") {
		t.Fatalf("a nameless type should be refused in the form:\n%s", screenText(a))
	}
	typeText(a, "拖款型")
	press(a, tea.KeyTab)
	typeText(a, "Slow payer")
	f.SetFocus(catalog.FieldIndex(f, "typology"))
	for f.Fields[f.Focus].Value() != "project_buyers" {
		press(a, tea.KeyRight)
	}
	f.SetFocus(catalog.FieldIndex(f, "approach_zh"))
	typeText(a, "合同写清付款节点，到期前一周提醒。")
	save(a)
	formClosed(t, a, "the type should save")
	pt, ok := bookType(t, s, "slow_payer")
	if !ok || pt.BuiltIn || pt.Typology != "project_buyers" || pt.Approach.Zh != "合同写清付款节点，到期前一周提醒。" {
		t.Fatalf("new type = %+v (%v)", pt, ok)
	}
	if sel, _ := m.Selected(); sel.Code != "slow_payer" {
		t.Errorf("the cursor should land on the new type, it is on %s", sel.Code)
	}
	if screen := screenText(a); !strings.Contains(screen, "自定义") {
		t.Errorf("the user's own type should be marked:\n%s", screen)
	}
	typeText(a, "R")
	if !strings.Contains(screenText(a), "没有默认内容") {
		t.Errorf("R on the user's own type should say there is no default")
	}

	// The tag form finds the user's own type, by a near name too.
	press(a, tea.KeyF2)
	press(a, tea.KeyDown) // 李娜, after the VIP 王建国
	typeText(a, "t")
	typeText(a, "拖欠型")
	save(a)
	if screen := screenText(a); !strings.Contains(screen, "没有“拖欠型”这个性格类型。是不是：拖款型") {
		t.Fatalf("a near miss should suggest the book's own type:\n%s", screen)
	}
	for range []rune("拖欠型") {
		press(a, tea.KeyBackspace)
	}
	typeText(a, "拖款型")
	press(a, tea.KeyTab)
	typeText(a, "月底才走付款流程")
	save(a)
	formClosed(t, a, "tagging should save")
	li := findCustomer(t, s, "李娜")
	if tags, _ := s.PersonTags(ctx, li.ID); len(tags) != 1 || tags[0].Type != "slow_payer" {
		t.Fatalf("李娜's tags = %+v", tags)
	}

	toCatalog(t, a)
	if sel, _ := m.Selected(); sel.Code != "slow_payer" || m.CarriersTotal != 1 {
		t.Fatalf("the catalog should still be on 拖款型 with its one carrier: %s, %d", sel.Code, m.CarriersTotal)
	}
	typeText(a, "D")
	screen := screenText(a)
	if _, ok := a.overlay.(*kit.ConfirmOverlay); !ok || !strings.Contains(screen, "删除类型「拖款型」") || !strings.Contains(screen, "李娜") ||
		!strings.Contains(screen, "不会丢失") {
		t.Fatalf("D should ask first, name who carries it and say the notes stay:\n%s", screen)
	}
	press(a, tea.KeyEsc)
	if _, ok := bookType(t, s, "slow_payer"); !ok || a.overlay != nil {
		t.Fatalf("esc should remove nothing")
	}
	typeText(a, "D")
	press(a, tea.KeyEnter)
	if _, ok := bookType(t, s, "slow_payer"); ok {
		t.Fatalf("enter should remove the type")
	}
	li, _ = s.Customer(ctx, li.ID)
	if li.Notes != "[拖款型 / Slow payer] 月底才走付款流程" || len(li.Types) != 0 {
		t.Errorf("李娜 after removal: notes %q types %v", li.Notes, li.Types)
	}
	if screen := screenText(a); strings.Contains(screen, "拖款型") || !strings.Contains(screen, "类型已删除") {
		t.Errorf("the catalog should no longer list the type:\n%s", screen)
	}

	typeText(a, "g") // 犹豫型, of the general typology
	typeText(a, "E")
	if _, ok := a.overlay.(*kit.Form); !ok {
		t.Fatal("E should open the typology's form")
	}
	retype(a, "常见类型")
	save(a)
	typologies, _ = s.Typologies(ctx)
	if typologies[0].Name.Zh != "常见类型" || !strings.Contains(screenText(a), "常见类型") {
		t.Errorf("E should rename the typology: %+v\n%s", typologies[0], screenText(a))
	}
}

func TestCatalogMouseAndPaging(t *testing.T) {
	_, a := fixtureApp(t, model.En, 80, 24)
	m := toCatalog(t, a)
	send(a, tea.MouseMsg{Button: tea.MouseButtonWheelDown})
	if m.Cursor != 3 {
		t.Errorf("the wheel should move 3 types, cursor %d", m.Cursor)
	}
	press(a, tea.KeyPgDown)
	if m.Cursor != 3+m.ListHeight() {
		t.Errorf("pgdn should move a page, cursor %d", m.Cursor)
	}
	typeText(a, "G")
	if m.Cursor != len(m.Shown)-1 || !strings.Contains(screenText(a), "Affluent") {
		t.Errorf("G should go to the last type:\n%s", screenText(a))
	}
	typeText(a, "g")
	if m.Cursor != 0 {
		t.Errorf("g should go to the first type")
	}
}

func TestCatalogUserTextIsMadeSafe(t *testing.T) {
	s := fixtureBook(t)
	ctx := context.Background()
	ty := model.Typology{Name: model.Text{Zh: "红\x1b[31m色"}}
	if err := s.AddTypology(ctx, &ty); err != nil {
		t.Fatal(err)
	}
	pt := model.PersonalityType{Typology: ty.Code, Name: model.Text{Zh: "坏\x1b[31m型", En: "Bad\x07"},
		Approach: model.Text{Zh: "先\x1b]0;title\x07听"}}
	if err := s.AddType(ctx, &pt); err != nil {
		t.Fatal(err)
	}
	li := findCustomer(t, s, "李娜")
	if err := s.TagPerson(ctx, store.PersonTag{CustomerID: li.ID, Type: pt.Code, Note: "说明\x1b[2J"}); err != nil {
		t.Fatal(err)
	}
	a := newTestApp(t, s, model.Zh, 80, 24)
	m := toCatalog(t, a)
	m.SelectCode(pt.Code)
	send(a, runCmd(m.FollowSelection())[0])
	views := []string{a.View()}
	press(a, tea.KeyEnter)
	views = append(views, a.View())
	press(a, tea.KeyF2)
	press(a, tea.KeyDown) // 李娜's card, after the VIP 王建国
	views = append(views, a.View())
	press(a, tea.KeyEnter)
	typeText(a, "T")
	views = append(views, a.View())
	for i, want := range []string{"坏", "说明", "先", "坏"} {
		if !strings.Contains(views[i], want) {
			t.Errorf("view %d should show %q:\n%s", i, want, views[i])
		}
	}
	for i, v := range views {
		for _, bad := range []string{"\x1b[31m", "\x1b]0;", "\x07", "\x1b[2J"} {
			if strings.Contains(v, bad) {
				t.Errorf("view %d lets %q through:\n%s", i, bad, v)
			}
		}
	}
	checkScreenSize(t, a, 80, 24)
}
