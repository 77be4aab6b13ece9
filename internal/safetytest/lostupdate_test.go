package safetytest

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// showJSON reads one customer as show --json prints them.
func showJSON(t *testing.T, book, ref string) map[string]any {
	t.Helper()
	var m map[string]any
	out := mustGx(t, "--db", book, "show", ref, "--json")
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("show --json: %v\n%s", err, out)
	}
	return m
}

// Two processes edit one customer: the TUI's edit form is open while the command line changes the
// email and the phone. Saving the form keeps the email (the form did not change it) and, for the
// phone that both changed, shows both values and saves the one the user picks. Nothing is
// overwritten unseen.
func TestTwoEditorsLoseNoUpdate(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "book.db")
	mustGx(t, "--db", book, "add", "--name", "张三", "--phone", "13800000000", "--email", "old@example.com")

	p := startPane(t, tuiCommand(book, ""))
	p.waitFor("张三", 10*time.Second)
	p.keys("Enter")
	p.waitFor("13800000000", 5*time.Second)
	p.keys("e")
	p.waitFor("编辑客户", 5*time.Second)

	// Meanwhile, another process.
	mustGx(t, "--db", book, "edit", "张三", "--email", "new@example.com", "--phone", "13911111111")

	// The form changes the phone (the sixth field, after name, company, short name, kind and
	// title) and saves.
	p.keys("Down", "Down", "Down", "Down", "Down", "C-u")
	p.typeText("13722222222")
	p.keys("C-s")
	p.waitFor("13911111111", 5*time.Second) // the conflict shows the other value …
	if s := p.screen(); !strings.Contains(s, "13722222222") {
		t.Fatalf("the conflict does not show the value typed:\n%s", s)
	}
	if got := showJSON(t, book, "1"); got["phone"] != "13911111111" {
		t.Fatalf("the conflicting phone was written before the choice: %v", got["phone"])
	}
	p.keys("Right", "C-s") // … and the user keeps their own
	deadline := time.Now().Add(5 * time.Second)
	var got map[string]any
	for time.Now().Before(deadline) {
		if got = showJSON(t, book, "1"); got["phone"] == "13722222222" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got["phone"] != "13722222222" || got["email"] != "new@example.com" {
		t.Errorf("after the choice: phone %v email %v\n%s", got["phone"], got["email"], p.screen())
	}

	// The same from the command line alone: an edit changes only the fields it names.
	mustGx(t, "--db", book, "edit", "1", "--address", "上海")
	if got = showJSON(t, book, "1"); got["email"] != "new@example.com" || got["address"] != "上海" {
		t.Errorf("an edit of the address changed more: %v", got)
	}
}
