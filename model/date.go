package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a local calendar date with no time of day and no zone, so that an item due on a day stays
// on that day whatever the clock or daylight saving does. The zero Date means "no date".
type Date struct {
	Y int
	M time.Month
	D int
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero tells whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// String formats the date as YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Y < 0 || d.Y > 9999 || d.M < 1 || d.M > 12 || d.D < 1 || d.D > 31 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
	}
	// Written by hand: every date of every exported row passes through here.
	b := [10]byte{byte('0' + d.Y/1000), byte('0' + d.Y/100%10), byte('0' + d.Y/10%10), byte('0' + d.Y%10), '-',
		byte('0' + d.M/10), byte('0' + d.M%10), '-', byte('0' + d.D/10), byte('0' + d.D%10)}
	return string(b[:])
}

// utc anchors the date at midnight UTC, where every day has 24 hours.
func (d Date) utc() time.Time { return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.UTC) }

// AddDays returns the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date { return DateOf(d.utc().AddDate(0, 0, n)) }

// AddMonths returns the same day n months later, clamped to the month's last day (31 Jan + 1 month
// is 28 or 29 Feb, never 2 or 3 March).
func (d Date) AddMonths(n int) Date {
	first := time.Date(d.Y, d.M+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	day := d.D
	if day > last {
		day = last
	}
	return Date{first.Year(), first.Month(), day}
}

// DaysSince returns how many days d is after other (negative when before).
func (d Date) DaysSince(other Date) int {
	return int(d.utc().Sub(other.utc()).Hours() / 24)
}

// Before tells whether d is an earlier day than other.
func (d Date) Before(other Date) bool { return d.compare(other) < 0 }

// After tells whether d is a later day than other.
func (d Date) After(other Date) bool { return d.compare(other) > 0 }

// compare is negative when d is an earlier day than other, positive when later, 0 on the same day.
// Two dates whose months and days are plainly valid compare field by field: the checklist's order
// compares dates about a million times a read, and a trip through time.Time each time was a third
// of it. Any other date (the zero date, a day past the 28th that may not exist) is put on the
// calendar first, as DaysSince does.
func (d Date) compare(other Date) int {
	if d.plain() && other.plain() {
		switch {
		case d.Y != other.Y:
			return d.Y - other.Y
		case d.M != other.M:
			return int(d.M - other.M)
		}
		return d.D - other.D
	}
	return d.DaysSince(other)
}

// plain tells whether the date's month and day are valid in every year.
func (d Date) plain() bool { return d.M >= 1 && d.M <= 12 && d.D >= 1 && d.D <= 28 }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.utc().Weekday() }

// MustDate parses YYYY-MM-DD and panics on error; for literals in tests and data.
func MustDate(s string) Date {
	d, err := ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// dateSeparators turns the other separators of a date into dashes; built once, since every date
// read from the book passes through ParseISODate.
var dateSeparators = strings.NewReplacer("/", "-", ".", "-")

// ParseISODate reads a date written YYYY-MM-DD (also YYYY/MM/DD and YYYY.MM.DD); "" is the zero date.
func ParseISODate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if d, ok := parseExactISO(s); ok {
		return d, nil
	}
	norm := dateSeparators.Replace(s)
	parts := strings.Split(norm, "-")
	if len(parts) != 3 {
		return Date{}, fmt.Errorf("date %q: write it as YYYY-MM-DD", s)
	}
	y, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	day, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("date %q: write it as YYYY-MM-DD", s)
	}
	if m < 1 || m > 12 {
		return Date{}, fmt.Errorf("date %q: month %d is not 1–12", s, m)
	}
	d := Date{y, time.Month(m), day}
	if day < 1 || DateOf(d.utc()) != d {
		return Date{}, fmt.Errorf("date %q: %d-%02d has no day %d", s, y, m, day)
	}
	return d, nil
}

// parseExactISO reads a valid date written exactly YYYY-MM-DD without allocating, as the book
// stores every date; anything else is left to the general reading.
func parseExactISO(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	n := 0
	for i, c := range []byte(s) {
		if i == 4 || i == 7 {
			continue
		}
		if c < '0' || c > '9' {
			return Date{}, false
		}
		n = n*10 + int(c-'0')
	}
	d := Date{n / 10000, time.Month(n / 100 % 100), n % 100}
	if d.M < 1 || d.M > 12 || d.D < 1 || DateOf(d.utc()) != d {
		return Date{}, false
	}
	return d, true
}

// ParseDate reads a date as a user types it, in either language: 今天 明天 后天 大后天 昨天 前天,
// today tomorrow yesterday; 周五, 下周一 … 下周日, friday; 3天后, 2周后, 1个月后, +3d, +2w, +1m, -5d;
// 下个月5号, 5号, 月底; 12月10日, 12-10, 12/10 (the year nearest today); 2026年12月10日, 2026/12/10,
// 2026-12-10, 20261210. The forms are read in datewords.go; a year outside 1900–2200 is refused.
// An empty string is an error: callers that allow "no date" check for it first.
func ParseDate(s string, today Date) (Date, error) {
	t := normaliseTyped(s)
	if t == "" {
		return Date{}, fmt.Errorf("no date given: write YYYY-MM-DD, today, tomorrow or +3d")
	}
	d, err := readTypedDate(s, t, today)
	if err != nil {
		return Date{}, err
	}
	if d.Y < firstTypedYear || d.Y > lastTypedYear {
		return Date{}, dateErr(s, fmt.Sprintf("the year %d is out of range (%d–%d)", d.Y, firstTypedYear, lastTypedYear))
	}
	return d, nil
}

// readTypedDate asks each reader in turn, then reads a date that names its year.
func readTypedDate(orig, t string, today Date) (Date, error) {
	for _, read := range dateReaders {
		if d, ok, err := read(t, today); ok {
			return d, err
		}
	}
	if d, ok := readYearDate(t); ok {
		return d, nil
	}
	return Date{}, dateErr(orig, "write it like 2026-12-10, 12月10日, 明天, 周五 or 3天后")
}

// parseOffset reads +Nd, +Nw, +Nm (or -N…) relative to today.
func parseOffset(orig, t string, today Date) (Date, error) {
	sign := 1
	if t[0] == '-' {
		sign = -1
	}
	body := t[1:]
	unit := "d"
	for _, u := range []struct{ suffix, unit string }{
		{"d", "d"}, {"天", "d"}, {"w", "w"}, {"周", "w"}, {"m", "m"}, {"月", "m"}, {"个月", "m"},
	} {
		if strings.HasSuffix(body, u.suffix) {
			body, unit = strings.TrimSuffix(body, u.suffix), u.unit
			break
		}
	}
	n, err := strconv.Atoi(body)
	if err != nil || n < 0 || n > 36500 {
		return Date{}, fmt.Errorf("date %q: write an offset like +3d, +2w or +1m", orig)
	}
	switch unit {
	case "w":
		return today.AddDays(sign * 7 * n), nil
	case "m":
		return today.AddMonths(sign * n), nil
	}
	return today.AddDays(sign * n), nil
}
