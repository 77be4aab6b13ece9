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

func TestParseHolidayDatesLunar(t *testing.T) {
	tests := []struct {
		in   string
		want string // the dates written back
		ok   bool
	}{
		{"农历08-15", "农历08-15", true},
		{"农历八月十五", "农历08-15", true},
		{"lunar 8/15, 10-01", "10-01 农历08-15", true},
		{"农历腊月三十", "农历12-30", true},
		{"农历1980年八月十五", "", false}, // a lunar day of one year: write its solar day
		{"农历十三月初一", "", false},
	}
	for _, tt := range tests {
		days, err := ParseHolidayDates(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseHolidayDates(%q) error %v, want ok %v", tt.in, err, tt.ok)
			continue
		}
		var got []string
		for _, d := range days {
			got = append(got, d.String())
			if back, err := ParseHolidayDates(d.String()); err != nil || len(back) != 1 || back[0] != d {
				t.Errorf("%q does not read back: %v %v", d.String(), back, err)
			}
		}
		if tt.ok && joinSpace(got) != tt.want {
			t.Errorf("ParseHolidayDates(%q) = %q, want %q", tt.in, joinSpace(got), tt.want)
		}
	}
	if got := (HolidayDate{M: 8, D: 15, Lunar: true}).Text(En); got != "lunar 8/15" {
		t.Errorf("Text(En) = %q", got)
	}
	if got := (HolidayDate{M: 8, D: 15, Lunar: true}).Text(Zh); got != "农历八月十五" {
		t.Errorf("Text(Zh) = %q", got)
	}
}

func joinSpace(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}
