package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
	"guanxi/ui/overlays"
	"guanxi/ui/uitest"
)

// inputSizes are the two screens every input view and record edit is checked on: Chinese on a small terminal,
// English on a large one.
var inputSizes = []struct {
	lang model.Lang
	w, h int
}{{model.Zh, 80, 24}, {model.En, 120, 40}}

// eachInputSize runs a test on both screens, each on its own fresh book.
func eachInputSize(t *testing.T, run func(t *testing.T, lang model.Lang, w, h int, name string)) {
	for _, sz := range inputSizes {
		name := fmt.Sprintf("%s_%dx%d", sz.lang, sz.w, sz.h)
		t.Run(name, func(t *testing.T) { run(t, sz.lang, sz.w, sz.h, name) })
	}
}

// quits tells whether a command ends the program.
func quits(cmd tea.Cmd) bool {
	for _, m := range runCmd(cmd) {
		if _, ok := m.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

// toField tabs through the open form to the field with the key.
func toField(a *App, key string) {
	f := a.overlay.(*kit.Form)
	for range len(f.Fields) {
		if f.Fields[f.Focus].Key == key {
			return
		}
		press(a, tea.KeyTab)
	}
}

// openDetail searches a customer and opens their archive.
func openDetail(a *App, name string) {
	typeText(a, name)
	press(a, tea.KeyEnter)
}

func TestAFormWithChangesAsksBeforeItIsThrownAway(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s, a := fixtureApp(t, lang, w, h)
		press(a, tea.KeyCtrlN)
		press(a, tea.KeyEsc)
		formClosed(t, a, "esc on a form with nothing typed should close it at once")
		press(a, tea.KeyCtrlN)
		typeText(a, "钱多多")
		press(a, tea.KeyEsc)
		if a.overlay == nil {
			t.Fatal("esc threw a typed form away without asking")
		}
		golden(t, "form_discard_"+name, a)
		typeText(a, "n")
		formShows(t, a, "n should go back to the form with the typing kept", "钱多多")
		// ctrl+c inside a form never quits: it asks like esc.
		_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyCtrlC})
		if quits(cmd) {
			t.Fatal("ctrl+c in a half-filled form quit the program")
		}
		if a.overlay == nil || !a.overlay.(*kit.Form).Asking {
			t.Fatalf("ctrl+c in a form with changes should ask:\n%s", screenText(a))
		}
		_, cmd = a.Update(tea.KeyMsg{Type: tea.KeyCtrlC})
		if quits(cmd) || a.overlay == nil {
			t.Fatal("a second ctrl+c while the form asks should neither quit nor throw the form away")
		}
		typeText(a, "y")
		formClosed(t, a, "y should throw the form away")
		if _, err := s.FindCustomer(context.Background(), "钱多多"); err == nil {
			t.Error("a form thrown away saved its customer")
		}
		// Outside a form ctrl+c still quits.
		if _, cmd := a.Update(tea.KeyMsg{Type: tea.KeyCtrlC}); !quits(cmd) {
			t.Error("ctrl+c on a screen should quit")
		}
	})
}

func TestTheFooterShowsTheFormsKeys(t *testing.T) {
	a := newTestApp(t, fixtureBook(t), model.En, 120, 40)
	press(a, tea.KeyCtrlN)
	lines := strings.Split(screenText(a), "\n")
	footer := lines[len(lines)-1]
	if !strings.Contains(footer, "ctrl+s save") || strings.Contains(footer, "new customer") {
		t.Errorf("under a form the footer should show the form's keys, not the list's: %q", footer)
	}
	toField(a, "level") // a choice
	lines = strings.Split(screenText(a), "\n")
	if footer := lines[len(lines)-1]; !strings.Contains(footer, "←/→ choose") {
		t.Errorf("on a choice the footer should say ←/→ choose: %q", footer)
	}
}

// 13.6: the edit form gives multi-line notes back as they were, and notes are typed on lines.
func TestEditKeepsMultiLineNotes(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s := fixtureBook(t)
		ctx := context.Background()
		cu := findCustomer(t, s, "王建国")
		notes := "第一行：交期要紧\n\t第二行缩进\r\n第三行"
		cu.Notes = notes
		if err := s.UpdateCustomer(ctx, &cu); err != nil {
			t.Fatal(err)
		}
		a := newTestApp(t, s, lang, w, h)
		openDetail(a, "王建国")
		typeText(a, "e")
		if a.overlay == nil {
			t.Fatal("e should open the edit form")
		}
		press(a, tea.KeyCtrlS)
		got, _ := s.Customer(ctx, cu.ID)
		if got.Notes != notes {
			t.Fatalf("opening and saving the form changed the notes:\n%q\nwant\n%q", got.Notes, notes)
		}
		typeText(a, "e")
		press(a, tea.KeyShiftTab) // round to the last field, the notes
		golden(t, "form_notes_"+name, a)
		press(a, tea.KeyEnter) // the cursor is at the end of the notes
		typeText(a, "第四行")
		if a.overlay == nil || a.overlay.(*kit.Form).Fields[a.overlay.(*kit.Form).Focus].Key != "notes" {
			t.Fatalf("enter in the notes should start a new line, not leave the field:\n%s", screenText(a))
		}
		press(a, tea.KeyCtrlS)
		got, _ = s.Customer(ctx, cu.ID)
		if want := "第一行：交期要紧\n    第二行缩进\n\n第三行\n第四行"; got.Notes != want {
			t.Errorf("typed notes saved as %q, want %q", got.Notes, want)
		}
	})
}

