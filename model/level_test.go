package model

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestLevelsTable: the embedded table holds the nine levels in their order, most valuable
// relationship first, each with its names and default visit plan.
func TestLevelsTable(t *testing.T) {
	want := []struct {
		code        Level
		zh, en      string
		visit, call int
	}{
		{LevelStrategic, "战略客户", "Strategic", 14, 0},
		{LevelVIP, "VIP客户", "VIP", 7, 0},
		{LevelKey, "重点客户", "Key", 14, 0},
		{LevelHonored, "贵宾客户", "Honoured", 14, 7},
		{LevelReference, "榜样客户", "Reference", 30, 0},
		{LevelFree, "自由客户", "Free", 14, 7},
		{LevelNew, "新客户", "New", 14, 0},
		{LevelDormant, "休眠客户", "Dormant", 14, 0},
		{LevelLow, "低价值客户", "Low value", 0, 0},
	}
	levels := Levels()
	if len(levels) != len(want) {
		t.Fatalf("%d levels, want %d", len(levels), len(want))
	}
	plans := DefaultPlans()
	for i, w := range want {
		got := levels[i]
		if got.Code != w.code || got.Name != (Text{w.zh, w.en}) || got.Plan != (VisitPlan{VisitEveryDays: w.visit, CallEveryDays: w.call}) {
			t.Errorf("level %d is %+v, want %+v", i, got, w)
		}
		if got.Who.Zh == "" || got.Who.En == "" || got.Principle.Zh == "" || got.Principle.En == "" {
			t.Errorf("level %s lacks who it is for or its principle in a language: %+v", got.Code, got)
		}
		if plans[w.code] != got.Plan {
			t.Errorf("the default plan of %s is %+v, want %+v", w.code, plans[w.code], got.Plan)
		}
		if c := LevelCodes()[i]; c.Code != string(w.code) || c.Name != got.Name {
			t.Errorf("level code %d is %+v, want %s %v", i, c, w.code, got.Name)
		}
		if LevelRank(w.code) != i || w.code.Info() != got {
			t.Errorf("level %s: rank %d, info %+v", w.code, LevelRank(w.code), w.code.Info())
		}
		for _, name := range []string{string(w.code), w.zh, w.en} {
			if l, err := ParseLevel(name); err != nil || l != w.code {
				t.Errorf("ParseLevel(%q) = %q, %v; want %s", name, l, err, w.code)
			}
		}
	}
}

// TestLevelsFileHasNoUnknownKeys: a key misspelt in the embedded file would be dropped without a
// word when decoded; read strictly, it is an error.
func TestLevelsFileHasNoUnknownKeys(t *testing.T) {
	dec := json.NewDecoder(bytes.NewReader(levelsJSON))
	dec.DisallowUnknownFields()
	var levels []LevelInfo
	if err := dec.Decode(&levels); err != nil {
		t.Fatal(err)
	}
}

// TestUnknownLevelInfo: a level the program does not know reads as a new customer's, under its
// own code, and comes after every known level.
func TestUnknownLevelInfo(t *testing.T) {
	info := Level("gold").Info()
	newInfo := LevelNew.Info()
	if info.Code != "gold" || info.Name != newInfo.Name || info.Plan != newInfo.Plan {
		t.Errorf("an unknown level reads as %+v, want the new customer's entry under its own code", info)
	}
	if LevelRank("gold") != len(Levels()) {
		t.Errorf("an unknown level ranks %d, want last (%d)", LevelRank("gold"), len(Levels()))
	}
	if _, err := ParseLevel("gold"); err == nil {
		t.Error("ParseLevel took an unknown level")
	}
}

// TestLevelsIsAFreshSlice: a caller that changes what Levels returned changes nothing else.
func TestLevelsIsAFreshSlice(t *testing.T) {
	Levels()[0].Code = "changed"
	if Levels()[0].Code != LevelStrategic {
		t.Error("changing the returned slice changed the table")
	}
}
