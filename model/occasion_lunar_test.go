package model

import (
	"testing"
)

// The default holidays fall on their published days in every year, not only those once typed in.
func TestDefaultHolidaysEveryYear(t *testing.T) {
	want := map[string][]string{
		"春节":  {"2024-02-10", "2030-02-03", "2035-02-08"},
		"元宵节": {"2024-02-24", "2026-03-03", "2035-02-22"},
		"端午节": {"2024-06-10", "2031-06-24"},
		"七夕":  {"2024-08-10", "2026-08-19"},
		"中秋节": {"2025-10-06", "2033-09-08"},
		"重阳节": {"2024-10-11", "2026-10-18"},
		"腊八节": {"2024-01-18", "2026-01-26"},
		"除夕":  {"2024-02-09", "2026-02-16", "2034-02-18"},
		"元旦":  {"2024-01-01", "2035-01-01"},
		"劳动节": {"2029-05-01"},
		"国庆节": {"2032-10-01"},
	}
	byName := map[string]Holiday{}
	for _, h := range DefaultHolidays() {
		byName[h.Name.Zh] = h
		if err := h.Validate(); err != nil {
			t.Errorf("%s: %v", h.Name.Zh, err)
		}
	}
	for name, days := range want {
		h, ok := byName[name]
		if !ok {
			t.Errorf("no default holiday %s", name)
			continue
		}
		for _, day := range days {
			d := MustDate(day)
			if got := h.On(d.AddDays(-3), d.AddDays(3)); len(got) != 1 || got[0] != d {
				t.Errorf("%s around %s falls on %v", name, day, got)
			}
		}
		// Once a year, every year.
		for y := 2024; y <= 2035; y++ {
			if got := h.On(Date{y, 1, 1}, Date{y, 12, 31}); len(got) != 1 {
				t.Errorf("%s falls %d times in %d: %v", name, len(got), y, got)
			}
		}
	}
	if HolidaysLastListed(DefaultHolidays()) != 0 {
		t.Error("the default holidays should need no new dates in any year")
	}
}

// A lunar day is written with its month and day in Chinese or English.
func TestLunarHolidayDateText(t *testing.T) {
	if got := (HolidayDate{M: 8, D: 15, Lunar: true}).Text(En); got != "lunar 8/15" {
		t.Errorf("Text(En) = %q", got)
	}
	if got := (HolidayDate{M: 8, D: 15, Lunar: true}).Text(Zh); got != "农历八月十五" {
		t.Errorf("Text(Zh) = %q", got)
	}
}
