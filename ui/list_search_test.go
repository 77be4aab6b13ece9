package ui

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"guanxi/internal/samplebook"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
	"guanxi/ui/kit"
	"guanxi/ui/list"
)

// searchFixture is the fixture book with people who tell the search's ranks apart: 张三 and 张三丰
// found by the initials zs, 李张三 by a later part of the name, a company named after 张三, and a
// customer whose logged contact mentions 张三.
func searchFixture(t *testing.T) *store.Store {
	t.Helper()
	return fixtureBook(t, func(ctx context.Context, s *store.Store) {
		add := func(c model.Customer) model.Customer {
			t.Helper()
			if c.Level == "" {
				c.Level = model.LevelNew
			}
			testbook.AddCustomers(t, s, &c)
			return c
		}
		add(model.Customer{Name: "张三", Company: "北京华信贸易", Phone: "186 1234 0001"})
		add(model.Customer{Name: "张三丰", Company: "武当山文旅", Level: model.LevelKey})
		add(model.Customer{Name: "李张三", Company: "南京张记食品"})
		add(model.Customer{Name: "孙七", Company: "张三餐饮连锁"})
		zhou := add(model.Customer{Name: "周八", Company: "宁波港务"})
		i := model.Interaction{CustomerID: zhou.ID, Channel: model.ChannelCall, At: testNow.AddDate(0, 0, -3), Summary: "经张三介绍认识，谈了集装箱业务"}
		if err := s.LogInteraction(ctx, &i); err != nil {
			t.Fatal(err)
		}
	})
}

// listRows returns the names in the list's rows, top to bottom, as the screen shows them.
func listRows(a *App) []string {
	m := a.tabs[tabList].(*list.Screen)
	var out []string
	for i := range m.RowCount() {
		out = append(out, m.RowAt(i).Customer.Name)
	}
	return out
}

func TestListSearchFindsAnyoneInOneKeystroke(t *testing.T) {
	s := searchFixture(t)
	tests := []struct {
		typed string
		want  []string // the rows in order
	}{
		{"zs", []string{"张三", "张三丰", "李张三"}}, // initials, then a later part of the name
		{"zhang san", []string{"张三", "张三丰", "李张三"}},
		{"张三", []string{"张三", "张三丰", "李张三", "孙七", "周八"}}, // …then a company, then a logged contact
		{"zengzw", []string{"曾志伟"}},
		{"wjg", []string{"王建国"}},
		{"+86 186-1234", []string{"张三"}},
		{"0013", []string{"王建国"}},
		{"周丽", []string{"王建国"}},  // a contact person
		{"老客户", []string{"王建国"}}, // a tag
		{"交期", []string{"王建国"}},  // the notes and a logged contact
		{"acme", []string{"Anna Smith"}},
		{"nobody", nil},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			a := newTestApp(t, s, model.Zh, 120, 40)
			typeText(a, tt.typed)
			if got := listRows(a); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("typing %q lists %v, want %v\n%s", tt.typed, got, tt.want, screenText(a))
			}
			screen := screenText(a)
			for _, name := range tt.want {
				if !strings.Contains(screen, name) {
					t.Errorf("typing %q: %s is not on the screen\n%s", tt.typed, name, screen)
				}
			}
			if len(tt.want) == 0 && !strings.Contains(screen, "没有找到匹配的客户") {
				t.Errorf("no match should say so:\n%s", screen)
			}
			if want := fmt.Sprintf("%d / 9 位客户", len(tt.want)); !strings.Contains(screen, want) {
				t.Errorf("the count should read %q:\n%s", want, screen)
			}
		})
	}
}

func TestListSearchGoldenScreens(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		a := newTestApp(t, searchFixture(t), lang, sz.w, sz.h)
		typeText(a, "张三") // the name itself, a prefix, a part, a company, a logged contact
		shot(t, a, sz, "list_search_"+name)
		press(a, tea.KeyDown)
		press(a, tea.KeyDown)
		send(a, tea.KeyMsg{Type: tea.KeyCtrlO}) // by name: the cursor stays on 李张三
		shot(t, a, sz, "list_search_sorted_"+name)
	})
}

