package cli

import (
	"slices"
	"strings"
	"testing"
)

// complete asks the command line for completions as the shell scripts do, through cobra's
// __complete command, and returns the candidates without their descriptions.
func (b *book) complete(args ...string) []string {
	b.t.Helper()
	r := b.run(append([]string{"__complete"}, args...)...)
	if r.code != 0 {
		b.t.Fatalf("__complete %q: exit %d, %q", args, r.code, r.stderr)
	}
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if strings.HasPrefix(line, ":") { // the directive ends the list
			break
		}
		out = append(out, strings.SplitN(line, "\t", 2)[0])
	}
	return out
}

// TestCompletionOffersTheBooksNames: a REF completes the book's customers (and only those in the
// trash for restore), a saved list's name and --segment the saved lists, SNAPSHOT the snapshots,
// code flags their codes, and the commands themselves complete.
func TestCompletionOffersTheBooksNames(t *testing.T) {
	b := newBook(t)
	b.add("--name", "张三", "--company", "甲公司")
	b.add("--name", "李四")
	gone := b.add("--name", "王五")
	b.ok("delete", gone)
	b.ok("segment", "save", "大客户", "level:vip")

	check := func(what string, got []string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q has no %q", what, got, w)
			}
		}
	}
	check("show", b.complete("show", ""), "张三", "李四")
	if got := b.complete("show", ""); slices.Contains(got, "王五") {
		t.Errorf("show offers a customer in the trash: %q", got)
	}
	check("show 张", b.complete("show", "张"), "张三")
	check("restore", b.complete("restore", ""), "王五")
	check("merge, second", b.complete("merge", "1", ""), "李四")
	check("log", b.complete("log", ""), "张三")
	check("segment delete", b.complete("segment", "delete", ""), "大客户")
	check("list --segment", b.complete("list", "--segment", ""), "大客户")
	check("list --level", b.complete("list", "--level", ""), "vip", "strategic")
	check("log --channel", b.complete("log", "1", "--channel", ""), "visit", "call")
	check("add --type", b.complete("add", "--type", ""), "hesitant")
	check("snapshots restore", b.complete("snapshots", "restore", ""), day0.Format("2006-01-02"))
	check("commands", b.complete(""), "today", "show", "segment", "completion", "man")
	check("segment verbs", b.complete("segment", ""), "list", "save", "delete")
	check("completion", b.complete("completion", ""), "bash", "zsh", "fish")
	if got := b.complete("show", "1", ""); len(got) != 0 {
		t.Errorf("show takes one REF, yet offers %q after it", got)
	}
}

// TestCompletionScripts: each shell's script names the program and its completion protocol.
func TestCompletionScripts(t *testing.T) {
	b := newBook(t)
	for shell, want := range map[string]string{"bash": "__start_guanxi", "zsh": "#compdef guanxi", "fish": "complete -c guanxi"} {
		if out := b.ok("completion", shell); !strings.Contains(out, want) {
			t.Errorf("completion %s has no %q", shell, want)
		}
	}
	if r := b.run("completion", "tcsh"); r.code != 2 {
		t.Errorf("completion tcsh: %+v", r)
	}
}
