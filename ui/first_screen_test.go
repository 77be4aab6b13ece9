package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
	"guanxi/ui/list"
	"guanxi/ui/uitest"
)

// The first screen waits on nothing in the background: the first step of Init reads only the
// list's first page and the catalog its rows name; the other tabs, the plans and the watch come
// in a later step, and the search index starts loading only once the first page is handled.
func TestFirstScreenIsReadBeforeAnyBackgroundLoad(t *testing.T) {
	a := New(searchFixture(t), Options{Lang: model.Zh, NoColor: true})
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
	if m.Indexing || m.Ix != nil {
		t.Fatal("the search index should not start loading before the first page is shown")
	}
	_, cmd := a.Update(page)
	if !m.Loaded || m.RowCount() == 0 {
		t.Errorf("the first page should be on the screen once its message is handled:\n%s", screenText(a))
	}
	if !m.Indexing || cmd == nil {
		t.Error("the search index should start loading once the first page is handled")
	}
}
