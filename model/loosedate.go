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
	if i := strings.IndexAny(t, " T"); i > 0 {
		t = t[:i]
	}
	if strings.Contains(t, "年") {
		t = strings.NewReplacer("年", "-", "月", "-", "日", "", "号", "").Replace(t)
	}
	if len(t) == 8 && strings.Trim(t, "0123456789") == "" {
		t = t[:4] + "-" + t[4:6] + "-" + t[6:]
	}
	d, err := ParseISODate(t)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: write it as YYYY-MM-DD", s)
	}
	if d.Y < 1800 || d.Y > 2200 {
		return Date{}, fmt.Errorf("date %q: the year %d is out of range", s, d.Y)
	}
	return d, nil
}
