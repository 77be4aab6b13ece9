package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/followup"
)

// End pressed the instant the follow-up opens: the program's first read of the checklist, made
// while the tab was hidden, and the read its showing starts are both under way, and the tail, the
// whole order and the second head come in whatever order the threads finish them. Whatever that
// order, the cursor ends on the last item, and once there it does not leave it.

// endRace is an app whose follow-up's reads are held back by kind, to be answered in a chosen order.
type endRace struct {
	t    *testing.T
	a    *App
	m    *followup.Screen
	held map[string][]tea.Msg // by kind: head (any read of the checklist again), tail, whole, counts
}

// heldKind is the kind of a read's answer the race holds back, or "" for one answered at once.
func heldKind(msg tea.Msg) string {
	name := fmt.Sprintf("%T", msg)
	for _, kind := range []string{"tail", "whole", "counts"} {
		if strings.Contains(strings.ToLower(name), kind) {
			return kind
		}
	}
	if _, ok := msg.(followup.ChecklistLoadedMsg); ok {
		return "head"
	}
	return ""
}

// deliver hands the app a message, holds back the answers of the reads it starts, and answers the
// others at once.
func (r *endRace) deliver(msg tea.Msg) { sendHolding(r.a, msg, nil, r.hold) }

// hold keeps back the answer of a read the race orders, by its kind.
func (r *endRace) hold(msg tea.Msg) bool {
	kind := heldKind(msg)
	if kind == "" {
		return false
	}
	r.held[kind] = append(r.held[kind], msg)
	return true
}

// next answers the first read held of a kind.
func (r *endRace) next(kind string) {
	r.t.Helper()
	if len(r.held[kind]) == 0 {
		r.t.Fatalf("no %s read is under way", kind)
	}
	msg := r.held[kind][0]
	r.held[kind] = r.held[kind][1:]
	r.deliver(msg)
}

// step takes one step of an order: a key pressed (end, home), the book changed (reload: the view
// reads its checklist again, the answer held as a head is), or the first read held of a kind
// answered.
func (r *endRace) step(step string) {
	r.t.Helper()
	switch step {
	case "end":
		r.deliver(tea.KeyMsg{Type: tea.KeyEnd})
	case "home":
		r.deliver(tea.KeyMsg{Type: tea.KeyHome})
	case "reload":
		r.held["head"] = append(r.held["head"], runCmd(r.m.Reload())...)
	default:
		r.next(step)
	}
}

// drain answers every read held, and those they start, until none is under way.
func (r *endRace) drain(after func()) {
	for {
		sent := false
		for _, kind := range []string{"head", "counts", "tail", "whole"} {
			if len(r.held[kind]) > 0 {
				r.next(kind)
				after()
				sent = true
			}
		}
		if !sent {
			return
		}
	}
}

// shownBeforeItsFirstRead starts the app on the customer list, the follow-up's first read under
// way, and shows the follow-up before that read comes: its showing reads the checklist again.
// Both reads are held.
func shownBeforeItsFirstRead(t *testing.T, s *store.Store, w, h int) *endRace {
	t.Helper()
	a := New(s, Options{Lang: model.Zh, NoColor: true})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	r := &endRace{t: t, a: a, m: a.tabs[tabFollowUp].(*followup.Screen), held: map[string][]tea.Msg{}}
	r.held["head"] = runCmd(r.m.Reload()) // the read the program starts hidden
	r.deliver(tea.KeyMsg{Type: tea.KeyF2})
	if len(r.held["head"]) != 2 {
		t.Fatalf("the follow-up shown should read its checklist again: %d reads", len(r.held["head"]))
	}
	return r
}

// openWhileHidden starts the app on the customer list, the follow-up's first read under way, and
// shows the follow-up before that read comes: its showing reads the checklist again. The first
// head is answered, with its counts; the second is held. It returns the last item and how many.
func openWhileHidden(t *testing.T, s *store.Store, w, h int) (*endRace, model.ChecklistItem, int) {
	t.Helper()
	x, items := checklistOf(t, s)
	r := shownBeforeItsFirstRead(t, s, w, h)
	r.next("head")
	r.next("counts")
	if r.m.Count() >= x.Len() {
		t.Fatalf("the checklist has %d items, the head %d: the test needs more than the head", x.Len(), r.m.Count())
	}
	return r, items(x.Len()-1, x.Len())[0], x.Len()
}

