package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
	"guanxi/ui/followup"
	"guanxi/ui/uitest"
)

// The follow-up view opens on the head of the checklist, its first items in its order, and reads
// the whole checklist's order in the background: these tests hold the whole back to look at the
// view in between.

// headBook is a generated book of 400 customers around the tests' today, with a few hundred items
// due in the week: more than the head holds.
func headBook(t *testing.T) *store.Store {
	t.Helper()
	s := testbook.Open(t, testbook.At(testNow))
	if err := sample.Fill(context.Background(), s, sample.Options{Customers: 400, Seed: 5, Today: model.DateOf(testNow)}); err != nil {
		t.Fatal(err)
	}
	return s
}

// openHead switches to the follow-up and answers its first read, and returns the view with the
// messages of the reads that follow, not yet answered: the whole checklist's among them.
func openHead(t *testing.T, s *store.Store) (*App, *followup.Screen, []tea.Msg) {
	t.Helper()
	a := New(s, Options{Lang: model.Zh, NoColor: true})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyF2})
	var later []tea.Msg
	for _, msg := range uitest.RunCmd(cmd) {
		_, next := a.Update(msg)
		later = append(later, uitest.RunCmd(next)...)
	}
	return a, a.tabs[tabFollowUp].(*followup.Screen), later
}

func TestFollowUpOpensOnItsHeadThenCountsTheWhole(t *testing.T) {
	s := headBook(t)
	whole, err := s.Checklist(context.Background(), model.DateOf(testNow), followup.FollowUpDays)
	if err != nil {
		t.Fatal(err)
	}
	a, m, later := openHead(t, s)
	if len(whole) <= m.Count() {
		t.Fatalf("the book has %d items, the head %d: the test needs more than the head", len(whole), m.Count())
	}
	// The head: the first items, in order, shown at once; the counts wait for the whole.
	for i := range m.Count() {
		if it, ok := m.Item(i); !ok || !followup.SameItem(it, whole[i]) {
			t.Fatalf("head item %d = %+v, want %+v", i, it, whole[i])
		}
	}
	if screen := screenText(a); !strings.Contains(screen, "正在清点全部待办") || strings.Contains(screen, "共 ") {
		t.Errorf("while the whole is read the header should say it is counting, not count:\n%s", screen)
	}
	if b := m.Badge(); b != "" {
		t.Errorf("the tab counts %q before the whole is read", b)
	}
	// End while only the head is there goes to the last item once the whole comes.
	a.Update(tea.KeyMsg{Type: tea.KeyEnd})
	for _, msg := range later {
		send(a, msg)
	}
	if m.Count() != len(whole) {
		t.Fatalf("the view has %d items, the checklist %d", m.Count(), len(whole))
	}
	if got, ok := m.Selected(); !ok || !followup.SameItem(got, whole[len(whole)-1]) {
		t.Errorf("end lands on %+v, want the last item %+v", got, whole[len(whole)-1])
	}
	screen := screenText(a)
	if strings.Contains(screen, "正在清点") || !strings.Contains(screen, "共 "+strconv.Itoa(len(whole))+" 项") {
		t.Errorf("the whole checklist's header should count its %d items:\n%s", len(whole), screen)
	}
	if m.Badge() == "" {
		t.Errorf("the tab should count what is due once the whole is read")
	}
}

func TestFollowUpKeepsTheCursorOnItsItemWhenTheWholeComes(t *testing.T) {
	s := headBook(t)
	a, m, later := openHead(t, s)
	for range 5 {
		a.Update(tea.KeyMsg{Type: tea.KeyDown})
	}
	before, ok := m.Selected()
	if !ok {
		t.Fatal("no item under the cursor")
	}
	for _, msg := range later {
		send(a, msg)
	}
	if got, ok := m.Selected(); !ok || !followup.SameItem(got, before) || m.Cursor != 5 {
		t.Errorf("after the whole came the cursor is on %d, %+v; want 5, %+v", m.Cursor, got, before)
	}
}

func TestFollowUpDropsTheWholeOfAnOlderHead(t *testing.T) {
	s := headBook(t)
	a, m, later := openHead(t, s)
	// The book is read again before the whole of the first head comes: that whole is dropped,
	// and the view waits for the new head's.
	_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyF2})
	var newer []tea.Msg
	for _, msg := range uitest.RunCmd(cmd) {
		_, next := a.Update(msg)
		newer = append(newer, uitest.RunCmd(next)...)
	}
	head := m.Count()
	for _, msg := range later {
		send(a, msg)
	}
	if m.Count() != head || !strings.Contains(screenText(a), "正在清点") {
		t.Errorf("the whole of an older head was taken: %d items", m.Count())
	}
	for _, msg := range newer {
		send(a, msg)
	}
	if strings.Contains(screenText(a), "正在清点") || m.Count() <= head {
		t.Errorf("the whole of the newer head was not taken: %d items", m.Count())
	}
}
