package cli

import (
	"strings"
	"testing"
)

// log --help's usage line names every flag the command takes, as the README's usage does: the next
// step and its day too.
func TestLogHelpUsageLineNamesTheNextStep(t *testing.T) {
	b := newBook(t)
	for _, lang := range []string{"en", "zh"} {
		help := b.ok("--lang", lang, "log", "--help")
		usage := ""
		for _, line := range strings.Split(help, "\n") {
			if strings.Contains(line, "log REF") {
				usage = line
				break
			}
		}
		for _, want := range []string{"--channel", "--at WHEN", "--note TEXT", "[--next T]", "[--next-on DATE]", "[--json]"} {
			if !strings.Contains(usage, want) {
				t.Errorf("%s: the usage line %q lacks %s:\n%s", lang, usage, want, help)
			}
		}
	}
}
