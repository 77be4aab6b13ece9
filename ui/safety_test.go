package ui

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/termtest"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// hostile holds text a terminal would act on if printed as it is: a title change, an OSC 8 link,
// an OSC 52 clipboard write, a screen clear, colour, their C1 forms, C0 controls, DEL, bidi
// overrides and isolates, line separators. NUL is added by another program (the model refuses it).
var hostile = []string{
	"\x1b]0;TITLE-A\x07", "\x1b]8;;http://evil.example/\x1b\\LINK-B\x1b]8;;\x1b\\", "\x1b]52;c;Q0xJUC1D\x07",
	"\x1b[2J\x1b[HCLEAR-D", "\x1b[31mRED-E", "\u009b31mCSI-F", "\u009d0;OSC-G\u009c", "BEL\x07BS\x08CR\rVT\x0bDEL\x7f",
	"\u202eRLO-J\u202c", "\u2066ISO-K\u2069\u200f", "LS-L\u2028PS\u2029",
}

// themeAttrs matches the SGR sequences the colourless theme writes: a reset and the attributes
// bold (1), underline (4) and reverse (7), alone or together.
var themeAttrs = regexp.MustCompile(`\x1b\[(?:[0147](?:;[0147])*)?m`)

func evil(i int) string { return fmt.Sprintf("客%d%s尾", i, hostile[i%len(hostile)]) }

// assertHarmless fails when a frame holds anything a terminal would act on. Tests render without
// a colour profile, so a frame has no escape sequence at all of its own: any ESC came from data.
func assertHarmless(t *testing.T, what, frame string) {
	t.Helper()
	// The theme's own attributes (bold, underline, reverse: what stays visible without colour) are
	// the only sequences the program writes; anything else, a colour included, came from user text.
	// Tabs too: a view lays out cells itself.
	if err := termtest.Check(themeAttrs.ReplaceAllString(frame, ""), false); err != nil {
		t.Errorf("%s: %v reaches the terminal", what, err)
	}
}

// hostileBook writes a book whose every text field holds hostile text, the way the UI, an import
// or another program could have written it.
func hostileBook(t *testing.T) (*store.Store, model.Customer) {
	t.Helper()
	now := testNow.AddDate(0, 0, -30) // records made a month ago, shown today
	s := testbook.Open(t, func() time.Time { return now })
	path := s.Path()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	cu := model.Customer{Name: evil(0), Company: evil(1), Title: evil(2), Region: evil(3), Industry: evil(4),
		Address: evil(5), Source: evil(6), Tags: []string{evil(7), evil(8)}, Notes: evil(9) + "\n" + evil(10),
		Level: model.LevelVIP, Stage: model.StageLoyal, Birthday: model.DateOf(testNow).AddDays(1)}
	must(s.AddCustomer(ctx, &cu))
	ct := model.Contact{CustomerID: cu.ID, Name: evil(1), Title: evil(2), Role: model.RoleDecisionMaker, Notes: evil(3)}
	must(s.AddContact(ctx, &ct))
	in := model.Interaction{CustomerID: cu.ID, ContactID: ct.ID, Channel: model.ChannelVisit, At: testNow.AddDate(0, 0, -20),
		Summary: evil(4) + "\n" + evil(5), NextStep: evil(6)}
	must(s.LogInteraction(ctx, &in))
	must(s.AddDeal(ctx, &model.Deal{CustomerID: cu.ID, On: model.DateOf(testNow).AddDays(-25), Product: evil(7),
		Amount: 86_000_00, CreditDueOn: model.DateOf(testNow), Paid: 1_000_00}))
	must(s.AddReminder(ctx, &model.Reminder{CustomerID: cu.ID, DueOn: model.DateOf(testNow), Kind: model.ReminderCall, Note: evil(8)}))
	must(s.AddComplaint(ctx, &model.Complaint{CustomerID: cu.ID, On: model.DateOf(testNow).AddDays(-3), What: evil(9),
		Severity: 2, GoodFaith: true, Handler: evil(10), ReplyBy: model.DateOf(testNow)}))
	custom := model.PersonalityType{Code: "hostile_type", Typology: "general", Name: model.Text{Zh: evil(2), En: evil(3)},
		Traits: model.Text{Zh: evil(4), En: evil(4)}, Approach: model.Text{Zh: evil(5), En: evil(5)}, Avoid: model.Text{Zh: evil(6), En: evil(6)}}
	must(s.AddType(ctx, &custom))
	must(s.TagPerson(ctx, store.PersonTag{CustomerID: cu.ID, Type: "hostile_type", Note: evil(7)}))
	must(s.TagPerson(ctx, store.PersonTag{CustomerID: cu.ID, ContactID: ct.ID, Type: "hesitant", Note: evil(8)}))
	other := model.Customer{Name: "王建国", Company: "苏州恒达精密机械有限公司", Level: model.LevelKey}
	must(s.AddCustomer(ctx, &other))
	// Another program writes what the model refuses: NUL and raw escapes in every column.
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	must(err)
	for _, q := range []string{
		`UPDATE customers SET name = name || char(0) || 'NUL-N', phone = '138' || char(0, 27) || '[5m', email = char(27) || ']8;;x' || char(7), wechat = char(155) || 'w' WHERE id = ` + fmt.Sprint(cu.ID),
		`UPDATE contacts SET phone = char(27, 91, 50, 74), name = name || char(0)`,
		`UPDATE interactions SET summary = summary || char(0, 13, 27) || ']0;I'`,
		`UPDATE reminders SET note = note || char(0, 27) || ']52;c;QQ==' || char(7)`,
	} {
		_, err := raw.Exec(q)
		must(err)
	}
	raw.Close()
	now = testNow
	got, err := s.Customer(ctx, cu.ID)
	must(err)
	return s, got
}

