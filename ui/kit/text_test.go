package kit

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"guanxi/model"
)

// eachText calls f with every text of the catalogue and its path, as Followup.Title; a counted
// text gives its two forms, as Analysis.Deals.One and Analysis.Deals.Many.
func eachText(f func(path string, t model.Text)) {
	areas := reflect.ValueOf(Texts)
	for i := 0; i < areas.NumField(); i++ {
		area := areas.Field(i)
		for j := 0; j < area.NumField(); j++ {
			path := areas.Type().Field(i).Name + "." + area.Type().Field(j).Name
			switch t := area.Field(j).Interface().(type) {
			case model.Text:
				f(path, t)
			case Counted:
				f(path+".One", t.One)
				f(path+".Many", t.Many)
			}
		}
	}
}

// Every text exists in both languages.
func TestEveryTextInBothLanguages(t *testing.T) {
	n := 0
	eachText(func(path string, tx model.Text) {
		n++
		if tx.Zh == "" || tx.En == "" {
			t.Errorf("%s: %+v lacks a language", path, tx)
		}
	})
	if n < 400 {
		t.Fatalf("only %d texts seen", n)
	}
}

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
	all := code.String()
	eachText(func(path string, _ model.Text) {
		path = strings.TrimSuffix(strings.TrimSuffix(path, ".One"), ".Many")
		if !regexp.MustCompile(`Texts\.` + regexp.QuoteMeta(path) + `\b`).MatchString(all) {
			t.Errorf("Texts.%s is read nowhere", path)
		}
	})
}
