package kit

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guanxi/internal/texttest"
)

// Every text exists in both languages.
func TestEveryTextInBothLanguages(t *testing.T) { texttest.InBothLanguages(t, Texts, 400) }

// A text that nothing reads is dead: Go does not refuse an unread exported field, so this test
// looks for each text's name in the TUI's code outside the catalogue and the tests.
func TestEveryTextIsRead(t *testing.T) {
	var code strings.Builder
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") ||
			(filepath.Base(filepath.Dir(path)) == "kit" && strings.HasPrefix(name, "text")) {
			return nil
		}
		b, err := os.ReadFile(path)
		code.Write(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	texttest.EveryTextRead(t, Texts, "Texts", code.String())
}