// frames collects every frame a walk through the program draws, by what was on screen.
type frames struct {
	t    *testing.T
	a    *App
	seen map[string]string
	n    int
}

func (f *frames) snap(what string) {
	f.n++
	f.seen[fmt.Sprintf("%03d %s", f.n, what)] = f.a.View()
}

// TestHostileTextIsHarmlessInEveryView walks every view of the TUI over a book whose every text
// holds escape sequences, controls, NUL and bidi overrides: the list, a search, the detail page
// by page, the follow-up row by row with its card, the catalog with a user's own type, every form
// filled from the data or pasted into, the help, the confirmation, and the status line. No frame
// may hold a byte a terminal would act on, every line must keep its width, and the text must stay
// visible as text.
func TestHostileTextIsHarmlessInEveryView(t *testing.T) {
	s, cu := hostileBook(t)
	for _, lang := range []model.Lang{model.Zh, model.En} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			a := newTestApp(t, s, lang, size[0], size[1])
			f := &frames{t: t, a: a, seen: map[string]string{}}
			f.snap("list")
			typeText(a, "客")
			f.snap("list search")
			send(a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(hostile[0] + hostile[8]), Paste: true})
			f.snap("list search pasted")
			press(a, tea.KeyEsc)
			press(a, tea.KeyEsc)
			send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: cu.ID})
			for i := 0; i < 12; i++ {
				f.snap("detail page")
				press(a, tea.KeyPgDown)
			}
			for _, k := range []string{"e", "l", "d", "r", "c", "t", "!", "$", "p"} {
				typeText(a, k)
				f.snap("form " + k)
				send(a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(evil(3)), Paste: true})
				f.snap("form " + k + " pasted")
				press(a, tea.KeyEsc)
			}
			typeText(a, "D")
			f.snap("confirm delete")
			typeText(a, "n")
			typeText(a, "?")
			f.snap("help")
			press(a, tea.KeyEsc)
			send(a, kit.StatusMsg{Text: "状态 " + evil(1) + evil(9), IsErr: true})
			f.snap("status line")
			send(a, kit.SaveFailedMsg{Err: errors.New(evil(4) + "\x00")})
			f.snap("save failed")
			send(a, kit.CustomerTrashedMsg{ID: 999999, Name: evil(0)})
			f.snap("trash status")
			press(a, tea.KeyEsc)
			press(a, tea.KeyF2)
			for i := 0; i < 10; i++ {
				f.snap("follow-up row")
				press(a, tea.KeyDown)
			}
			press(a, tea.KeyF3)
			for i := 0; i < 80; i++ {
				f.snap("catalog row")
				press(a, tea.KeyDown)
			}
			typeText(a, "/")
			send(a, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(hostile[9]), Paste: true})
			f.snap("catalog filter pasted")

			visible := ""
			for what, frame := range f.seen {
				name := fmt.Sprintf("%s %dx%d %s", lang, size[0], size[1], what)
				assertHarmless(t, name, frame)
				lines := strings.Split(frame, "\n")
				if len(lines) != size[1] {
					t.Errorf("%s: %d lines, want %d", name, len(lines), size[1])
				}
				for i, l := range lines {
					if w := kit.Width(l); w != size[0] {
						t.Errorf("%s: line %d is %d cells, want %d: %q", name, i, w, size[0], l)
						break
					}
				}
				visible += frame
			}
			for _, want := range []string{"␛]0;TITLE-A␇", "␛[31mRED-E", "\\u202eRLO-J", "NUL-N", "hostile_type"} {
				if want == "hostile_type" {
					want = evil(2)[:4] // the custom type's name, as far as its first marker
				}
				if !strings.Contains(visible, want) {
					t.Errorf("%s %dx%d: %q is never shown", lang, size[0], size[1], want)
				}
			}
		}
	}
}

