package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"guanxi/internal/texttest"
)

// codeOutsideCatalogue is the command line's code, by file, without the catalogue and the tests.
func codeOutsideCatalogue(t *testing.T) map[string]string {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	code := map[string]string{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "text") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		code[name] = string(b)
	}
	return code
}

// Every message exists in both languages.
func TestEveryTextInBothLanguages(t *testing.T) { texttest.InBothLanguages(t, texts, 400) }

// A message that nothing reads is dead: Go does not refuse an unread field, so this test looks
// for each message's name in the command line's code outside the catalogue and the tests.
func TestEveryTextIsRead(t *testing.T) {
	var code strings.Builder
	for _, src := range codeOutsideCatalogue(t) {
		code.WriteString(src)
	}
	texttest.EveryTextRead(t, texts, "texts", code.String())
}

// No message is written inline any more: the command line reads each from the catalogue.
func TestNoInlineMessages(t *testing.T) {
	inline := regexp.MustCompile(`model\.Text\{Zh: "|c\.(t|tf|usagef|errorf)\("`)
	for name, src := range codeOutsideCatalogue(t) {
		for i, line := range strings.Split(src, "\n") {
			if inline.MatchString(line) {
				t.Errorf("%s:%d: a message written inline, not read from texts: %s", name, i+1, strings.TrimSpace(line))
			}
		}
	}
}
