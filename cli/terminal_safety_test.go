package cli

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guanxi/internal/termtest"
)

// hostile holds text a terminal would act on if it were printed as it is: a title change, an OSC
// 8 link, an OSC 52 clipboard write, a screen clear, a colour, their C1 forms, C0 controls, NUL,
// DEL and bidi overrides and isolates. Each piece carries a marker so its visible form can be found.
var hostile = []string{
	"\x1b]0;TITLE-A\x07",
	"\x1b]8;;http://evil.example/\x1b\\LINK-B\x1b]8;;\x1b\\",
	"\x1b]52;c;Q0xJUC1D\x07",
	"\x1b[2J\x1b[HCLEAR-D",
	"\x1b[31mRED-E",
	"\u009b31mCSI-F",
	"\u009d0;OSC-G\u009c",
	"NUL-H", // NUL is refused on input (see below) and written by another program instead
	"BEL-I\x07BS\x08CR\rVT\x0bFF\x0cDEL\x7f",
	"\u202eRLO-J\u202c",
	"\u2066ISO-K\u2069\u200f",
	"LS-L\u2028PS\u2029",
}

func hostileText(i int) string {
	return fmt.Sprintf("客%d%s尾", i, hostile[i%len(hostile)])
}

// assertHarmless fails when out holds anything a terminal would act on, or invalid UTF-8.
func assertHarmless(t *testing.T, what, out string) {
	t.Helper()
	if err := termtest.Check(out, true); err != nil {
		t.Errorf("%s printed %v", what, err)
	}
}

// TestHostileTextIsShownNotActedOn writes hostile text into every field the command line takes,
// and checks the bytes of every output — tables, archives, checklists, the trash, JSON, error
// messages, in both languages — hold nothing a terminal would act on, while the text stays
// visible and JSON gives it back exactly.
func TestHostileTextIsShownNotActedOn(t *testing.T) {
	b := newBook(t)
	name := hostileText(0)
	id := b.add("--name", name, "--company", hostileText(1), "--wechat", hostileText(3),
		"--region", hostileText(4), "--industry", hostileText(5), "--tags", hostileText(6), "--notes", hostileText(7),
		"--level", "vip")
	other := b.add("--name", hostileText(8), "--company", hostileText(9))
	b.ok("log", id, "--channel", "visit", "--at", "-20d", "--note", hostileText(10), "--next", hostileText(11))
	b.ok("deal", id, "--amount", "5万", "--on", "-30d", "--product", hostileText(1), "--credit-due", "today")
	b.ok("remind", id, "--on", "today", "--note", hostileText(2))
	b.ok("tag", id, "--type", "hesitant", "--note", hostileText(3))
	if r := b.run("complain", id, "--what", hostileText(4), "--reply-by", "today"); r.code != 0 && r.code != 2 {
		t.Errorf("complain: %+v", r)
	}
	b.ok("delete", other)
	// Fields imported from a file, with a bad row that the import reports.
	csvPath := filepath.Join(t.TempDir(), "客户.csv")
	var csv strings.Builder
	csv.WriteString("姓名,公司,电话,标签,备注\n")
	fmt.Fprintf(&csv, "%q,%q,13800138000,%q,%q\n", "导入"+hostileText(2), hostileText(3), hostileText(4), hostileText(5)+"\n"+hostileText(6))
	fmt.Fprintf(&csv, ",%q,,,\n", hostileText(7))
	fmt.Fprintf(&csv, "%q,co,not-a-phone\x1b[2J,,\n", "导入"+hostileText(11))
	if err := os.WriteFile(csvPath, []byte(csv.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	imp := b.run("import", csvPath)
	assertHarmless(t, "import (stdout)", imp.stdout)
	assertHarmless(t, "import (stderr)", imp.stderr)
	if !strings.Contains(imp.stdout+imp.stderr, "line 3") {
		t.Errorf("the import does not report the bad row: %+v", imp)
	}
	b.now = day0.AddDate(0, 0, 1)
	if r := b.run("add", "--name", "a\x00b"); r.code != 2 || !strings.Contains(r.stderr, "invalid characters") {
		t.Errorf("a NUL typed in a name: %+v", r)
	}
	// Another program may still write NUL and every other byte into the book.
	db, err := sql.Open("sqlite", b.path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`UPDATE customers SET notes = notes || char(0) || 'x', title = 'T' || char(0, 27, 155, 8238) || 'NUL-H',
		email = 'e' || char(27) || ']8;;m@example.com' || char(7)`)
	if err == nil {
		_, err = db.Exec(`UPDATE interactions SET next_step = next_step || char(0, 7, 27) || ']0;z'`)
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	runs := [][]string{
		{"list"}, {"list", "--json"}, {"list", "--query", "客"}, {"list", "--query", "导入"}, {"show", id}, {"show", id, "--json"},
		{"show", "3"}, {"report"}, {"duplicates"},
		{"today"}, {"today", "--json"}, {"trash"}, {"trash", "--json"}, {"check"},
		{"show", name}, {"show", hostileText(5)}, {"log", hostileText(6), "--channel", "call", "--note", "x"},
		{"add", "--name", hostileText(7), "--level", hostileText(8)}, {"restore", hostileText(9)},
		{"deal", id, "--amount", hostileText(10)}, {"remind", id, "--on", hostileText(11)},
	}
	for _, lang := range []string{"en", "zh"} {
		for _, args := range runs {
			r := b.run(append([]string{"--lang", lang}, args...)...)
			what := lang + " " + strings.Join(args, " ")
			assertHarmless(t, what+" (stdout)", r.stdout)
			assertHarmless(t, what+" (stderr)", r.stderr)
		}
	}
	// Shown, not dropped: each marker is on screen with the control made visible.
	show := b.ok("show", id)
	for _, want := range []string{"␛]0;TITLE-A␇", "LINK-B", "␛]52;c;", "CLEAR-D", "␛[31mRED-E", "NUL-H", "\\u2066ISO-K"} {
		if !strings.Contains(show+b.ok("list"), want) {
			t.Errorf("%q is not visible in show or list", want)
		}
	}
	// JSON keeps the data exact: decoded, the name is what was typed.
	if got := decodeObject(t, b.ok("show", id, "--json"))["name"]; got != name {
		t.Errorf("JSON name %q, want %q", got, name)
	}
}
