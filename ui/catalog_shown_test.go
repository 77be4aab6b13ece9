package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/catalog"
	"guanxi/ui/kit"
)

// countingReads counts in seen, by kind, the catalog's and the carriers' reads the app handles.
func countingReads(seen map[string]int) seer {
	return func(msg tea.Msg, _ []tea.Msg) {
		switch msg.(type) {
		case kit.CarriersLoadedMsg:
			seen["carriers"]++
		case kit.CatalogLoadedMsg:
			seen["catalog"]++
		}
	}
}

// sendCounting delivers a message like send and counts, by kind, the messages its commands yield.
func sendCounting(a *App, msg tea.Msg, seen map[string]int) { sendSeeing(a, msg, countingReads(seen)) }

// A hidden catalog reads no carriers: at start (the list is shown) the catalog is read once and
// who carries its selected type is not read at all; shown, it reads them and they are on screen;
// hidden again, a catalog read again (after a change to the book) reads no carriers.
func TestCatalogReadsCarriersOnlyWhenShown(t *testing.T) {
	seen := map[string]int{}
	a := newTestAppSeeing(t, fixtureBook(t), model.Zh, 80, 24, countingReads(seen))
	if seen["catalog"] != 1 {
		t.Errorf("the catalog should be read once at start, was read %d times", seen["catalog"])
	}
	if seen["carriers"] != 0 {
		t.Errorf("no carriers should be read before the catalog is shown, %d reads", seen["carriers"])
	}
	m := a.tabs[tabCatalog].(*catalog.Screen)
	if m.CarriersTotal > 0 {
		t.Errorf("the hidden catalog should hold no carriers, holds %d", m.CarriersTotal)
	}

	sendCounting(a, tea.KeyMsg{Type: tea.KeyF3}, seen)
	if seen["carriers"] != 1 {
		t.Errorf("showing the catalog should read its selected type's carriers once, %d reads", seen["carriers"])
	}
	if sel, _ := m.Selected(); sel.Code != "hesitant" || m.CarriersTotal != 1 {
		t.Errorf("the shown catalog should hold 犹豫型's one carrier: %s, %d", sel.Code, m.CarriersTotal)
	}
	sendCounting(a, tea.KeyMsg{Type: tea.KeyEnter}, seen)
	if screen := screenText(a); !strings.Contains(screen, "带着「犹豫型」的人（1）") || !strings.Contains(screen, "周丽") {
		t.Errorf("the carriers should be on the shown catalog:\n%s", screen)
	}
	sendCounting(a, tea.KeyMsg{Type: tea.KeyEsc}, seen)

	sendCounting(a, tea.KeyMsg{Type: tea.KeyF1}, seen)
	before := seen["carriers"]
	sendCounting(a, kit.CatalogLoadedMsg{Types: a.c.Catalog, Typologies: a.c.Typologies}, seen)
	if seen["carriers"] != before {
		t.Errorf("a hidden catalog read again should read no carriers, %d reads", seen["carriers"]-before)
	}
	sendCounting(a, tea.KeyMsg{Type: tea.KeyF3}, seen)
	if seen["carriers"] != before+1 || m.CarriersTotal != 1 {
		t.Errorf("shown again, the catalog should read its carriers again: %d reads, %d carriers", seen["carriers"]-before, m.CarriersTotal)
	}
}
