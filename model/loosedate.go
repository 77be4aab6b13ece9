package model

import (
	"fmt"
	"strings"
)

// ParseLooseDate reads a calendar date as spreadsheets and address books write it: YYYY-MM-DD,
// YYYY/M/D, YYYY.MM.DD, YYYYMMDD, 1985年3月7日, each optionally followed by a time of day, which is
// dropped ("1985/3/7 0:00", "2026-03-10T09:30:00Z"). An empty string is the zero date.
func ParseLooseDate(s string) (Date, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Date{}, nil
	}
	// The same reading as a typed date that names its year (datewords.go), without the forms
	// relative to today, which mean nothing in a file.
	d, ok := readYearDate(normaliseLoose(t))
	if !ok {
		return Date{}, fmt.Errorf("date %q: write it as YYYY-MM-DD", s)
	}
	if d.Y < 1800 || d.Y > 2200 {
		return Date{}, fmt.Errorf("date %q: the year %d is out of range", s, d.Y)
	}
	return d, nil
}

// normaliseLoose makes full-width digits ASCII but keeps the space before a time of day.
func normaliseLoose(t string) string {
	if i := strings.IndexAny(t, " T"); i > 0 {
		t = t[:i]
	}
	return normaliseTyped(t)
}