// A search that answers late must never replace the answer to a newer query: type z, then s, and
// let the answer to "zs" arrive before the answer to "z".
func TestStaleSearchAnswerNeverOverwritesANewerOne(t *testing.T) {
	a := newTestApp(t, searchFixture(t), model.Zh, 80, 24)
	m := a.tabs[tabList].(*list.Screen)
	_, cmdZ := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("z")})
	_, cmdZS := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("s")})
	msgZS := searchAnswer(t, cmdZS)
	msgZ := searchAnswer(t, cmdZ)
	if msgZ.Seq >= msgZS.Seq {
		t.Fatalf("the later query should carry the higher number: z %d, zs %d", msgZ.Seq, msgZS.Seq)
	}
	send(a, msgZS)
	want := listRows(a)
	send(a, msgZ) // late, and stale
	if got := listRows(a); strings.Join(got, ",") != strings.Join(want, ",") || m.Shown != msgZS.Seq {
		t.Errorf("the answer to z replaced the answer to zs: %v, was %v", got, want)
	}
	if !strings.Contains(screenText(a), "zs") || strings.Contains(screenText(a), "王建国") {
		t.Errorf("the screen should show zs's rows, without 王建国 (found by z alone):\n%s", screenText(a))
	}
}

// The notes of an older query must not be added to a newer query's rows either.
func TestStaleNotesAnswerIsDropped(t *testing.T) {
	a := newTestApp(t, searchFixture(t), model.Zh, 80, 24)
	m := a.tabs[tabList].(*list.Screen)
	send(a, searchAnswerTyping(t, a, "张"))
	ans := searchAnswerTyping(t, a, "三")
	_, notesCmd := a.Update(ans)
	var notes list.NotesFoundMsg
	for _, msg := range runCmd(notesCmd) {
		if n, ok := msg.(list.NotesFoundMsg); ok {
			notes = n
		}
	}
	if notes.Seq != ans.Seq || !m.NotesBusy {
		t.Fatalf("an answer of two characters should start the search of notes (seq %d, busy %v)", notes.Seq, m.NotesBusy)
	}
	if !strings.Contains(screenText(a), "查备注") {
		t.Errorf("the count should say the notes are being searched:\n%s", screenText(a))
	}
	typeText(a, "丰") // a newer query, answered at once
	before := listRows(a)
	send(a, notes)
	if got := listRows(a); strings.Join(got, ",") != strings.Join(before, ",") {
		t.Errorf("the notes of 张三 were added to the rows of 张三丰: %v, was %v", got, before)
	}
}

// Notes wait until the query has stayed a moment, so typing on never starts the long search of
// every logged contact; the wait of an older query starts nothing.
func TestNotesWaitForTheQueryToStay(t *testing.T) {
	a := newTestApp(t, searchFixture(t), model.Zh, 80, 24)
	m := a.tabs[tabList].(*list.Screen)
	m.NotesWait = time.Millisecond
	send(a, searchAnswerTyping(t, a, "张"))
	ans := searchAnswerTyping(t, a, "三")
	_, wait := a.Update(ans)
	due := runCmd(wait)
	if len(due) != 1 || m.CancelNotes != nil || !m.NotesBusy {
		t.Fatalf("the answer should start a wait, not the search (%d messages, searching %v)", len(due), m.CancelNotes != nil)
	}
	if _, ok := due[0].(list.NotesDueMsg); !ok {
		t.Fatalf("the wait should end in notesDueMsg, got %T", due[0])
	}
	typeText(a, "丰") // typed during the wait: the wait of 张三 must start nothing
	if _, cmd := a.Update(due[0]); cmd != nil || m.CancelNotes != nil {
		t.Error("the wait of an older query started a search")
	}
	_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyBackspace})
	send(a, searchAnswer(t, cmd))
	if got := listRows(a); strings.Join(got, ",") != "张三,张三丰,李张三,孙七,周八" {
		t.Errorf("after the wait, 张三's notes should add 周八: %v", got)
	}
}

