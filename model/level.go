package model

import (
	_ "embed"
	"encoding/json"
	"slices"
	"sync"
)

// Level is a customer's level (客户级别): it sets the management principle and the visit plan.
type Level string

// The nine levels.
const (
	LevelStrategic Level = "strategic"
	LevelVIP       Level = "vip"
	LevelKey       Level = "key"
	LevelHonored   Level = "honored"
	LevelReference Level = "reference"
	LevelFree      Level = "free"
	LevelNew       Level = "new"
	LevelDormant   Level = "dormant"
	LevelLow       Level = "low"
)

// VisitPlan says how often a customer is visited and called; zero days means never.
type VisitPlan struct {
	VisitEveryDays int `json:"visit_every_days"`
	CallEveryDays  int `json:"call_every_days"`
	// AnyDay lets the plan's days fall on weekends and public holidays; otherwise each moves to the
	// next working day. One setting for the whole book, which the store puts on every plan it reads.
	AnyDay bool `json:"-"`
}

// None tells whether the plan asks for nothing at all.
func (p VisitPlan) None() bool { return p.VisitEveryDays <= 0 && p.CallEveryDays <= 0 }

// LevelInfo is what a level means: its names, the principle of managing it and its default visit plan.
type LevelInfo struct {
	Code      Level     `json:"code"`
	Name      Text      `json:"name"`
	Who       Text      `json:"who"`
	Principle Text      `json:"principle"`
	Plan      VisitPlan `json:"plan"`
}

// levelsJSON is the table of the nine levels, most valuable relationship first: each one's names,
// who belongs there, the principle of managing them and the default visit plan (days between
// visits and calls; a day count left out is never). It is data, not code, so the texts and plans
// can be read and corrected without reading Go.
//
//go:embed levels.json
var levelsJSON []byte

// levelTable is the embedded table, decoded the first time it is asked for: nothing of it is done
// while the program starts.
var levelTable = sync.OnceValue(func() []LevelInfo {
	var out []LevelInfo
	if err := json.Unmarshal(levelsJSON, &out); err != nil {
		// The file is part of the program and a test decodes it: this cannot happen in a build
		// that passed its tests.
		panic("model: the embedded table of levels does not decode: " + err.Error())
	}
	return out
})

// Levels returns the nine levels, most valuable relationship first, with their default visit
// plans. Every call returns a fresh slice the caller may change.
func Levels() []LevelInfo { return slices.Clone(levelTable()) }

// levelCodes is the levels as a code list, made the first time it is asked for.
var levelCodes = sync.OnceValue(func() []Code {
	levels := levelTable()
	out := make([]Code, len(levels))
	for i, l := range levels {
		out[i] = Code{string(l.Code), l.Name}
	}
	return out
})

// LevelCodes returns the levels as a code list, for lookups and names, in the order of Levels.
// The list is shared: read it, do not change it.
func LevelCodes() []Code { return levelCodes() }

// ParseLevel reads a level code or name (`vip`, `VIP客户`, `战略客户`).
func ParseLevel(s string) (Level, error) {
	c, err := LookupCode(LevelCodes(), "level", s)
	return Level(c), err
}

// Info returns what a level means; an unknown level gets the new-customer entry with its own code.
func (l Level) Info() LevelInfo {
	var fallback LevelInfo
	for _, info := range levelTable() {
		if info.Code == l {
			return info
		}
		if info.Code == LevelNew {
			fallback = info
		}
	}
	fallback.Code = l
	return fallback
}

// DefaultPlans returns the default visit plan of every level.
func DefaultPlans() map[Level]VisitPlan {
	levels := levelTable()
	out := make(map[Level]VisitPlan, len(levels))
	for _, l := range levels {
		out[l.Code] = l.Plan
	}
	return out
}
