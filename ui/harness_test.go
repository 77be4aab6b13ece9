package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
	"guanxi/ui/list"
	"guanxi/ui/uitest"
)

// The app's side of the test harness; what does not need the app is in package uitest.

var (
	update      = uitest.Update
	testNow     = uitest.Now
	fixtureBook = uitest.FixtureBook
	runCmd      = uitest.RunCmd
)

// lookAtTheBook does what the running program's watch does every second: it looks at the
// book's data version, and the app answers what it finds.
func lookAtTheBook(a *App, s *store.Store) { lookAtTheBookSeeing(a, s, nil) }

// lookAtTheBookSeeing is lookAtTheBook that shows see what the app handles, as sendSeeing does.
func lookAtTheBookSeeing(a *App, s *store.Store, see seer) {
	for _, msg := range runCmd(kit.CheckBook(s)) {
		sendSeeing(a, msg, see)
	}
}

// addFromAnotherProgram writes a customer, 欧阳修, into s's book through a store of its own, as
// another program would.
func addFromAnotherProgram(t *testing.T, s *store.Store) {
	t.Helper()
	other, err := store.Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.AddCustomer(context.Background(), &model.Customer{Name: "欧阳修", Company: "滁州醉翁亭", Level: model.LevelNew}); err != nil {
		t.Fatal(err)
	}
}

// send delivers a message to the app and then every message its commands yield, until quiet.
func send(a *App, msg tea.Msg) { sendSeeing(a, msg, nil) }

// seer is handed each message the app handled and the messages its command yielded, before
// those are handled in turn: a test counts the reads, or looks at the app in between.
type seer func(msg tea.Msg, yielded []tea.Msg)

// sendSeeing is send that hands see, when there is one, each message as the app handles it.
func sendSeeing(a *App, msg tea.Msg, see seer) { sendHolding(a, msg, see, nil) }

// holder is asked of each message a command yielded whether it keeps it back (true), to be
// handed to the app later in an order the test chooses, or lets the app have it now.
type holder func(msg tea.Msg) bool

// sendHolding is sendSeeing that, when there is a hold, does not hand the app the messages hold
// keeps back.
func sendHolding(a *App, msg tea.Msg, see seer, hold holder) {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		if _, ok := m.(kit.WatchTickMsg); ok {
			continue
		}
		_, cmd := a.Update(m)
		yielded := uitest.RunCmd(cmd)
		if see != nil {
			see(m, yielded)
		}
		for _, out := range yielded {
			if hold == nil || !hold(out) {
				queue = append(queue, out)
			}
		}
	}
}