func TestTheLevelChoiceSaysWhatEachLevelMeans(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		a := newTestApp(t, fixtureBook(t), lang, w, h)
		press(a, tea.KeyCtrlN)
		toField(a, "level")
		f := a.overlay.(*kit.Form)
		if f.Fields[f.Focus].Key != "level" {
			t.Fatalf("tab should reach the level, not %s", f.Fields[f.Focus].Key)
		}
		screen := screenText(a)
		want := map[model.Lang][]string{model.Zh: {"增值", "每 14 天拜访"}, model.En: {"room to grow", "visit every 14 days"}}[lang]
		for _, w := range want {
			if !strings.Contains(screen, w) {
				t.Errorf("the new level should say %q:\n%s", w, screen)
			}
		}
		press(a, tea.KeyLeft)
		press(a, tea.KeyLeft) // reference → free? the list order: … reference, free, new
		golden(t, "form_level_"+name, a)
		press(a, tea.KeyRight)
		press(a, tea.KeyRight)
		for _, l := range model.Levels() {
			if l.Code == model.LevelLow {
				for range 2 {
					press(a, tea.KeyRight)
				}
				if s := screenText(a); !strings.Contains(s, map[model.Lang]string{model.Zh: "不安排定期拜访", model.En: "no regular visits"}[lang]) {
					t.Errorf("a low-value customer has no plan, and the choice should say so:\n%s", s)
				}
			}
		}
	})
}

func TestTheTypeIsPickedFromTheCatalog(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s, a := fixtureApp(t, lang, w, h)
		openDetail(a, "李娜")
		typeText(a, "t")
		f, ok := a.overlay.(*kit.Form)
		if !ok || f.Fields[f.Focus].Pick == nil {
			t.Fatal("t should open the type form on the type picker")
		}
		if n := len(f.Fields[f.Focus].Pick.Shown); n != len(a.c.Catalog) || n < 50 {
			t.Fatalf("with nothing typed the picker should offer the whole catalog, offers %d", n)
		}
		typeText(a, "yy") // pinyin initials of 犹豫型
		golden(t, "form_typepick_"+name, a)
		screen := screenText(a)
		general := map[model.Lang]string{model.Zh: "犹豫型", model.En: "Hesitant"}[lang]
		if !strings.Contains(screen, general) {
			t.Fatalf("yy should find %s:\n%s", general, screen)
		}
		press(a, tea.KeyEnter) // take the first
		if f.Fields[f.Focus].Key != "note" || f.Fields[1].Value() != general {
			t.Fatalf("enter should take %s and go on to the note, got %q on %s", general, f.Fields[1].Value(), f.Fields[f.Focus].Key)
		}
		press(a, tea.KeyCtrlS)
		cu := findCustomer(t, s, "李娜")
		if len(cu.Types) != 1 || cu.Types[0] != "hesitant" {
			t.Errorf("the picked type should be saved, types are %v", cu.Types)
		}
	})
}

func TestThePickerNarrowsAndMoves(t *testing.T) {
	a := newTestApp(t, fixtureBook(t), model.Zh, 80, 24)
	openDetail(a, "李娜")
	typeText(a, "t")
	f := a.overlay.(*kit.Form)
	p := f.Fields[f.Focus].Pick
	all := len(p.Shown)
	typeText(a, "犹")
	if len(p.Shown) == 0 || len(p.Shown) >= all {
		t.Fatalf("typing more should narrow the list: %d then %d", all, len(p.Shown))
	}
	press(a, tea.KeyDown)
	if len(p.Shown) > 1 && p.Sel != 1 {
		t.Errorf("↓ should move in the list, sel is %d", p.Sel)
	}
	press(a, tea.KeyUp)
	press(a, tea.KeyUp) // from the first item ↑ leaves the list for the field above
	if f.Fields[f.Focus].Key != "person" {
		t.Errorf("↑ on the first item should go to the field above, focus is on %s", f.Fields[f.Focus].Key)
	}
}

