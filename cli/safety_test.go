package cli

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTextFileIsRefusedUntouched(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.txt")
	content := []byte("客户名单\n张三 13800138000\n")
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	b := &book{t: t, path: path, env: map[string]string{}, now: day0}
	for _, args := range [][]string{{"list"}, {"today", "--json"}, {"add", "--name", "x"}, {"check"}, {"show", "1"}} {
		r := b.run(args...)
		if r.code != 1 || !strings.Contains(r.stderr, "not a guanxi book") || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, content) {
		t.Errorf("the text file changed: %q (%v)", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files appeared beside the text file: %v", entries)
	}
}

func TestNoEscapeSequenceReachesTheTerminal(t *testing.T) {
	b := newBook(t)
	evil := "张\x1b]0;pwned\x07三\x1b[31m"
	b.add("--name", evil, "--company", "\x1b[2Jco\u202e\u009b", "--tags", "a\x1bb")
	b.add("--name", evil)
	b.ok("log", "1", "--channel", "call", "--note", "line\x1b[1Aup\r\nnext\x08")
	b.ok("remind", "1", "--on", "today", "--note", "\x1b]52;c;AAAA\x07")
	b.now = day0.AddDate(0, 0, 30)
	outputs := map[string]result{}
	for _, args := range [][]string{
		{"list"}, {"list", "--json"}, {"show", "1"}, {"show", "1", "--json"}, {"today"}, {"today", "--json"},
		{"--lang", "zh", "show", "1"}, {"--lang", "zh", "today"}, {"show", evil}, {"log", evil, "--channel", "call", "--note", "x"},
	} {
		outputs[strings.Join(args, " ")] = b.run(args...)
	}
	for name, r := range outputs {
		for _, bad := range []string{"\x1b", "\x07", "\x08", "\r", "\u009b", "\u202e"} {
			if strings.Contains(r.stdout, bad) || strings.Contains(r.stderr, bad) {
				t.Errorf("%s printed %q:\nstdout %q\nstderr %q", name, bad, r.stdout, r.stderr)
			}
		}
	}
	if !strings.Contains(outputs["list"].stdout, "␛]0;pwned␇") {
		t.Errorf("the escape is not shown as text:\n%s", outputs["list"].stdout)
	}
	// JSON keeps the data: decoding gives the name back byte for byte.
	list := decodeArray(t, outputs["list --json"].stdout)
	if list[0]["name"] != evil {
		t.Errorf("JSON name = %q, want %q", list[0]["name"], evil)
	}
	if list[0]["company"] != "\x1b[2Jco\u202e\u009b" {
		t.Errorf("JSON company = %q", list[0]["company"])
	}
}

func TestColourOnlyOnATerminal(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	b.now = day0.AddDate(0, 0, 30)
	// Output to a buffer is never coloured, whatever the environment says.
	b.env["TERM"] = "xterm-256color"
	if out := b.ok("today"); strings.Contains(out, "\x1b") {
		t.Errorf("colour in piped output: %q", out)
	}
}

func TestNewerBookIsRefused(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三")
	db, err := sql.Open("sqlite", b.path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA user_version = 9999"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(b.path)
	r := b.run("list")
	if r.code != 1 || !strings.Contains(r.stderr, "newer version") || !strings.Contains(r.stderr, "update guanxi") {
		t.Errorf("newer book: exit %d, stderr %q", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(b.path); !bytes.Equal(before, after) {
		t.Error("the newer book was changed")
	}
}
