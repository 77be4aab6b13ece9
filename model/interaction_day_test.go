package model

import (
	"testing"
	"time"
)

func TestInteractionDayOnlyAndStamp(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	cases := []struct {
		name    string
		at      time.Time
		dayOnly bool
		stamp   string
	}{
		{"a date from a sheet", time.Date(2026, 4, 12, 0, 0, 0, 0, loc), true, "2026-04-12"},
		{"a typed day is noon", time.Date(2026, 4, 12, 12, 0, 0, 0, loc), false, "2026-04-12 12:00"},
		{"a time of day", time.Date(2026, 4, 12, 15, 4, 0, 0, loc), false, "2026-04-12 15:04"},
		{"a second past midnight", time.Date(2026, 4, 12, 0, 0, 1, 0, loc), false, "2026-04-12 00:00"},
		{"a clock reading past midnight", time.Date(2026, 4, 12, 0, 0, 0, 5, loc), false, "2026-04-12 00:00"},
		{"no time at all", time.Time{}, false, "0001-01-01 00:00"},
	}
	for _, c := range cases {
		i := Interaction{At: c.at}
		if got := i.DayOnly(); got != c.dayOnly {
			t.Errorf("%s: DayOnly = %v, want %v", c.name, got, c.dayOnly)
		}
		if got := i.Stamp(); got != c.stamp {
			t.Errorf("%s: Stamp = %q, want %q", c.name, got, c.stamp)
		}
	}
}