// searchAnswer runs the search command among cmd's and returns its answer.
func searchAnswer(t *testing.T, cmd tea.Cmd) list.SearchDoneMsg {
	t.Helper()
	for _, msg := range runCmd(cmd) {
		if msg, ok := msg.(list.SearchDoneMsg); ok {
			return msg
		}
	}
	t.Fatal("a key that changed the query started no search")
	return list.SearchDoneMsg{}
}

// searchAnswerTyping hands the app text typed as one key and returns the answer of the search it
// starts, held back from the app.
func searchAnswerTyping(t *testing.T, a *App, text string) list.SearchDoneMsg {
	t.Helper()
	_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text)})
	return searchAnswer(t, cmd)
}

// Typing before the search index is loaded is answered from the book at once: the customers whose
// name the query matches, in the order the index keeps. When the index arrives it answers again
// with the same rows in the same places, those found in other fields below them, and the cursor
// stays on the first row.
func TestListBeforeTheIndexIsLoaded(t *testing.T) {
	a, m, indexCmd := firstPageBeforeIndex(t)
	if !m.Loaded || m.Ix != nil || indexCmd == nil || !m.Indexing {
		t.Fatalf("the first page should be shown and the index loading (loaded %v, index %v)", m.Loaded, m.Ix != nil)
	}
	if screen := screenText(a); !strings.Contains(screen, "9 位客户 · 载入中") || !strings.Contains(screen, "李娜") {
		t.Errorf("the first page should show the book:\n%s", screen)
	}
	firstPage := listRows(a)
	typeText(a, "zs") // answered from the book, the index still loading
	if got := listRows(a); strings.Join(got, ",") != "张三,张三丰,李张三" || m.Ix != nil || m.Search.Value() != "zs" {
		t.Errorf("typing before the index should be answered from the book: %v, typed %q", got, m.Search.Value())
	}
	if screen := screenText(a); !strings.Contains(screen, "3 位客户 · 载入中") {
		t.Errorf("the answer from the book says the index is still loading:\n%s", screen)
	}
	press(a, tea.KeyBackspace)
	press(a, tea.KeyBackspace)
	typeText(a, "张三")
	early := listRows(a)
	if strings.Join(early, ",") != "张三,张三丰,李张三" || m.Cursor != 0 {
		t.Errorf("张三 before the index: %v, cursor on row %d", early, m.Cursor)
	}
	for _, msg := range runCmd(indexCmd) {
		send(a, msg)
	}
	if m.Ix == nil || !m.FromIndex {
		t.Fatal("the index should be loaded and answer")
	}
	if screen := screenText(a); !strings.Contains(screen, "5 / 9 位客户") {
		t.Errorf("the index brings the count of the book:\n%s", screen)
	}
	// The rows found before keep their places; the customer found only in a logged contact, which
	// only the index's answer searches, comes below them.
	if got := listRows(a); strings.Join(got, ",") != "张三,张三丰,李张三,孙七,周八" || m.Cursor != 0 {
		t.Errorf("once loaded, the index should answer 张三 with every rank, the rows in their places: %v, cursor on row %d",
			got, m.Cursor)
	}
	// The first page, read from SQL before the index, was the index's order too.
	whole := m.Ix.Search(store.ListQuery{Sort: m.Query(0).Sort}, nil)
	for i, name := range firstPage {
		if i >= whole.Len() || whole.At(i).Customer.Name != name {
			t.Errorf("row %d of the first page is %s; the index puts another there: %v", i, name, firstPage)
			break
		}
	}
}