func TestImportKeepsWhatWasTypedAfterADryRun(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		s := fixtureBook(t)
		// A name in the home folder, so the golden screen does not show a temporary folder.
		t.Setenv("HOME", filepath.Dir(writeFile(t, "客户名单.csv", importCSV)))
		path := "~/客户名单.csv"
		a := newTestApp(t, s, lang, w, h)
		press(a, tea.KeyCtrlR)
		typeText(a, path)
		press(a, tea.KeyTab) // nothing more to complete: on to the next field
		press(a, tea.KeyTab)
		press(a, tea.KeyRight) // dry run: yes
		press(a, tea.KeyCtrlS)
		if screen := screenText(a); !strings.Contains(screen, map[model.Lang]string{model.Zh: "回到导入表单", model.En: "back to the form"}[lang]) {
			t.Fatalf("the dry run's summary should offer the form again:\n%s", screen)
		}
		press(a, tea.KeyEnter)
		o, ok := a.overlay.(*overlays.Exchange)
		if !ok || o.Stage != overlays.StageAsking {
			t.Fatalf("enter after a dry run should go back to the form:\n%s", screenText(a))
		}
		golden(t, "import_again_"+name, a)
		v := o.Form.Values()
		if v["path"] != path || v["dry"] != "no" || v["dups"] != "skip" {
			t.Fatalf("the form should keep the path and options, the dry run off: %v", v)
		}
		press(a, tea.KeyEnter) // enter on the last field imports for real
		if n := len(customersNamed(t, s, "孙丽")); n != 1 {
			t.Errorf("the import after the dry run should add 孙丽 once, found %d", n)
		}
	})
}

// customersNamed returns the customers of the book with the name.
func customersNamed(t *testing.T, a interface {
	FindCustomer(context.Context, string) (model.Customer, error)
}, name string) []model.Customer {
	t.Helper()
	cu, err := a.FindCustomer(context.Background(), name)
	if err != nil {
		return nil
	}
	return []model.Customer{cu}
}

func TestTabCompletesAPath(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"客户-2026.csv", "客户-2025.csv", "报价.xlsx"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "归档"), 0o700); err != nil {
		t.Fatal(err)
	}
	a := newTestApp(t, fixtureBook(t), model.Zh, 80, 24)
	press(a, tea.KeyCtrlR)
	f := a.overlay.(*overlays.Exchange).Form
	typeText(a, filepath.Join(dir, "报"))
	press(a, tea.KeyTab)
	if got := f.Fields[0].Value(); got != filepath.Join(dir, "报价.xlsx") {
		t.Fatalf("tab should complete the only name that fits: %q", got)
	}
	for range utf8.RuneCountInString("报价.xlsx") {
		press(a, tea.KeyBackspace)
	}
	typeText(a, "客")
	press(a, tea.KeyTab)
	if got := f.Fields[0].Value(); got != filepath.Join(dir, "客户-202") {
		t.Errorf("tab should complete what the names share: %q", got)
	}
	if screen := screenText(a); !strings.Contains(screen, "客户-2025.csv") || !strings.Contains(screen, "客户-2026.csv") {
		t.Errorf("the names that fit should be listed:\n%s", screen)
	}
	for range utf8.RuneCountInString("客户-202") {
		press(a, tea.KeyBackspace)
	}
	typeText(a, "归")
	press(a, tea.KeyTab)
	if got := f.Fields[0].Value(); got != filepath.Join(dir, "归档")+string(filepath.Separator) {
		t.Errorf("a folder should complete with its slash: %q", got)
	}
	if f.Fields[f.Focus].Key != "path" {
		t.Error("a completion should stay on the path")
	}
}

// sgr shows the attributes a screen is drawn with as visible marks: «1» bold, «4» underline,
// «7» reverse, «» the end of one, so a golden file shows what stays visible without colour.
var sgr = regexp.MustCompile("\x1b\\[([0-9;]*)m")

func goldenAttrs(t *testing.T, name string, a *App) {
	t.Helper()
	lines := strings.Split(sgr.ReplaceAllStringFunc(a.View(), func(m string) string {
		code := sgr.FindStringSubmatch(m)[1]
		if code == "0" {
			code = ""
		}
		return "«" + code + "»"
	}), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	uitest.GoldenText(t, name, strings.Join(lines, "\n"))
}

// 16.8: with NO_COLOR the active tab, the selected row, the focused field and the text cursor
// stay visible, in reverse video, bold and underline.
func TestNoColorKeepsFocusAndCursorVisible(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		a := newTestApp(t, fixtureBook(t), lang, w, h) // newTestApp turns colour off
		view := a.View()
		if strings.Contains(view, "\x1b[3") || strings.Contains(view, "\x1b[4;") && strings.Contains(view, "38;") {
			t.Fatal("NO_COLOR screens must not carry colours")
		}
		goldenAttrs(t, "nocolor_list_"+name, a)
		press(a, tea.KeyCtrlN)
		typeText(a, "钱")
		view = a.View()
		if !strings.Contains(view, "\x1b[7m") {
			t.Error("the text cursor should be drawn in reverse video")
		}
		goldenAttrs(t, "nocolor_form_"+name, a)
	})
}
