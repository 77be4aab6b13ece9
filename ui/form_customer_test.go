package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// A form opened from the follow-up covers the row it came from: its title must say whose record it
// writes, for every way the follow-up opens one (log, done on a visit, reminder, snooze, type).
func TestFormsFromTheFollowUpNameTheirCustomer(t *testing.T) {
	for _, key := range []string{"l", "x", "r", "s", "t"} {
		t.Run(key, func(t *testing.T) {
			_, a, m := fuApp(t, model.Zh, 80, 24)
			fuSelect(t, a, m, ofKind(model.ItemVisit, "王建国"))
			opensFormNaming(t, a, key, "王建国")
		})
	}
}

// opensFormNaming types key and fails the test unless it opens a form whose title names the
// customer.
func opensFormNaming(t *testing.T, a *App, key, name string) {
	t.Helper()
	typeText(a, key)
	if a.overlay == nil {
		t.Fatalf("%q should open a form:\n%s", key, screenText(a))
	}
	if title := formTitleLine(screenText(a)); !strings.Contains(title, name) {
		t.Errorf("the form opened by %q should name %s in its title, not %q:\n%s", key, name, title, screenText(a))
	}
}

// formTitleLine is the first line of text inside a form's box.
func formTitleLine(screen string) string {
	inBox := false
	for _, line := range strings.Split(screen, "\n") {
		if strings.ContainsAny(line, "╭┌") {
			inBox = true
			continue
		}
		if inBox {
			return strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "│"))
		}
	}
	return ""
}

// The archive's forms over a personality type name the customer too: setting one (t) and
// taking one off (T).
func TestTypeFormsInTheArchiveNameTheirCustomer(t *testing.T) {
	for _, key := range []string{"t", "T"} {
		t.Run(key, func(t *testing.T) {
			_, a := fixtureApp(t, model.Zh, 80, 24)
			press(a, tea.KeyTab)
			press(a, tea.KeyEnter) // 王建国, first in the follow-up
			opensFormNaming(t, a, key, "王建国")
		})
	}
}