// A key typed while the book is searched for the one before waits for that search, then is answered
// from the names it found, without reading the book again; the rows are those the index gives
// on top once it is loaded.
func TestListKeysTypedWhileTheBookIsSearched(t *testing.T) {
	a, m, indexCmd := firstPageBeforeIndex(t)
	_, first := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("z")})
	if first == nil {
		t.Fatal("a key typed before the index should ask the book")
	}
	if _, next := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("s")}); next != nil {
		t.Fatal("a key typed while the book is searched should wait for that search, not start another")
	}
	msgs := runCmd(first)
	if len(msgs) != 1 {
		t.Fatalf("the search of the book should answer once, got %d messages", len(msgs))
	}
	_, again := a.Update(msgs[0]) // the answer to "z": not shown, "zs" is asked from its names
	if !strings.Contains(screenText(a), "李娜") {
		t.Errorf("the answer to an older query should not be shown:\n%s", screenText(a))
	}
	if again == nil {
		t.Fatal("the query typed meanwhile should be asked when the search before it ends")
	}
	for _, msg := range runCmd(again) {
		send(a, msg)
	}
	early := listRows(a)
	if strings.Join(early, ",") != "张三,张三丰,李张三" || m.Ix != nil {
		t.Fatalf("zs before the index: %v", early)
	}
	for _, msg := range runCmd(indexCmd) {
		send(a, msg)
	}
	if got := listRows(a); m.Ix == nil || !slices.Equal(got[:min(len(early), len(got))], early) || m.Cursor != 0 {
		t.Errorf("the index's answer should begin with the rows from the book %v: %v, cursor on row %d", early, got, m.Cursor)
	}
}

// A change written by another program reaches the index when the app sees the book changed.
func TestListIndexFollowsTheBook(t *testing.T) {
	s := searchFixture(t)
	a := newTestApp(t, s, model.Zh, 80, 24)
	m := a.tabs[tabList].(*list.Screen)
	first := m.Ix
	press(a, tea.KeyTab)
	press(a, tea.KeyF1) // back on the list, nothing changed: the same index
	if m.Ix != first {
		t.Error("the index was read again though the book did not change")
	}
	lookAtTheBook(a, s)
	addFromAnotherProgram(t, s)
	lookAtTheBook(a, s)
	typeText(a, "ouyang")
	if got := listRows(a); strings.Join(got, ",") != "欧阳修" || m.Ix == first {
		t.Errorf("the customer added elsewhere should be found: %v", got)
	}
}