func TestFollowUpEndAsTheTabOpensLandsOnTheLastItemWhateverTheOrder(t *testing.T) {
	// Each order is of the answers after the first head and its counts: "end" is the key.
	orders := [][]string{
		{"tail", "end", "head", "whole"},
		{"tail", "end", "whole", "head"},
		{"end", "head", "tail", "whole"},
		{"end", "tail", "head", "whole"},
		{"end", "whole", "head", "tail"},
		{"end", "whole", "tail", "head"},
		{"end", "head"},
		{"tail", "end", "head"},
		{"head", "end"},
		{"head", "tail", "end", "whole"},
		{"tail", "end", "reload", "whole", "head"},
		{"tail", "end", "reload", "head", "head"},
		{"end", "reload", "head", "tail"},
		{"end", "whole", "reload", "head"},
	}
	s := headBook(t) // only read: one book for every order
	for _, sz := range []screenSize{{80, 24}, {120, 40}} {
		for _, order := range orders {
			t.Run(fmt.Sprintf("%dx%d/%s", sz.w, sz.h, strings.Join(order, "-")), func(t *testing.T) {
				r, last, total := openWhileHidden(t, s, sz.w, sz.h)
				reached := false // the cursor has been on the last item
				check := func(step string) {
					t.Helper()
					got, ok := r.m.Selected()
					if followup.SameItem(got, last) && ok {
						reached = true
					} else if reached {
						t.Fatalf("after %s the cursor left the last item for %d, %+v", step, r.m.Cursor, got)
					}
				}
				for _, step := range order {
					r.step(step)
					check(step)
				}
				r.drain(func() { check("the reads held") })
				if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, last) {
					t.Errorf("end lands on %d of %d items, %+v; want the last, %+v", r.m.Cursor, r.m.Count(), got, last)
				}
				if r.m.Count() != total {
					t.Errorf("the whole checklist was not read after end: %d items of %d", r.m.Count(), total)
				}
				cursorRow(t, r.a) // the cursor's row is on the screen
			})
		}
	}
}

func TestFollowUpHomeAfterEndAsTheTabOpensLandsOnTheFirstItemWhateverTheOrder(t *testing.T) {
	orders := [][]string{
		{"tail", "end", "home", "head", "whole"},
		{"tail", "end", "head", "home"},
		{"tail", "end", "reload", "home", "head"},
		{"tail", "end", "reload", "head", "head", "home"},
		{"end", "head", "home", "tail", "whole"},
		{"end", "whole", "home", "head"},
	}
	s := headBook(t)
	_, items := checklistOf(t, s)
	first := items(0, 1)[0]
	for _, order := range orders {
		t.Run(strings.Join(order, "-"), func(t *testing.T) {
			r, _, total := openWhileHidden(t, s, 80, 24)
			for _, step := range order {
				r.step(step)
			}
			r.drain(func() {})
			if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, first) || r.m.Cursor != 0 {
				t.Errorf("home lands on %d of %d items (of %d), %+v; want the first, %+v", r.m.Cursor, r.m.Count(), total, got, first)
			}
		})
	}
}

// The tail read ahead, then the book changed (the day's first start sets the levels the rules
// say), then end: the tail shown is of the book before, the whole order of the book after. The
// items read that are not at their place in the whole are read again: the cursor on the last
// item shows the last item of the book as it is, not one since gone.
func TestFollowUpEndAfterTheBookChangedUnderTheTailShowsTheWholesLastItem(t *testing.T) {
	s := headBook(t)
	r, last, _ := openWhileHidden(t, s, 80, 24)
	r.next("tail")
	if last.ReminderID == 0 {
		t.Fatalf("the test needs a reminder as the last item: %+v", last)
	}
	if err := s.DeleteReminder(context.Background(), last.ReminderID); err != nil {
		t.Fatal(err)
	}
	x, items := checklistOf(t, s)
	now := items(x.Len()-1, x.Len())[0]
	r.step("end")
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, last) {
		t.Fatalf("end should show the tail read before the change, on %+v: %+v", last, got)
	}
	r.next("whole")
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, now) || r.m.Count() != x.Len() {
		t.Errorf("after the whole came the cursor is on %d of %d, %+v; want the last of %d, %+v", r.m.Cursor, r.m.Count(), got, x.Len(), now)
	}
	if last.Note != "" && strings.Contains(screenText(r.a), last.Note) {
		t.Errorf("the reminder deleted is still shown:\n%s", screenText(r.a))
	}
}

