package model

import (
	"errors"
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
		err := tc.c.Validate()
		var fe *FieldError
		switch {
		case tc.field == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field):
			t.Errorf("%s: %v, want an error of the field %s", tc.name, err, tc.field)
		}
	}
}
