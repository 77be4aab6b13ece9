package cli

import (
	"os/exec"
	"strings"
	"testing"
)

// TestManPage: guanxi man documents every command of the tree with its flags, in both languages,
// and groff (where installed, reading UTF-8 through preconv as man does) reads it without a
// warning, but for lines of Chinese it cannot break, which are no fault of the page.
func TestManPage(t *testing.T) {
	b := newBook(t)
	for _, lang := range []string{"en", "zh"} {
		page := b.ok("--lang", lang, "man")
		if !strings.HasPrefix(page, ".TH GUANXI 1 ") {
			t.Fatalf("%s: not a man page: %.80q", lang, page)
		}
		for _, cmd := range everyCommand() {
			if want := ".B " + roff(cmd.Parent().CommandPath()+" "+cmd.Use); !strings.Contains(page, want) {
				t.Errorf("%s: the page has no %q", lang, want)
			}
		}
		for _, want := range []string{`.B \-\-credit\-due DATE`, ".B GUANXI_DB", ".B 2\n"} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page has no %q", lang, want)
			}
		}
		groff, err := exec.LookPath("groff")
		if err != nil {
			continue
		}
		cmd := exec.Command(groff, "-k", "-man", "-Tutf8", "-ww", "-Wbreak", "-z")
		cmd.Stdin = strings.NewReader(page)
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("%s: groff: %v\n%s", lang, err, out)
		}
	}
}

// TestRoffEscapes: text that roff would read as its own is taken literally.
func TestRoffEscapes(t *testing.T) {
	for in, want := range map[string]string{
		`--db C:\x`:  `\-\-db C:\ex`,
		".hidden":    `\&.hidden`,
		"'quoted":    `\&'quoted`,
		`say "hi"`:   `say \(dqhi\(dq`,
		"two\nlines": "two lines",
	} {
		if got := roff(in); got != want {
			t.Errorf("roff(%q) = %q, want %q", in, got, want)
		}
	}
}