// The part of a row the query matched is drawn in the match style, in the name or in the company,
// on the selected row too.
func TestListMarksTheMatch(t *testing.T) {
	defer lipgloss.SetColorProfile(lipgloss.ColorProfile())
	lipgloss.SetColorProfile(termenv.ANSI)
	s := searchFixture(t)
	a := New(s, Options{Lang: model.Zh})
	send(a, tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, msg := range runCmd(a.Init()) {
		send(a, msg)
	}
	st := a.c.Styles
	m := a.tabs[tabList].(*list.Screen)
	typeText(a, "zsf")
	view := a.View()
	if want := m.SelMatch.Render("张三丰"); !strings.Contains(view, want) {
		t.Errorf("the selected row should mark 张三丰 as %q:\n%q", want, view)
	}
	press(a, tea.KeyEsc)
	typeText(a, "张三")
	view = a.View()
	if want := missingFrom(view, st.Match.Render("张三")+"丰", "李"+st.Match.Render("张三"), st.Match.Render("张三")+"餐饮"); want != "" {
		t.Errorf("the view should hold %q:\n%q", want, view)
	}
	// 周八 was found in a logged contact: nothing of the row is marked.
	for _, line := range strings.Split(view, "\n") {
		if strings.Contains(line, "周八") && strings.Contains(line, "\x1b[4") {
			t.Errorf("a row found in the notes marks nothing: %q", line)
		}
	}
	checkScreenSize(t, a, 120, 40)
}

func TestMarkCellFitsAndMarks(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	hi := r.NewStyle().Underline(true)
	tests := []struct {
		text           string
		from, to, w    int
		pre, mid, post string // the cell: mid is marked
	}{
		{"张三丰", 0, 6, 10, "", "张三", "丰    "},
		{"李张三", 3, 9, 8, "李", "张三", "  "},
		{"苏州恒达精密机械有限公司", 6, 12, 10, "苏州", "恒达", "… "},
		{"苏州恒达精密机械有限公司", 24, 30, 10, "苏州恒达… ", "", ""}, // the match is cut off
		{"Anna Smith", 5, 10, 8, "Anna ", "Sm", "…"},
		{"evil\x1b[31m", 0, 4, 12, "", "evil", "␛[31m   "},
	}
	for _, tt := range tests {
		got := list.MarkCell(tt.text, tt.from, tt.to, tt.w, nil, hi)
		want := tt.pre + tt.post
		if tt.mid != "" {
			want = tt.pre + hi.Render(tt.mid) + tt.post
		}
		if got != want {
			t.Errorf("markCell(%q, %d, %d, %d) = %q, want %q", tt.text, tt.from, tt.to, tt.w, got, want)
		}
		if w := kit.Width(got); w != tt.w {
			t.Errorf("markCell(%q) is %d cells, want %d", tt.text, w, tt.w)
		}
	}
}

// Paging through a book larger than the screen draws only the rows that fit, and reaches the last.
func TestListPagesThroughABook(t *testing.T) {
	s := samplebook.Open(t, testbook.At(testNow), sample.Options{Customers: 400, Seed: 3, Today: model.DateOf(testNow)})
	a := newTestApp(t, s, model.Zh, 80, 24)
	m := a.tabs[tabList].(*list.Screen)
	if m.RowCount() != 400 || !m.FromIndex {
		t.Fatalf("the list shows %d customers (from the index: %v), want 400", m.RowCount(), m.FromIndex)
	}
	press(a, tea.KeyPgDown)
	press(a, tea.KeyPgDown)
	if m.Cursor != 2*m.VisibleRows() {
		t.Errorf("two pages down the cursor is on row %d, want %d", m.Cursor, 2*m.VisibleRows())
	}
	checkScreenSize(t, a, 80, 24)
	press(a, tea.KeyEnd)
	screen := screenText(a)
	if c, _ := m.Selected(); m.Cursor != 399 || c.ID != m.RowAt(399).Customer.ID || !strings.Contains(screen, "▸ ") {
		t.Errorf("end should put the cursor on the last customer (cursor %d):\n%s", m.Cursor, screen)
	}
	rows := 0
	for _, line := range strings.Split(screen, "\n")[3:] {
		if strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "▸ ") {
			rows++
		}
	}
	if rows != m.VisibleRows() {
		t.Errorf("the screen draws %d rows, want the %d that fit", rows, m.VisibleRows())
	}
	checkScreenSize(t, a, 80, 24)
	send(a, tea.MouseMsg{Button: tea.MouseButtonWheelUp, Action: tea.MouseActionPress})
	if m.Cursor != 396 {
		t.Errorf("the wheel should move three rows up: cursor %d", m.Cursor)
	}
}

// The first screen stays put: when the index arrives after the first page, a cursor the user has
// not moved stays on the first row, even where the full order puts that row's customer elsewhere.
func TestTheCursorStaysOnTheFirstRowWhenTheIndexArrives(t *testing.T) {
	a, m, indexCmd := firstPageBeforeIndex(t)
	if indexCmd == nil || len(m.Rows) < 2 {
		t.Fatalf("the first page should be shown with the index loading: %d rows", len(m.Rows))
	}
	// A first page whose order differs from the full list's, as ties broken otherwise would give.
	slices.Reverse(m.Rows)
	for _, msg := range runCmd(indexCmd) {
		send(a, msg)
	}
	if m.Ix == nil || !m.FromIndex {
		t.Fatal("the index should be loaded and answer")
	}
	if m.Cursor != 0 {
		t.Errorf("the cursor moved to row %d when the index arrived; it should stay on the first row", m.Cursor+1)
	}
}

// firstPageBeforeIndex opens the search fixture's list on 80×24 in Chinese with its first page
// shown, and holds back the index: it returns the command that loads it.
func firstPageBeforeIndex(t *testing.T) (*App, *list.Screen, tea.Cmd) {
	t.Helper()
	a := New(searchFixture(t), Options{Lang: model.Zh, NoColor: true})
	send(a, tea.WindowSizeMsg{Width: 80, Height: 24})
	m := a.tabs[tabList].(*list.Screen)
	var indexCmd tea.Cmd
	for _, msg := range runCmd(a.Init()) {
		if page, ok := msg.(kit.CustomersLoadedMsg); ok {
			_, indexCmd = a.Update(page) // the index starts loading once the first page is shown
			continue
		}
		send(a, msg)
	}
	return a, m, indexCmd
}
