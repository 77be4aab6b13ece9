package ui

import (
	"strings"
	"sync/atomic"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// TestHeldBookHeader: while another machine holds a replicated book, the header says the book is
// read-only here and names that machine; the note goes when the hold does, and the status line
// says that the book can be changed here now.
func TestHeldBookHeader(t *testing.T) {
	for _, tc := range []struct {
		lang model.Lang
		w, h int
		want string
	}{{model.Zh, 80, 24, "只读：「办公室台式机」"}, {model.En, 120, 40, "read-only: 办公室台式机 holds the book"}} {
		s := fixtureBook(t)
		var held atomic.Bool
		held.Store(true)
		a := newTestApp(t, s, tc.lang, tc.w, tc.h)
		a.heldBy = func() (string, bool) { return "办公室台式机\x1b[2J", held.Load() }
		send(a, tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
		header := strings.SplitN(screenText(a), "\n", 2)[0]
		if !strings.Contains(header, strings.Replace(tc.want, "办公室台式机", "办公室台式机␛[2J", 1)) {
			t.Errorf("%s header: %q; want the read-only note naming the machine, its text made safe", tc.lang, header)
		}
		checkScreenSize(t, a, tc.w, tc.h)
		golden(t, "held_"+string(tc.lang)+"_"+map[int]string{80: "80x24", 120: "120x40"}[tc.w], a)
		a.Update(kit.WatchTickMsg{}) // the watch looks while the book is held
		held.Store(false)
		a.Update(kit.WatchTickMsg{}) // and again once the holder let it go
		screen := screenText(a)
		if header := strings.SplitN(screen, "\n", 2)[0]; strings.Contains(header, "只读") || strings.Contains(header, "read-only") {
			t.Errorf("the note stays after the hold went: %q", header)
		}
		if want := map[model.Lang]string{model.Zh: "已交出客户簿", model.En: "let the book go"}[tc.lang]; !strings.Contains(screen, want) {
			t.Errorf("%s: the status line does not say the book can be changed here now:\n%s", tc.lang, screen)
		}
	}
}