// Grouped by customer, a row's place in the order shown is not its place in the checklist, and
// the groups of the head are not those of the whole. The head read again after the book changed,
// and then the whole order, leave the cursor on the item it was on.
func TestFollowUpByCustomerKeepsTheCursorsItemWhenTheHeadIsReadAgainThenTheWhole(t *testing.T) {
	s := headBook(t)
	r, _, total := openWhileHidden(t, s, 80, 24)
	r.drain(func() {})
	r.deliver(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'v'}}) // by customer; the whole is read
	r.held["whole"] = nil                                         // held back for good: the head is read again first
	for range 40 {
		r.deliver(tea.KeyMsg{Type: tea.KeyDown})
	}
	before, ok := r.m.Selected()
	if !ok {
		t.Fatal("no item under the cursor")
	}
	r.step("reload")
	r.next("head")
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, before) {
		t.Fatalf("the head read again moved the cursor from %+v to %+v", before, got)
	}
	r.deliver(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{']'}}) // the card's next page: the whole is read
	r.drain(func() {})
	if r.m.Count() != total {
		t.Fatalf("the whole was not read: %d items of %d", r.m.Count(), total)
	}
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, before) {
		t.Errorf("when the whole came the cursor moved from %+v to %d, %+v", before, r.m.Cursor, got)
	}
}

// Page down pressed again and again as the tab opens goes past the head before the whole order
// comes: the cursor ends where the same keys take it on the whole checklist, not at the head's
// last item with the presses past it lost.
func TestFollowUpPagesPastTheHeadBeforeTheWholeComesAreKept(t *testing.T) {
	s := headBook(t)
	// opened is the follow-up shown, its head read and its other reads answered, the whole not
	// read yet.
	opened := func() (*endRace, model.ChecklistItem) {
		r, last, _ := openWhileHidden(t, s, 80, 24)
		r.drain(func() {})
		return r, last
	}
	pages := func(r *endRace, n int) {
		for range n {
			r.deliver(tea.KeyMsg{Type: tea.KeyPgDown})
		}
	}
	const presses = 12 // past the head, short of the end
	// The same presses on the whole checklist, read before them.
	r, _ := opened()
	r.deliver(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{']'}}) // reads the whole order
	r.drain(func() {})
	pages(r, presses)
	want, _ := r.m.Selected()
	if r.m.Cursor <= 120 || r.m.Cursor >= r.m.Count()-1 {
		t.Fatalf("the test needs %d pages to end past the head and short of the end: %d of %d", presses, r.m.Cursor, r.m.Count())
	}
	r, _ = opened()
	pages(r, presses)
	if r.m.Cursor != r.m.Count()-1 {
		t.Fatalf("before the whole came the cursor should wait at the head's last item: %d of %d", r.m.Cursor, r.m.Count())
	}
	r.drain(func() {})
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, want) {
		t.Errorf("after %d pages down the cursor is on %d, %+v; want %+v", presses, r.m.Cursor, got, want)
	}
	// Up, past the head still: from where the pages went, not from the head's last item.
	r, _ = opened()
	pages(r, presses+1)
	r.deliver(tea.KeyMsg{Type: tea.KeyPgUp})
	r.drain(func() {})
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, want) {
		t.Errorf("after %d pages down and one up the cursor is on %d, %+v; want %+v", presses+1, r.m.Cursor, got, want)
	}
	// Beyond the end of the whole: the last item, not the first.
	r, last := opened()
	pages(r, 200)
	r.drain(func() {})
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, last) {
		t.Errorf("pages down past the end land on %d, %+v; want the last, %+v", r.m.Cursor, got, last)
	}
}

