package safetytest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hostileFields are what the book gets in its text fields: sequences a terminal would act on.
var hostileFields = map[string]string{
	"name":     "张\x1b]0;TITLE-A\x07三\u202eRLO-B\u202c",
	"company":  "\x1b]8;;http://evil.example/\x1b\\LINK-C\x1b]8;;\x1b\\公司",
	"region":   "\x1b]52;c;Q0xJUC1E\x07地区",
	"industry": "\x1b[2J\x1b[HCLEAR-F行业",
	"tags":     "\x1b[31mRED-G",
	"notes":    "\u009b31mCSI-H\u009d0;OSC-I\u009c \u2066ISO-J\u2069 BEL\x07BS\x08CR\r",
}

// forbidden are byte sequences that must never reach the terminal: the hostile sequences as
// they were written. The program's own drawing uses none of them (no title, link, clipboard,
// C1 control or bidi control), so any of these in the output came from the data.
var forbidden = []string{
	"\x1b]0;", "\x1b]2;", "\x1b]8;", "\x1b]52;", "\x1b[2J\x1b[HCLEAR", "\x1b[31mRED",
	"\xc2\x9b", "\xc2\x9d", "\xc2\x9c", "\u202e", "\u202c", "\u2066", "\u2069", "\x00", "TITLE-A\x07", "Q0xJUC1E\x07",
	"BEL\x07", "BS\x08",
}

// TestTerminalBytesHoldNoHostileSequence writes hostile text into a book, through the command
// line and, for NUL, as another program would, then records every byte the program writes to a
// real terminal (tmux pipe-pane) while a person walks the TUI — list, search, detail, edit form,
// follow-up, catalog, help — and then runs list, show and today in the same terminal. None of the
// hostile sequences may be in those bytes, and their text must be visible.
func TestTerminalBytesHoldNoHostileSequence(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "book")
	book := filepath.Join(dir, "guanxi.db")
	args := []string{"--db", book, "add", "--level", "vip"}
	for _, f := range []string{"name", "company", "region", "industry", "tags", "notes"} {
		args = append(args, "--"+f, hostileFields[f])
	}
	mustGx(t, args...)
	mustGx(t, "--db", book, "log", "1", "--channel", "visit", "--at", "-30d", "--note", hostileFields["notes"], "--next", hostileFields["company"])
	mustGx(t, "--db", book, "remind", "1", "--on", "today", "--note", hostileFields["region"])
	db := openBook(t, book)
	if _, err := db.Exec(`UPDATE customers SET title = 'NUL' || char(0) || 'K'`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	raw := filepath.Join(t.TempDir(), "terminal.raw")
	gx := shellQuote(gxBin) + " --db " + shellQuote(book)
	shell := "sleep 1; " + strings.TrimSuffix(tuiCommand(book, ""), "; sleep 30") +
		"; LANG=zh_CN.UTF-8 " + gx + " list; " + gx + " show 1; " + gx + " today; LANG=en_US.UTF-8 " + gx +
		" export --format csv; echo CLI-DONE; sleep 30"
	p := startPane(t, shell)
	if out, err := exec.Command("tmux", "pipe-pane", "-o", "-t", p.session, "cat >> "+shellQuote(raw)).CombinedOutput(); err != nil {
		t.Fatalf("pipe-pane: %v %s", err, out)
	}
	p.waitFor("张", 10*time.Second)
	p.typeText("张")
	time.Sleep(300 * time.Millisecond)
	p.keys("Enter")
	p.waitFor("拜访计划", 5*time.Second)
	p.keysPaused(150*time.Millisecond, "PageDown", "PageDown", "PageDown", "PageDown")
	// A pause after each ESC: an ESC followed at once by a key reads as alt+key, which a form
	// takes as typing, and a form with typing asks before it closes.
	p.keysPaused(300*time.Millisecond, "e", "Escape", "t", "Escape", "?")
	p.keys("Escape")
	p.keysPaused(400*time.Millisecond, "F2", "F3")
	p.keys("C-c")
	p.waitFor("CLI-DONE", 10*time.Second)
	time.Sleep(300 * time.Millisecond)

	out, err := os.ReadFile(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 2000 {
		t.Fatalf("only %d bytes were recorded from the terminal", len(out))
	}
	for _, bad := range forbidden {
		if i := bytes.Index(out, []byte(bad)); i >= 0 {
			lo, hi := max(0, i-40), min(len(out), i+40)
			t.Errorf("%q reached the terminal: …%q…", bad, out[lo:hi])
		}
	}
	// An export is the data exactly as it is: on a terminal it is refused, not printed.
	if !bytes.Contains(out, []byte("give --out FILE")) {
		t.Error("an export to the terminal was not refused")
	}
	for _, shown := range []string{"␛]0;TITLE-A␇", "LINK-C", "CLEAR-F", "␛[31mRED-G", "\\u202eRLO-B", "NUL␀K"} {
		if !bytes.Contains(out, []byte(shown)) {
			t.Errorf("%q is never shown as text", shown)
		}
	}
}
