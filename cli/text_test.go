package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"guanxi/model"
)

// eachText calls f with every message of the catalogue and its path, as Deal.Recorded.
func eachText(f func(path string, t model.Text)) {
	areas := reflect.ValueOf(texts)
	for i := 0; i < areas.NumField(); i++ {
		area := areas.Field(i)
		for j := 0; j < area.NumField(); j++ {
			f(areas.Type().Field(i).Name+"."+area.Type().Field(j).Name, area.Field(j).Interface().(model.Text))
		}
	}
}

// Every message exists in both languages.
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

// A message that nothing reads is dead: Go does not refuse an unread field, so this test looks
// for each message's name in the command line's code outside the catalogue and the tests.
func TestEveryTextIsRead(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var code strings.Builder
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "text") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		code.Write(b)
	}
	all := code.String()
	eachText(func(path string, _ model.Text) {
		if !regexp.MustCompile(`texts\.` + regexp.QuoteMeta(path) + `\b`).MatchString(all) {
			t.Errorf("texts.%s is read nowhere", path)
		}
	})
}

// No message is written inline any more: the command line reads each from the catalogue.
func TestNoInlineMessages(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	inline := regexp.MustCompile(`model\.Text\{Zh: "|c\.(t|tf|usagef|errorf)\("`)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "text") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if inline.MatchString(line) {
				t.Errorf("%s:%d: a message written inline, not read from texts: %s", name, i+1, strings.TrimSpace(line))
			}
		}
	}
}
