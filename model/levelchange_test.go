package model

import (
	"testing"
	"time"
)

func TestLevelChangeValidate(t *testing.T) {
	at := time.Date(2026, 3, 10, 9, 30, 0, 0, time.Local)
	for _, tc := range []struct {
		name  string
		c     LevelChange
		field string // "" when valid
	}{
		{"by hand", LevelChange{At: at, From: LevelNew, To: LevelVIP, Source: LevelByUser}, ""},
		{"by the rules", LevelChange{At: at, From: LevelVIP, To: LevelDormant, Source: LevelByAuto}, ""},
		{"no time", LevelChange{From: LevelNew, To: LevelVIP, Source: LevelByUser}, "at"},
		{"unknown from", LevelChange{At: at, From: "gold", To: LevelVIP, Source: LevelByUser}, "level"},
		{"empty to", LevelChange{At: at, From: LevelNew, Source: LevelByRule}, "level"},
		{"unknown source", LevelChange{At: at, From: LevelNew, To: LevelVIP, Source: "magic"}, "source"},
		{"no source", LevelChange{At: at, From: LevelNew, To: LevelVIP}, "source"},
	} {
		wantFieldError(t, tc.name, tc.c.Validate(), tc.field)
	}
}
