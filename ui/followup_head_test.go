package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/samplebook"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
	"guanxi/ui/followup"
	"guanxi/ui/list"
	"guanxi/ui/uitest"
)

// The follow-up view opens on the head of the checklist, its first items in its order, counts the
// whole without reading it, and reads the whole checklist's order the first time a key moves in
// it: these tests hold the reads back to look at the view in between.

// headBook is a generated book of 400 customers around the tests' today, with a few hundred items
// due in the week: more than the head holds.
func headBook(t *testing.T) *store.Store {
	t.Helper()
	return samplebook.Open(t, testbook.At(testNow), sample.Options{Customers: 400, Seed: 5, Today: model.DateOf(testNow)})
}

// answer hands the app a message and returns the messages of the commands it answers with, run
// but not yet handed back.
func answer(a *App, msg tea.Msg) []tea.Msg {
	_, cmd := a.Update(msg)
	return uitest.RunCmd(cmd)
}

// openHead switches to the follow-up and answers its first read, and returns the view with the
// messages of the reads that follow, not yet answered: the counts among them.
func openHead(t *testing.T, s *store.Store) (*App, *followup.Screen, []tea.Msg) {
	t.Helper()
	a := New(s, Options{Lang: model.Zh, NoColor: true})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	var later []tea.Msg
	for _, msg := range answer(a, tea.KeyMsg{Type: tea.KeyF2}) {
		later = append(later, answer(a, msg)...)
	}
	return a, a.tabs[tabFollowUp].(*followup.Screen), later
}

// openHeadCounted is openHead with the reads that follow the head (the counts) answered.
func openHeadCounted(t *testing.T, s *store.Store) (*App, *followup.Screen) {
	t.Helper()
	a, m, later := openHead(t, s)
	for _, msg := range later {
		send(a, msg)
	}
	return a, m
}

// checklistOf reads the book's whole checklist order as the follow-up does: the order, and a
// reader of its items from from to to.
func checklistOf(t *testing.T, s *store.Store) (x *store.ChecklistIndex, items func(from, to int) []model.ChecklistItem) {
	t.Helper()
	x, err := s.ChecklistIndex(context.Background(), model.DateOf(testNow), followup.FollowUpDays)
	if err != nil {
		t.Fatal(err)
	}
	return x, func(from, to int) []model.ChecklistItem {
		t.Helper()
		page, err := s.ChecklistPage(context.Background(), x, from, to)
		if err != nil {
			t.Fatal(err)
		}
		return page
	}
}

// wholeChecklist is every item of the book's checklist, in the follow-up's order.
func wholeChecklist(t *testing.T, s *store.Store) []model.ChecklistItem {
	t.Helper()
	x, items := checklistOf(t, s)
	return items(0, x.Len())
}

func TestFollowUpOpensOnItsHeadThenCountsAndReadsTheWholeWhenUsed(t *testing.T) {
	s := headBook(t)
	x, items := checklistOf(t, s)
	whole := items(0, x.Len())
	a, m, later := openHead(t, s)
	head := m.Count()
	if len(whole) <= head {
		t.Fatalf("the book has %d items, the head %d: the test needs more than the head", len(whole), head)
	}
	// The head: the first items, in order, shown at once; the counts come next.
	for i := range head {
		if it, ok := m.Item(i); !ok || !followup.SameItem(it, whole[i]) {
			t.Fatalf("head item %d = %+v, want %+v", i, it, whole[i])
		}
	}
	if screen := screenText(a); !strings.Contains(screen, "正在清点全部待办") || strings.Contains(screen, "共 ") {
		t.Errorf("before the counts come the header should say it is counting, not count:\n%s", screen)
	}
	if b := m.Badge(); b != "" {
		t.Errorf("the tab counts %q before the checklist is counted", b)
	}
	for _, msg := range later {
		send(a, msg)
	}
	header := fmt.Sprintf("今日 %d 项 · 逾期 %d 项 · 共 %d 项", x.DueToday, x.Overdue, len(whole))
	if screen := screenText(a); !strings.Contains(screen, header) {
		t.Errorf("the counted header should read %q:\n%s", header, screen)
	}
	if b, want := m.Badge(), fmt.Sprintf(" (%d)", x.DueToday+x.Overdue); b != want {
		t.Errorf("the tab counts %q, want %q", b, want)
	}
	if m.Count() != head {
		t.Fatalf("the whole checklist was read before a key moved in the view: %d items", m.Count())
	}
	// End, the first key: the whole is read, and the cursor lands on the last item.
	press(a, tea.KeyEnd)
	if m.Count() != len(whole) {
		t.Fatalf("the view has %d items, the checklist %d", m.Count(), len(whole))
	}
	if got, ok := m.Selected(); !ok || !followup.SameItem(got, whole[len(whole)-1]) {
		t.Errorf("end lands on %+v, want the last item %+v", got, whole[len(whole)-1])
	}
	if screen := screenText(a); !strings.Contains(screen, header) {
		t.Errorf("the whole checklist's header should read %q:\n%s", header, screen)
	}
}

