package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandMakersNameTheirCommands: each maker's name is the name its command is typed by, so
// the invocation that names it builds that command, and no command has another name to be typed by.
func TestCommandMakersNameTheirCommands(t *testing.T) {
	c := newCLI(func(string) string { return "" }, nil, nil, nil, nil)
	for _, m := range c.commandMakers() {
		cmd := m.make()
		if cmd.Name() != m.name {
			t.Errorf("the maker of %q builds %q", m.name, cmd.Name())
		}
		if len(cmd.Aliases) > 0 {
			t.Errorf("%q has aliases %q, which the tree of one command would not find", m.name, cmd.Aliases)
		}
	}
}

// TestTypedCommand reads the command an invocation names, past the flags every command takes.
func TestTypedCommand(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
		ok   bool
	}{
		{nil, "", true},
		{[]string{"--version"}, "", true},
		{[]string{"--db", "x.db", "--demo"}, "", true},
		{[]string{"show", "1"}, "show", true},
		{[]string{"--db", "show", "today"}, "today", true},
		{[]string{"--db=x.db", "--lang", "en", "show", "1"}, "show", true},
		{[]string{"--lang=zh", "--version", "--demo", "list"}, "list", true},
		{[]string{"segment", "list"}, "segment", true},
		{[]string{"--db"}, "", false},
		{[]string{"--help"}, "", false},
		{[]string{"--help", "show"}, "", false},
		{[]string{"-h", "show"}, "", false},
		{[]string{"--", "show"}, "", false},
		{[]string{"--json", "show", "1"}, "", false},
	} {
		if got, ok := typedCommand(tc.args); got != tc.want || ok != tc.ok {
			t.Errorf("typedCommand(%q) = %q, %v; want %q, %v", tc.args, got, ok, tc.want, tc.ok)
		}
	}
}

// TestOneCommandTreeAnswersAsTheWhole: every command, built alone as an invocation that names it
// builds it, prints the same help and the same flag errors, in both languages, as in the whole tree.
func TestOneCommandTreeAnswersAsTheWhole(t *testing.T) {
	db := filepath.Join(t.TempDir(), "guanxi.db") // never opened: help and flag errors read no book
	run := func(whole bool, args []string) (int, string, string) {
		var out, errb bytes.Buffer
		c := newCLI(func(string) string { return "" }, strings.NewReader(""), &out, &errb, nil)
		c.lang = detectLang(args, c.env)
		tree := c.treeFor(args)
		if whole {
			tree = c.newRoot()
		}
		code := c.execute(tree, args)
		return code, out.String(), errb.String()
	}
	alone := 0
	for _, cmd := range everyCommand() {
		path := strings.Fields(commandName(cmd))
		for _, lang := range []string{"zh", "en"} {
			for _, tail := range [][]string{{"--help"}, {"--no-such-flag"}} {
				args := append(append([]string{"--db", db, "--lang", lang}, path...), tail...)
				if len(childrenBuilt(args)) == 1 {
					alone++
				}
				code, out, errOut := run(false, args)
				wcode, wout, werr := run(true, args)
				if code != wcode || out != wout || errOut != werr {
					t.Errorf("guanxi %s: alone exit %d %q %q; in the whole tree exit %d %q %q",
						strings.Join(args, " "), code, out, errOut, wcode, wout, werr)
				}
			}
		}
	}
	if alone == 0 {
		t.Error("no invocation built its command alone")
	}
	// With no command named the root stands alone: --version and the root's flag errors.
	for _, args := range [][]string{{"--version"}, {"--lang", "en", "--version"}, {"--db", db, "--lang=zh", "--no-such-flag"},
		{"--lang", "xx", "--version"}, {"--demo", "--version"}} {
		code, out, errOut := run(false, args)
		wcode, wout, werr := run(true, args)
		if code != wcode || out != wout || errOut != werr {
			t.Errorf("guanxi %s: alone exit %d %q %q; in the whole tree exit %d %q %q",
				strings.Join(args, " "), code, out, errOut, wcode, wout, werr)
		}
	}
}

// childrenBuilt is the commands under the root of the tree an invocation of args builds.
func childrenBuilt(args []string) []string {
	c := newCLI(func(string) string { return "" }, nil, nil, nil, nil)
	var names []string
	for _, cmd := range c.treeFor(args).Commands() {
		names = append(names, cmd.Name())
	}
	return names
}