// typeText sends each rune as a key press.
func typeText(a *App, s string) {
	for _, r := range s {
		send(a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

func press(a *App, k tea.KeyType) { send(a, tea.KeyMsg{Type: k}) }

func newTestApp(t *testing.T, s *store.Store, lang model.Lang, w, h int) *App {
	t.Helper()
	return newTestAppSeeing(t, s, lang, w, h, nil)
}

// newTestAppSeeing is newTestApp that hands see each message of the start, as sendSeeing does.
func newTestAppSeeing(t *testing.T, s *store.Store, lang model.Lang, w, h int, see seer) *App {
	t.Helper()
	a := New(s, Options{Lang: lang, NoColor: true})
	// Notes are searched as soon as a query is answered, not after the pause a person takes.
	a.tabs[tabList].(*list.Screen).NotesWait = 0
	sendSeeing(a, tea.WindowSizeMsg{Width: w, Height: h}, see)
	for _, m := range uitest.RunCmd(a.Init()) {
		sendSeeing(a, m, see)
	}
	return a
}

// screenText is the app's screen as a person reads it.
func screenText(a *App) string { return uitest.ScreenText(a.View()) }

// golden compares the app's screen with testdata/NAME.golden, or rewrites it with -update.
func golden(t *testing.T, name string, a *App) {
	t.Helper()
	uitest.Golden(t, name, a.View())
}

// checkScreenSize asserts every line fits the terminal in cells and there are exactly h lines.
func checkScreenSize(t *testing.T, a *App, w, h int) {
	t.Helper()
	uitest.CheckScreenSize(t, a.View(), w, h)
}

// screenSize is a terminal the golden screens are drawn at.
type screenSize struct{ w, h int }

// shot checks the app's screen fits sz and compares it with its golden file NAME.
func shot(t *testing.T, a *App, sz screenSize, name string) {
	t.Helper()
	checkScreenSize(t, a, sz.w, sz.h)
	golden(t, name, a)
}

// eachScreen runs f as a subtest in both languages at every size, named as the golden files are.
func eachScreen(t *testing.T, f func(t *testing.T, lang model.Lang, sz screenSize, name string)) {
	eachScreenAt(t, sizes, f)
}

// longSizes are the sizes long names and reasons are drawn at: the golden screens' two and one
// between them, where the follow-up's name column begins to widen.
var longSizes = []screenSize{{80, 24}, {100, 30}, {120, 40}}

// eachScreenAt is eachScreen at the sizes at.
func eachScreenAt(t *testing.T, at []screenSize, f func(t *testing.T, lang model.Lang, sz screenSize, name string)) {
	for _, lang := range []model.Lang{model.Zh, model.En} {
		for _, sz := range at {
			name := fmt.Sprintf("%s_%dx%d", lang, sz.w, sz.h)
			t.Run(name, func(t *testing.T) { f(t, lang, sz, name) })
		}
	}
}

// fixtureApp is the app over a fresh fixture book, in lang on a w×h terminal, and the book.
func fixtureApp(t *testing.T, lang model.Lang, w, h int) (*store.Store, *App) {
	t.Helper()
	s := fixtureBook(t)
	return s, newTestApp(t, s, lang, w, h)
}

// remindToday writes a reminder of the kind, due on the tests' today, for the customer id.
func remindToday(t *testing.T, s *store.Store, id int64, kind model.ReminderKind, note string) {
	t.Helper()
	r := model.Reminder{CustomerID: id, DueOn: model.DateOf(testNow), Kind: kind, Note: note}
	if err := s.AddReminder(context.Background(), &r); err != nil {
		t.Fatal(err)
	}
}

// clearField empties the focused text field of the open form.
func clearField(a *App) {
	send(a, tea.KeyMsg{Type: tea.KeyCtrlU})
	send(a, tea.KeyMsg{Type: tea.KeyCtrlK})
}

// retype replaces what the focused field of the open form holds with text.
func retype(a *App, text string) {
	clearField(a)
	typeText(a, text)
}

// save presses the open form's save key.
func save(a *App) { send(a, tea.KeyMsg{Type: tea.KeyCtrlS}) }

// formShows fails the test, saying why, unless a form or box is open and the screen shows each of
// wants: a form just opened, or one that refused what was typed and stays open.
func formShows(t *testing.T, a *App, why string, wants ...string) {
	t.Helper()
	screen := screenText(a)
	if a.overlay == nil {
		t.Fatalf("%s, but no form is open:\n%s", why, screen)
	}
	if want := missingFrom(screen, wants...); want != "" {
		t.Fatalf("%s (%q):\n%s", why, want, screen)
	}
}

// missingFrom is the first of wants the screen does not show; "" when it shows every one.
func missingFrom(screen string, wants ...string) string {
	for _, want := range wants {
		if !strings.Contains(screen, want) {
			return want
		}
	}
	return ""
}

// shotOf types keys, compares the screen they open with its golden file NAME, and closes it with
// esc.
func shotOf(t *testing.T, a *App, sz screenSize, keys, name string) {
	t.Helper()
	typeText(a, keys)
	shot(t, a, sz, name)
	press(a, tea.KeyEsc)
}

// formClosed fails the test, saying why, unless no form or box is open: one that saved or was left.
func formClosed(t *testing.T, a *App, why string) {
	t.Helper()
	if a.overlay != nil {
		t.Fatalf("%s:\n%s", why, screenText(a))
	}
}

// findCustomer is the customer of the book named name; one not found fails the test.
func findCustomer(t *testing.T, s *store.Store, name string) model.Customer {
	t.Helper()
	cu, err := s.FindCustomer(context.Background(), name)
	if err != nil {
		t.Fatalf("customer %s: %v", name, err)
	}
	return cu
}

// shownWithoutForm reports, saying why, unless no form or box is open and the screen shows each of
// wants: a key refused with a word on the status line instead of a form.
func shownWithoutForm(t *testing.T, a *App, why string, wants ...string) {
	t.Helper()
	screen := screenText(a)
	if a.overlay != nil {
		t.Errorf("%s, but a form is open:\n%s", why, screen)
		return
	}
	if want := missingFrom(screen, wants...); want != "" {
		t.Errorf("%s (%q):\n%s", why, want, screen)
	}
}
