package ui

import (
	"sync/atomic"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
	"guanxi/ui/list"
	"guanxi/ui/uitest"
)

// The first screen waits on nothing in the background: the first step of Init reads only the
// list's first page and the catalog its rows name; the other tabs, the plans and the watch come
// in a later step, and the search index and the work given as AfterFirstScreen (the day's
// snapshot) start only once the first page is handled, the latter once.
func TestFirstScreenIsReadBeforeAnyBackgroundLoad(t *testing.T) {
	var afterFirst atomic.Int32
	a := New(searchFixture(t), Options{Lang: model.Zh, NoColor: true, AfterFirstScreen: func() { afterFirst.Add(1) }})
	send(a, tea.WindowSizeMsg{Width: 80, Height: 24})
	steps, ok := uitest.Sequence(a.Init()())
	if !ok || len(steps) < 2 {
		t.Fatalf("Init should read the first screen in a step of its own, then the rest; got %d steps", len(steps))
	}
	var page kit.CustomersLoadedMsg
	var gotPage bool
	for _, msg := range uitest.RunCmd(steps[0]) {
		switch msg := msg.(type) {
		case kit.CustomersLoadedMsg:
			page, gotPage = msg, true
		case kit.CatalogLoadedMsg:
		default:
			t.Errorf("the first step should read only the first page and the catalog, not %T", msg)
		}
	}
	if !gotPage {
		t.Fatal("the first step should read the list's first page")
	}
	m := a.tabs[tabList].(*list.Screen)
	if m.Indexing || m.Ix != nil || afterFirst.Load() != 0 {
		t.Fatal("neither the search index nor the work after the first screen should start before the first page is shown")
	}
	_, cmd := a.Update(page)
	if !m.Loaded || m.RowCount() == 0 {
		t.Errorf("the first page should be on the screen once its message is handled:\n%s", screenText(a))
	}
	if !m.Indexing || cmd == nil {
		t.Error("the search index should start loading once the first page is handled")
	}
	for _, msg := range uitest.RunCmd(cmd) {
		send(a, msg)
	}
	send(a, page) // a page read again later starts nothing more
	if n := afterFirst.Load(); n != 1 {
		t.Errorf("the work after the first screen should run once, ran %d times", n)
	}
}
