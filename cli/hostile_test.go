package cli

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// attacks are the sequences a hostile book holds in every text field: terminal title changes (OSC 0
// and 2), a link (OSC 8), a clipboard write (OSC 52), CSI sequences, the 8-bit CSI, carriage
// return, backspace, bell, a right-to-left override, NUL and bytes that are not UTF-8.
var attacks = []string{
	"\x1b]0;OSC0\x07",
	"\x1b]2;OSC2\x1b\\",
	"\x1b]8;;http://evil.example/\x1b\\OSC8\x1b]8;;\x1b\\",
	"\x1b]52;c;Q0xJUA==\x07",
	"\x1b[2J\x1b[31mCSI",
	"\xc2\x9b31mC1",
	"CR\rBS\bBEL\a",
	"\u202eRLO",
	"NUL\x00",
	"BAD\xff\xfe",
}

// evil is the i-th hostile text: a readable word around one attack, so a field stays findable.
func evil(i int) string { return fmt.Sprintf("恶%d%s尾", i, attacks[i%len(attacks)]) }

// allAttacks is one text holding every attack, for the fields that are few.
var allAttacks = "全" + strings.Join(attacks, "·")

// hostileColumns are the text columns of a book that hold what users and files write: every one of
// them is filled with attacks. Codes, dates and keys are left valid so the commands get past them.
var hostileColumns = map[string][]string{
	"customers":         {"name", "company", "title", "industry", "region", "size", "phone", "email", "wechat", "address", "source", "referred_by", "tags", "notes"},
	"contacts":          {"name", "title", "phone", "email", "wechat", "notes"},
	"interactions":      {"summary", "next_step"},
	"deals":             {"product"},
	"reminders":         {"note"},
	"complaints":        {"what", "handler", "summary"},
	"payments":          {"note"},
	"typologies":        {"name_zh", "name_en", "about_zh", "about_en"},
	"personality_types": {"name_zh", "name_en", "traits_zh", "traits_en", "approach_zh", "approach_en", "avoid_zh", "avoid_en"},
	"person_types":      {"note"},
}

// hostileBook writes a generated book whose every text field holds attacks, with a saved list and
// a file whose names are hostile too, and returns the book and the hostile file.
func hostileBook(t *testing.T) (b *book, file string) {
	t.Helper()
	b = newBook(t)
	b.ok("demo", "--size", "12", "--db", b.path)
	b.ok("segment", "save", "恶名", "level:vip")
	b.ok("segment", "save", "坏条件", "level:vip")
	db, err := sql.Open("sqlite", b.path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n := 0
	for table, cols := range hostileColumns {
		for _, col := range cols {
			n++
			q := fmt.Sprintf("UPDATE %s SET %s = ? || %s || ? || rowid", table, col, col)
			if _, err := db.Exec(q, evil(n), evil(n+1)); err != nil {
				t.Fatalf("%s.%s: %v", table, col, err)
			}
		}
	}
	// Saved lists whose name and query another program made hostile: the query no longer parses.
	if _, err := db.Exec("UPDATE segments SET name = ? WHERE name = '恶名'", evil(3)); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE segments SET query = ? WHERE name = '坏条件'", "region:"+allAttacks); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE customers SET notes = ? WHERE id = 1", allAttacks+"\n"+allAttacks); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "目录\x1b]0;DIR\x07")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	file = filepath.Join(dir, "客户\x1b[2J\u202e.csv")
	csv := "姓名,公司,电话\n" + strings.Join([]string{`"导入` + evil(1) + `"`, `"` + evil(2) + `"`, "13800138000"}, ",") + "\n" +
		`,"` + evil(4) + `",` + "\n"
	if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	return b, file
}