// TestLimitsNeverPanic: a note at the limit, one far over it, emoji, combining marks and empty
// required fields give a clear error or a correct screen, never a panic or a broken layout.
func TestLimitsNeverPanic(t *testing.T) {
	s := fixtureBook(t)
	ctx := context.Background()
	big := model.Customer{Name: "👨‍👩‍👧‍👦 Zoë Ä̃ 𠀀 é", Company: "ｶﾞ 🇨🇳 中文", Notes: strings.Repeat("长备注🙂é ", model.MaxNoteLen/6)}
	if err := s.AddCustomer(ctx, &big); err != nil {
		t.Fatalf("a note at the limit: %v", err)
	}
	huge := model.Customer{Name: "巨大", Notes: strings.Repeat("字", 1<<20)}
	var fe *model.FieldError
	if err := s.AddCustomer(ctx, &huge); !errors.As(err, &fe) || fe.Field != "notes" {
		t.Errorf("a 1 MB note: %v, want a clear error on the notes", err)
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}, {40, 10}} {
		a := newTestApp(t, s, model.Zh, size[0], size[1])
		start := time.Now()
		send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: big.ID})
		for i := 0; i < 5; i++ {
			press(a, tea.KeyPgDown)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%dx%d: the detail of a long note took %v", size[0], size[1], d)
		}
		checkScreenSize(t, a, size[0], size[1])
		press(a, tea.KeyEsc)
		checkScreenSize(t, a, size[0], size[1])
		if !strings.Contains(screenText(a), "👨‍👩‍👧‍👦") && size[0] >= 80 {
			t.Errorf("%dx%d: the emoji name is not in the list:\n%s", size[0], size[1], screenText(a))
		}
	}
	// A form with its required field emptied says so and keeps what was typed.
	a := newTestApp(t, s, model.Zh, 80, 24)
	press(a, tea.KeyCtrlN)
	typeText(a, "   ")
	press(a, tea.KeyTab)
	typeText(a, "北京华信贸易")
	press(a, tea.KeyCtrlS)
	screen := screenText(a)
	if !strings.Contains(screen, "北京华信贸易") || !strings.Contains(screen, "!") {
		t.Errorf("an empty name: the form did not keep the text or say what is wrong:\n%s", screen)
	}
	if n, _ := s.CountCustomers(ctx); n != 5 {
		t.Errorf("%d customers after a refused form, want 5", n)
	}
}
