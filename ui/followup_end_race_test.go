package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
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
	held map[string][]tea.Msg // by kind: head, tail, whole, counts
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
func (r *endRace) deliver(msg tea.Msg) {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		for _, out := range answer(r.a, m) {
			if kind := heldKind(out); kind != "" {
				r.held[kind] = append(r.held[kind], out)
			} else {
				queue = append(queue, out)
			}
		}
	}
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

// openWhileHidden starts the app on the customer list, the follow-up's first read under way, and
// shows the follow-up before that read comes: its showing reads the checklist again. The first
// head is answered, with its counts; the second is held.
func openWhileHidden(t *testing.T, w, h int) (*endRace, model.ChecklistItem, int) {
	s := headBook(t)
	x, items := checklistOf(t, s)
	a := New(s, Options{Lang: model.Zh, NoColor: true})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	r := &endRace{t: t, a: a, m: a.tabs[tabFollowUp].(*followup.Screen), held: map[string][]tea.Msg{}}
	r.held["head"] = runCmd(r.m.Reload()) // the read the program starts hidden
	r.deliver(tea.KeyMsg{Type: tea.KeyF2})
	if len(r.held["head"]) != 2 {
		t.Fatalf("the follow-up shown should read its checklist again: %d reads", len(r.held["head"]))
	}
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
	}
	for _, sz := range []screenSize{{80, 24}, {120, 40}} {
		for _, order := range orders {
			t.Run(fmt.Sprintf("%dx%d/%s", sz.w, sz.h, strings.Join(order, "-")), func(t *testing.T) {
				r, last, total := openWhileHidden(t, sz.w, sz.h)
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
					if step == "end" {
						r.deliver(tea.KeyMsg{Type: tea.KeyEnd})
					} else {
						r.next(step)
					}
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
