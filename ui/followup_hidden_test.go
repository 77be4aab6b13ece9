package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/followup"
	"guanxi/ui/list"
	"guanxi/ui/uitest"
)

// sendNoting delivers a message like send and counts the messages its commands yield whose type
// is named with part.
func sendNoting(a *App, msg tea.Msg, part string) int {
	n := 0
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		if strings.Contains(fmt.Sprintf("%T", m), "WatchTick") {
			continue
		}
		if strings.Contains(fmt.Sprintf("%T", m), part) {
			n++
		}
		_, cmd := a.Update(m)
		queue = append(queue, uitest.RunCmd(cmd)...)
	}
	return n
}

// The follow-up hidden at start reads its head and the counts its tab's title shows, not the tail
// read ahead for end; shown, it reads the tail ahead as before.
func TestHiddenFollowUpCountsButReadsNoTail(t *testing.T) {
	a := New(headBook(t), Options{Lang: model.Zh, NoColor: true})
	a.tabs[tabList].(*list.Screen).NotesWait = 0
	sendNoting(a, tea.WindowSizeMsg{Width: 80, Height: 24}, "")
	tails := 0
	for _, m := range uitest.RunCmd(a.Init()) {
		tails += sendNoting(a, m, "tailLoaded")
	}
	if tails != 0 {
		t.Errorf("the hidden follow-up should read no tail, read it %d times", tails)
	}
	fu := a.tabs[tabFollowUp].(*followup.Screen)
	if badge := fu.Badge(); badge == "" || !strings.Contains(a.header(), fu.Title()+badge) {
		t.Errorf("the follow-up's tab should show its count while hidden: %q", a.header())
	}
	if n := sendNoting(a, tea.KeyMsg{Type: tea.KeyF2}, "tailLoaded"); n != 1 {
		t.Errorf("the follow-up shown should read its tail ahead once, read it %d times", n)
	}
}