func TestFollowUpKeepsTheCursorOnItsItemWhenTheWholeComes(t *testing.T) {
	s := headBook(t)
	a, m := openHeadCounted(t, s)
	reads := answer(a, tea.KeyMsg{Type: tea.KeyDown}) // the whole checklist's read, held back
	for range 4 {
		a.Update(tea.KeyMsg{Type: tea.KeyDown})
	}
	before, ok := m.Selected()
	if !ok {
		t.Fatal("no item under the cursor")
	}
	for _, msg := range reads {
		send(a, msg)
	}
	if m.Count() <= 120 {
		t.Fatalf("the whole checklist was not taken: %d items", m.Count())
	}
	if got, ok := m.Selected(); !ok || !followup.SameItem(got, before) || m.Cursor != 5 {
		t.Errorf("after the whole came the cursor is on %d, %+v; want 5, %+v", m.Cursor, got, before)
	}
}

func TestFollowUpDropsTheWholeOfAnOlderHead(t *testing.T) {
	s := headBook(t)
	a, m := openHeadCounted(t, s)
	older := answer(a, tea.KeyMsg{Type: tea.KeyDown})
	// The book is read again before the whole of the first head comes: that whole is dropped.
	for _, msg := range answer(a, tea.KeyMsg{Type: tea.KeyF2}) {
		send(a, msg)
	}
	head := m.Count()
	for _, msg := range older {
		send(a, msg)
	}
	if m.Count() != head {
		t.Errorf("the whole of an older head was taken: %d items", m.Count())
	}
	press(a, tea.KeyDown)
	if m.Count() <= head {
		t.Errorf("the whole of the newer head was not read: %d items", m.Count())
	}
}

func TestFollowUpReadsTheWholeOnTheWheelNotOnOtherMouseEvents(t *testing.T) {
	s := headBook(t)
	a, m := openHeadCounted(t, s)
	head := m.Count()
	send(a, tea.MouseMsg{X: 3, Y: 5, Action: tea.MouseActionMotion, Button: tea.MouseButtonNone})
	if m.Count() != head {
		t.Errorf("a mouse motion read the whole checklist: %d items", m.Count())
	}
	send(a, tea.MouseMsg{X: 3, Y: 5, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if m.Count() <= head || m.Cursor == 0 {
		t.Errorf("the wheel should move the cursor and read the whole checklist: cursor %d, %d items", m.Cursor, m.Count())
	}
}

// TestTheWheelMovesOnlyTheShownView: the wheel over the customer list scrolls the list, not the
// follow-up hidden behind it (which would also read its whole checklist for nothing).
func TestTheWheelMovesOnlyTheShownView(t *testing.T) {
	s := headBook(t)
	a, m := openHeadCounted(t, s)
	head := m.Count()
	press(a, tea.KeyF1)
	l := a.tabs[tabList].(*list.Screen)
	before := l.Cursor
	send(a, tea.MouseMsg{X: 3, Y: 5, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if m.Count() != head || m.Cursor != 0 {
		t.Errorf("the wheel over the list moved the hidden follow-up: cursor %d, %d items", m.Cursor, m.Count())
	}
	if l.Cursor == before {
		t.Errorf("the wheel did not move the list's cursor from %d", before)
	}
}