// End and page down pressed while the tab still says it is loading, before either read of the
// checklist came: they are kept for the checklist when it comes.
func TestFollowUpKeysBeforeTheFirstReadAreKept(t *testing.T) {
	s := headBook(t)
	x, items := checklistOf(t, s)
	last := items(x.Len()-1, x.Len())[0]
	for _, late := range []bool{false, true} {
		r := shownBeforeItsFirstRead(t, s, 80, 24)
		r.deliver(tea.KeyMsg{Type: tea.KeyEnd})
		if late {
			r.next("head")
			r.deliver(tea.KeyMsg{Type: tea.KeyEnd})
		}
		r.drain(func() {})
		if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, last) {
			t.Errorf("end before the first read (again after it: %v) lands on %d of %d, %+v; want the last, %+v", late, r.m.Cursor, r.m.Count(), got, last)
		}
	}
	// Page down: where the same presses take the cursor on the whole checklist.
	const presses = 12
	r, _, _ := openWhileHidden(t, s, 80, 24)
	r.deliver(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{']'}}) // reads the whole order
	r.drain(func() {})
	for range presses {
		r.deliver(tea.KeyMsg{Type: tea.KeyPgDown})
	}
	want, _ := r.m.Selected()
	r = shownBeforeItsFirstRead(t, s, 80, 24)
	for range presses {
		r.deliver(tea.KeyMsg{Type: tea.KeyPgDown})
	}
	r.drain(func() {})
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, want) {
		t.Errorf("%d pages down before the first read land on %d, %+v; want %+v", presses, r.m.Cursor, got, want)
	}
}

// Another program adds an item above the cursor while the whole checklist is shown (the watch
// reads the checklist again): the cursor stays on its item, not on the one that moved into its
// row, so a key pressed next acts on the item the user is looking at. A reminder deleted here and
// brought back with u is under the cursor again.
func TestFollowUpReadAgainKeepsTheCursorOnItsItem(t *testing.T) {
	s := headBook(t)
	r, _, _ := openWhileHidden(t, s, 80, 24)
	r.drain(func() {})
	r.deliver(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{']'}}) // reads the whole order
	r.drain(func() {})
	for range 200 {
		r.deliver(tea.KeyMsg{Type: tea.KeyDown})
	}
	before, ok := r.m.Selected()
	if !ok || r.m.Count() <= 200 {
		t.Fatalf("the test needs the whole checklist shown, past the overdue: %d items", r.m.Count())
	}
	late := model.DateOf(testNow).AddDays(-3)
	if !before.DueOn.After(late) {
		t.Fatalf("the test needs the cursor past the overdue: on %+v", before)
	}
	if err := s.AddReminder(context.Background(), &model.Reminder{CustomerID: before.CustomerID, DueOn: late, Kind: model.ReminderCall, Note: "从另一个程序加的"}); err != nil {
		t.Fatal(err)
	}
	r.step("reload")
	r.drain(func() {})
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, before) {
		t.Errorf("after another program added an overdue item the cursor moved from %+v to %d, %+v", before, r.m.Cursor, got)
	}
	// Delete the reminder the other program added, then bring it back.
	for r.m.Cursor > 0 {
		if it, _ := r.m.Selected(); it.Note == "从另一个程序加的" {
			break
		}
		r.deliver(tea.KeyMsg{Type: tea.KeyUp})
	}
	added, _ := r.m.Selected()
	if added.Note != "从另一个程序加的" {
		t.Fatalf("the reminder added is not listed above the cursor")
	}
	send(r.a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'D'}})
	if got, _ := r.m.Selected(); followup.SameItem(got, added) {
		t.Fatalf("the reminder deleted is still under the cursor")
	}
	send(r.a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'u'}})
	if got, ok := r.m.Selected(); !ok || !followup.SameItem(got, added) {
		t.Errorf("after u the cursor is on %+v; want the reminder brought back, %+v", got, added)
	}
}
