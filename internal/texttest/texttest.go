// Package texttest checks a catalogue of texts as the command line and the TUI keep theirs: a
// struct of areas, each a struct whose fields are texts (model.Text) or texts with a count (a
// struct of texts, as One and Many). Go refuses a text the code reads but the catalogue lacks; it
// does not refuse a text written in one language only, or one nothing reads, so these checks do.
package texttest

import (
	"reflect"
	"regexp"
	"testing"

	"guanxi/model"
)

var textType = reflect.TypeFor[model.Text]()

// eachField calls f with the path (Area.Name) and value of every field of every area of catalogue.
func eachField(catalogue any, f func(path string, v reflect.Value)) {
	areas := reflect.ValueOf(catalogue)
	for i := 0; i < areas.NumField(); i++ {
		area := areas.Field(i)
		for j := 0; j < area.NumField(); j++ {
			f(areas.Type().Field(i).Name+"."+area.Type().Field(j).Name, area.Field(j))
		}
	}
}

// Each calls f with every text of catalogue and its path, as Followup.Title; a text with a count
// gives each of its forms, as Analysis.Deals.One and Analysis.Deals.Many.
func Each(catalogue any, f func(path string, t model.Text)) {
	eachField(catalogue, func(path string, v reflect.Value) {
		if v.Type() == textType {
			f(path, v.Interface().(model.Text))
			return
		}
		for k := 0; k < v.NumField(); k++ {
			if v.Field(k).Type() == textType {
				f(path+"."+v.Type().Field(k).Name, v.Field(k).Interface().(model.Text))
			}
		}
	})
}

// InBothLanguages fails the test for every text of catalogue that lacks a language, and when
// fewer than least texts are seen (the walk itself gone wrong).
func InBothLanguages(t testing.TB, catalogue any, least int) {
	t.Helper()
	n := 0
	Each(catalogue, func(path string, tx model.Text) {
		n++
		if tx.Zh == "" || tx.En == "" {
			t.Errorf("%s: %+v lacks a language", path, tx)
		}
	})
	if n < least {
		t.Fatalf("only %d texts seen", n)
	}
}

// EveryTextRead fails the test for every text of catalogue that code never reads, by its name
// after the catalogue's (catalogueName.Area.Name).
func EveryTextRead(t testing.TB, catalogue any, catalogueName, code string) {
	t.Helper()
	eachField(catalogue, func(path string, _ reflect.Value) {
		if !regexp.MustCompile(regexp.QuoteMeta(catalogueName+"."+path) + `\b`).MatchString(code) {
			t.Errorf("%s.%s is read nowhere", catalogueName, path)
		}
	})
}
