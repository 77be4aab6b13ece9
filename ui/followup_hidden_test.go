package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/followup"
)

// noting counts in n the messages the app handles whose type is named with part.
func noting(n *int, part string) seer {
	return func(msg tea.Msg, _ []tea.Msg) {
		if strings.Contains(fmt.Sprintf("%T", msg), part) {
			*n++
		}
	}
}

// sendNoting delivers a message like send and counts the messages its commands yield whose type
// is named with part.
func sendNoting(a *App, msg tea.Msg, part string) int {
	n := 0
	sendSeeing(a, msg, noting(&n, part))
	return n
}

// The follow-up hidden at start reads its head and the counts its tab's title shows, not the tail
// read ahead for end; shown, it reads the tail ahead as before.
func TestHiddenFollowUpCountsButReadsNoTail(t *testing.T) {
	tails := 0
	a := newTestAppSeeing(t, headBook(t), model.Zh, 80, 24, noting(&tails, "tailLoaded"))
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
