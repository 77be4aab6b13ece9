package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/list"
)

// A change written by another program makes the list read its index again without holding the
// old one beside it: the old index is let go (the rows shown stay, as a page of their own) before
// the one load runs, and the follow-up reads its order again only after that load, not beside it.
func TestListReloadLetsGoOfTheOldIndexFirst(t *testing.T) {
	s := searchFixture(t)
	a := newTestApp(t, s, model.En, 120, 40)
	m := a.tabs[tabList].(*list.Screen)
	old := m.Ix
	if old == nil || !m.FromIndex {
		t.Fatal("the index should be loaded")
	}
	press(a, tea.KeyDown)
	press(a, tea.KeyDown)
	selected, _ := m.Selected()
	shown := listRows(a)
	lookAtTheBook(a, s) // the watch's first look

	addFromAnotherProgram(t, s)

	// The app's loop, one message at a time, looking at the list as each command runs.
	var order []string // the kinds of message, in the order they came
	loads := 0
	lookAtTheBookSeeing(a, s, func(msg tea.Msg, out []tea.Msg) {
		order = append(order, fmt.Sprintf("%T", msg))
		for _, o := range out {
			if fmt.Sprintf("%T", o) != "list.indexLoadedMsg" {
				continue
			}
			loads++
			// The load ran from the state Update left: no index held, the rows shown unchanged.
			if m.Ix != nil {
				t.Error("the old index was still held while the new one loaded")
			}
			if got := listRows(a); !slices.Equal(got, shown) {
				t.Errorf("while the index loads the rows shown should stay %v, got %v", shown, got)
			}
			if c, _ := m.Selected(); c.ID != selected.ID {
				t.Errorf("while the index loads the cursor should stay on %s, it is on %s", selected.Name, c.Name)
			}
		}
	})
	if loads != 1 {
		t.Errorf("the index should be loaded once, it was loaded %d times (%v)", loads, order)
	}
	at := slices.Index(order, "list.indexLoadedMsg")
	for i, kind := range order {
		if strings.HasPrefix(kind, "followup.") && i < at {
			t.Errorf("the follow-up read its order while the index loaded: %v", order)
			break
		}
	}
	if !slices.ContainsFunc(order[max(at, 0):], func(k string) bool { return strings.HasPrefix(k, "followup.") }) {
		t.Errorf("the follow-up should read its order again after the index: %v", order)
	}
	if m.Ix == nil || m.Ix == old || !m.FromIndex || m.IndexBusy() {
		t.Fatal("the new index should be in place")
	}
	if c, _ := m.Selected(); c.ID != selected.ID {
		t.Errorf("the cursor should stay on %s, it is on %s", selected.Name, c.Name)
	}
	typeText(a, "ouyang")
	if got := listRows(a); strings.Join(got, ",") != "欧阳修" {
		t.Errorf("the customer added elsewhere should be found: %v", got)
	}
}
