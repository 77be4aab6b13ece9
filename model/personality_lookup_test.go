package model

import "testing"

func TestTypeOfAndTypologyOf(t *testing.T) {
	types := []PersonalityType{{Code: "hesitant", Typology: "general"}, {Code: "slow_payer", Typology: "buyers"}}
	typologies := []Typology{{Code: "general"}, {Code: "buyers"}}
	cases := []struct {
		code string
		ok   bool
	}{
		{"hesitant", true},
		{"slow_payer", true},
		{"general", false},
		{"Hesitant", false}, // a code exactly, not what a user types
		{"", false},
	}
	for _, c := range cases {
		got, ok := TypeOf(types, c.code)
		if ok != c.ok || (ok && got.Code != c.code) || (!ok && got != PersonalityType{}) {
			t.Errorf("TypeOf(%q) = %+v, %v; want found %v", c.code, got, ok, c.ok)
		}
	}
	for _, c := range []struct {
		code string
		ok   bool
	}{{"general", true}, {"buyers", true}, {"hesitant", false}, {"", false}} {
		got, ok := TypologyOf(typologies, c.code)
		if ok != c.ok || (ok && got.Code != c.code) || (!ok && got != Typology{}) {
			t.Errorf("TypologyOf(%q) = %+v, %v; want found %v", c.code, got, ok, c.ok)
		}
	}
}