// hostileSettings is the book with a class setting another program made hostile.
func hostileSettings(t *testing.T, b *book) {
	t.Helper()
	db, err := sql.Open("sqlite", b.path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("INSERT OR REPLACE INTO settings(key, value) VALUES ('a_percent', ?), ('dormant_days', ?)", allAttacks, evil(5)); err != nil {
		t.Fatal(err)
	}
}

// copyBook copies the book's file (and its write-ahead log, if any) into a new folder, so each
// command starts from the same hostile book.
func copyBook(t *testing.T, from *book) *book {
	t.Helper()
	to := *from
	to.path = filepath.Join(t.TempDir(), "guanxi.db")
	for _, suffix := range []string{"", "-wal"} {
		data, err := os.ReadFile(from.path + suffix)
		if os.IsNotExist(err) && suffix != "" {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to.path+suffix, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return &to
}

// validFlag is a value each flag accepts, so a command gets past its checks to its output; a flag
// not named here takes hostile text.
var validFlag = map[string]string{
	"amount": "100", "on": "today", "reply-by": "today", "credit-due": "today", "at": "today",
	"days": "3", "channel": "visit", "level": "vip", "stage": "customer", "relation": "partner",
	"type": "hesitant", "every": "1w", "severity": "2", "format": "csv", "vcard": "4.0", "size": "5",
	"summary": "done", "deal": "1", "sort": "name", "id": "1", "set": "a_percent=20",
}

// validKind is the --kind each command takes.
var validKind = map[string]string{"remind": "call", "add": "person", "edit": "organisation"}

// commandRuns returns the command lines that exercise cmd: with its required flags valid and free
// text hostile, the same with --json when it has it, with every argument and flag hostile, and its
// help. file is an existing hostile file, out a new hostile path.
func commandRuns(cmd *cobra.Command, file, out string) [][]string {
	path := strings.Fields(cmd.CommandPath())[1:]
	fields := strings.Fields(cmd.Use)[1:]
	var pos []string
	var required []string
	depth, value := 0, false
	for _, f := range fields {
		plain := depth == 0 && !strings.HasPrefix(f, "[")
		depth += strings.Count(f, "[") - strings.Count(f, "]")
		switch {
		case !plain:
		case value: // the value of the required flag before it
			value = false
		case strings.HasPrefix(f, "--"):
			required = append(required, strings.TrimPrefix(f, "--"))
			value = true
		case f == strings.ToUpper(f) && !strings.Contains(f, "|"):
			pos = append(pos, f)
		}
	}
	valid := slices.Clone(path)
	hostile := slices.Clone(path)
	for i, p := range pos {
		switch p {
		case "FILE":
			if path[0] == "import" {
				valid = append(valid, file)
			} else {
				valid = append(valid, out)
			}
		case "NAME":
			valid = append(valid, evil(3))
		case "QUERY":
			valid = append(valid, "level:vip")
		default:
			valid = append(valid, fmt.Sprint(i+1))
		}
		hostile = append(hostile, evil(20+i))
	}
	for _, name := range required {
		v, ok := validFlag[name]
		if name == "db" {
			v, ok = out, true
		}
		if k, isKind := validKind[path[0]]; name == "kind" && isKind {
			v, ok = k, true
		}
		if !ok {
			v = evil(30)
		}
		valid = append(valid, "--"+name, v)
	}
	var withJSON []string
	cmd.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
		switch {
		case f.Name == "help":
		case f.Name == "json":
			withJSON = append(slices.Clone(valid), "--json")
		case f.Value.Type() == "bool":
			if f.Name == "yes" || f.Name == "force" {
				valid = append(valid, "--"+f.Name)
				hostile = append(hostile, "--"+f.Name)
			}
		case f.Name == "out" || f.Name == "db":
			valid = append(valid, "--"+f.Name, out)
			hostile = append(hostile, "--"+f.Name, out+"2")
		default:
			hostile = append(hostile, "--"+f.Name, evil(len(hostile)))
		}
	})
	runs := [][]string{valid, hostile, append(slices.Clone(path), "--help")}
	if withJSON != nil {
		runs = append(runs, withJSON)
	}
	return runs
}

// everyCommand walks the command tree: every command a user can type, parents included.
func everyCommand() []*cobra.Command {
	c := newCLI(func(string) string { return "" }, nil, nil, nil, nil)
	root := c.newRoot()
	var out []*cobra.Command
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		for _, sub := range cmd.Commands() {
			if !sub.Hidden {
				out = append(out, sub)
				walk(sub)
			}
		}
	}
	walk(root)
	return out
}

// TestEveryCommandIsSafeOnAHostileBook runs every command of the command tree, in both languages,
// on a book whose every text field holds terminal attacks: with valid arguments (so the command
// prints what it prints), with hostile arguments and flags (so its error sentences echo them), with
// --json where it has it, and its help. Nothing any of them writes to stdout or stderr may hold a
// control character other than newline and tab, or invalid UTF-8; JSON stays valid JSON. A new
// command is covered as soon as it is in the tree.
func TestEveryCommandIsSafeOnAHostileBook(t *testing.T) {
	// Hostile relative paths (backup FILE, import FILE …) land in a folder of the test's own.
	t.Chdir(t.TempDir())
	base, file := hostileBook(t)
	out := filepath.Join(filepath.Dir(file), "出\x1b]52;c;QQ==\x07.db")
	settings := copyBook(t, base)
	hostileSettings(t, settings)
	cmds := everyCommand()
	if len(cmds) < 30 {
		t.Fatalf("the walk found %d commands", len(cmds))
	}
	for _, cmd := range cmds {
		runs := commandRuns(cmd, file, out+cmd.Name())
		b := copyBook(t, base)
		for _, lang := range []string{"en", "zh"} {
			for i, args := range runs {
				// The race run (-short) keeps the valid runs in both languages and the rest in one.
				if testing.Short() && lang == "en" && i > 0 {
					continue
				}
				checkRun(t, b, lang, args)
			}
		}
		// The settings another program broke are read by some commands: their message is safe too.
		if !testing.Short() {
			checkRun(t, settings, "zh", runs[0])
		}
	}
	// The root: help, version, an unknown command and a bad flag; the shell's completions, which
	// offer the book's hostile names, and the scripts and the manual page.
	for _, args := range [][]string{{"--help"}, {"--version"}, {evil(7)}, {"--" + evil(8)}, {"help", evil(9)}, {"--lang", evil(10)},
		{"__complete", "show", ""}, {"__complete", "restore", ""}, {"__complete", "segment", "delete", ""},
		{"__complete", "list", "--type", ""}, {"__complete", "snapshots", "restore", ""}, {"__complete", evil(11)},
		{"completion", "bash"}, {"completion", "zsh"}, {"completion", "fish"}, {"man"}} {
		checkRun(t, base, "en", args)
	}
}

// checkRun runs one command line and checks what it wrote.
func checkRun(t *testing.T, b *book, lang string, args []string) {
	t.Helper()
	full := append([]string{"--lang", lang}, args...)
	what := fmt.Sprintf("%q", full)
	var r result
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Errorf("%s panicked: %v", what, p)
			}
		}()
		r = b.runIn("", full...)
	}()
	assertHarmless(t, what+" (stdout)", r.stdout)
	assertHarmless(t, what+" (stderr)", r.stderr)
	if slices.Contains(args, "--json") && r.code == 0 && !json.Valid([]byte(r.stdout)) {
		t.Errorf("%s: stdout is not valid JSON:\n%s", what, r.stdout)
	}
}
