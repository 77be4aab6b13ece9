package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/ui/followup"
)

// The tail of the checklist (its last items in its order) is read ahead after the head, and end
// pressed as the first key shows it at once, beside a read of the whole checklist's order; moving
// up in it before the whole comes keeps the rows in order, and when the whole comes the cursor
// stays on its item and on its row of the screen.

// cursorRow is the line of the screen the cursor's row is on, and that line.
func cursorRow(t *testing.T, a *App) (int, string) {
	t.Helper()
	for i, line := range strings.Split(screenText(a), "\n") {
		if strings.Contains(line, "▸ ") {
			return i, line
		}
	}
	t.Fatalf("no row under the cursor:\n%s", screenText(a))
	return -1, ""
}

// sendAllButTheWhole sends a the messages msgs but those of the read of the whole checklist's
// order, and returns those, held back.
func sendAllButTheWhole(a *App, msgs []tea.Msg) (held []tea.Msg) {
	for _, msg := range msgs {
		if strings.Contains(fmt.Sprintf("%T", msg), "whole") {
			held = append(held, msg)
			continue
		}
		send(a, msg)
	}
	return held
}

func TestFollowUpEndFirstShowsTheTailThenTheWholeWithoutAJump(t *testing.T) {
	s := headBook(t)
	whole := wholeChecklist(t, s)
	a, m, later := openHead(t, s)
	for _, msg := range later {
		send(a, msg)
	}
	if m.Count() != 120 {
		t.Fatalf("the tail read ahead was shown before end: %d items", m.Count())
	}
	// End: the tail read ahead is shown at once; the whole order's read is held back.
	msgs := answer(a, tea.KeyMsg{Type: tea.KeyEnd})
	for _, msg := range msgs {
		if _, ok := msg.(followup.ChecklistLoadedMsg); ok {
			t.Fatalf("end read the checklist's head again")
		}
	}
	wholeMsgs := sendAllButTheWhole(a, msgs)
	if len(wholeMsgs) != 1 {
		t.Fatalf("end should read the whole order: %d reads", len(wholeMsgs))
	}
	tail := m.Count()
	if tail >= len(whole) {
		t.Fatalf("the tail holds %d of %d items: the test needs a checklist longer than the tail", tail, len(whole))
	}
	end := whole[len(whole)-tail:]
	for i := range tail {
		if it, ok := m.Item(i); ok && !followup.SameItem(it, end[i]) {
			t.Fatalf("tail item %d = %+v, want %+v", i, it, end[i])
		}
	}
	if got, ok := m.Selected(); !ok || !followup.SameItem(got, whole[len(whole)-1]) {
		t.Fatalf("end lands on %+v, want the last item %+v", got, whole[len(whole)-1])
	}
	// Up, before the whole comes: the rows stay in the checklist's order.
	for k := 1; k <= 30; k++ {
		send(a, tea.KeyMsg{Type: tea.KeyUp})
		if got, ok := m.Selected(); !ok || !followup.SameItem(got, whole[len(whole)-1-k]) {
			t.Fatalf("%d up from the end: %+v, want %+v", k, got, whole[len(whole)-1-k])
		}
	}
	row, line := cursorRow(t, a)
	before, _ := m.Selected()
	// The whole comes: the same item under the cursor, on the same row, the rest in place.
	for _, msg := range wholeMsgs {
		send(a, msg)
	}
	if m.Count() != len(whole) {
		t.Fatalf("the whole checklist was not taken: %d items of %d", m.Count(), len(whole))
	}
	if got, ok := m.Selected(); !ok || !followup.SameItem(got, before) || m.Cursor != len(whole)-31 {
		t.Errorf("after the whole came the cursor is on %d, %+v; want %d, %+v", m.Cursor, got, len(whole)-31, before)
	}
	if r, l := cursorRow(t, a); r != row || l != line {
		t.Errorf("the cursor's row moved when the whole came: line %d %q, was line %d %q", r, l, row, line)
	}
	// Home goes to the first item, and end again to the last.
	press(a, tea.KeyHome)
	if got, ok := m.Selected(); !ok || !followup.SameItem(got, whole[0]) {
		t.Errorf("home lands on %+v, want the first item %+v", got, whole[0])
	}
}

func TestFollowUpHomeFromTheTailGoesBackToTheHead(t *testing.T) {
	s := headBook(t)
	x, items := checklistOf(t, s)
	first, last := items(0, 1), items(x.Len()-1, x.Len())
	a, m, later := openHead(t, s)
	for _, msg := range later {
		send(a, msg)
	}
	held := sendAllButTheWhole(a, answer(a, tea.KeyMsg{Type: tea.KeyEnd}))
	if got, ok := m.Selected(); !ok || m.Count() >= x.Len() || !followup.SameItem(got, last[0]) {
		t.Fatalf("the tail is not shown after end: %d items, on %+v", m.Count(), got)
	}
	for _, msg := range answer(a, tea.KeyMsg{Type: tea.KeyHome}) {
		send(a, msg)
	}
	if got, ok := m.Selected(); !ok || !followup.SameItem(got, first[0]) || m.Cursor != 0 {
		t.Errorf("home from the tail lands on %d, %+v; want the first item %+v", m.Cursor, got, first[0])
	}
	// The whole read for the head comes after: it is taken, the cursor still on the first item.
	for _, msg := range held {
		send(a, msg)
	}
	if m.Count() != x.Len() || m.Cursor != 0 {
		t.Errorf("after the whole came: %d items, the cursor on %d; want %d and 0", m.Count(), m.Cursor, x.Len())
	}
}

func TestFollowUpEndBeforeTheTailReadAheadShowsItWhenItComes(t *testing.T) {
	s := headBook(t)
	x, items := checklistOf(t, s)
	last := items(x.Len()-1, x.Len())
	a, m, later := openHead(t, s) // the counts and the tail read ahead, not come yet
	held := sendAllButTheWhole(a, answer(a, tea.KeyMsg{Type: tea.KeyEnd}))
	if m.Count() != 120 {
		t.Fatalf("the view changed before any read came: %d items", m.Count())
	}
	for _, msg := range later {
		send(a, msg)
	}
	if got, ok := m.Selected(); !ok || m.Count() >= x.Len() || !followup.SameItem(got, last[0]) {
		t.Fatalf("when the tail came the view has %d items, on %+v; want the tail, on %+v", m.Count(), got, last[0])
	}
	for _, msg := range held {
		send(a, msg)
	}
	if got, ok := m.Selected(); !ok || m.Count() != x.Len() || !followup.SameItem(got, last[0]) {
		t.Errorf("when the whole came the view has %d items, on %+v; want %d, on %+v", m.Count(), got, x.Len(), last[0])
	}
}
