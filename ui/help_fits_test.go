package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// The help of every screen fits the terminal: a screen's note (the list's dates, the follow-up's
// order) is wrapped no wider than the keys beside it, so at 80×24, where the lines flow into
// columns side by side, the box's right edge stays on the screen; where the columns are still too
// wide (80×24 in English), they come in pages that pgdn turns, and every key is on one of them.
func TestHelpFitsTheScreen(t *testing.T) {
	eachScreenAt(t, longSizes, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		_, a := fixtureApp(t, lang, sz.w, sz.h)
		for _, screen := range []string{"list", "followup", "detail"} {
			typeText(a, "?")
			if screen != "detail" && (name == "zh_80x24" || name == "en_120x40") {
				shot(t, a, sz, "help_"+screen+"_"+name)
			}
			seen := ""
			for page := 1; ; page++ {
				helpFits(t, screen, screenText(a))
				seen += screenText(a)
				last := fmt.Sprintf(kit.Texts.Help.Page.In(lang), page, page)
				if strings.Contains(screenText(a), kit.Texts.Help.Close.In(lang)) || strings.Contains(screenText(a), last) || page > 3 {
					break
				}
				press(a, tea.KeyPgDown)
			}
			if !strings.Contains(seen, "ctrl+c") {
				t.Errorf("%s: the help's pages never show the last key, ctrl+c:\n%s", screen, seen)
			}
			press(a, tea.KeyEsc)
			switch screen {
			case "list":
				press(a, tea.KeyTab)
			case "followup":
				press(a, tea.KeyEnter)
			}
		}
	})
}

// helpFits fails the test when a line of the help's box on screen is cut at the screen's edge.
func helpFits(t *testing.T, screen, text string) {
	t.Helper()
	box := 0
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " ")
		if !strings.Contains(l, "│") && !strings.ContainsAny(l, "╭╰┌└") {
			continue
		}
		box++
		if !strings.HasSuffix(l, "│") && !strings.HasSuffix(l, "╮") && !strings.HasSuffix(l, "╯") &&
			!strings.HasSuffix(l, "┐") && !strings.HasSuffix(l, "┘") {
			t.Errorf("%s: the help's line is cut at the screen's edge: %q", screen, l)
		}
	}
	if box < 5 {
		t.Fatalf("%s: no help box on the screen:\n%s", screen, text)
	}
}

// The help's pages turn with pgdn and pgup, and any other key closes it, as it closes a help of one
// page.
func TestHelpPagesTurn(t *testing.T) {
	_, a := fixtureApp(t, model.En, 80, 24)
	page := func(n int) string { return fmt.Sprintf(kit.Texts.Help.Page.In(model.En), n, 2) }
	typeText(a, "?")
	for _, step := range []struct {
		key  tea.KeyType
		want string
	}{{0, page(1)}, {tea.KeyPgDown, page(2)}, {tea.KeyPgDown, page(2)}, {tea.KeyPgUp, page(1)}, {tea.KeyPgUp, page(1)}} {
		if step.key != 0 {
			press(a, step.key)
		}
		if a.overlay == nil || !strings.Contains(screenText(a), step.want) {
			t.Fatalf("after %v the help should show %q:\n%s", step.key, step.want, screenText(a))
		}
	}
	typeText(a, "x")
	formClosed(t, a, "any other key closes the help")
}
