package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestYearlyOnAndNextYearly(t *testing.T) {
	d := MustDate
	cases := []struct {
		date, from, want string
	}{
		{"1985-03-15", "2026-03-10", "2026-03-15"},
		{"1985-03-10", "2026-03-10", "2026-03-10"}, // today counts
		{"1985-03-09", "2026-03-10", "2027-03-09"}, // passed: next year
		{"1984-02-29", "2026-02-01", "2026-02-28"}, // common year: the 28th
		{"1984-02-29", "2028-02-01", "2028-02-29"}, // leap year: the 29th
		{"1984-02-29", "2026-03-01", "2027-02-28"},
		{"1990-12-31", "2026-12-31", "2026-12-31"},
		{"1990-01-01", "2026-12-31", "2027-01-01"},
	}
	for _, c := range cases {
		if got := NextYearly(d(c.date), d(c.from)); got != d(c.want) {
			t.Errorf("NextYearly(%s, %s) = %v, want %s", c.date, c.from, got, c.want)
		}
	}
	if got := YearsOn(d("2016-03-15"), d("2026-03-15")); got != 10 {
		t.Errorf("YearsOn = %d, want 10", got)
	}
	if got := GreetingDue(d("2026-03-02"), 3); got != d("2026-02-27") {
		t.Errorf("GreetingDue = %v, want 2026-02-27", got)
	}
	if got := GreetingDue(d("2028-03-01"), 1); got != d("2028-02-29") {
		t.Errorf("GreetingDue across 29 February = %v", got)
	}
}

func TestMonthDayRanges(t *testing.T) {
	d := MustDate
	cases := []struct {
		name     string
		from, to string
		want     [][2]string
	}{
		{"within a month", "2026-03-10", "2026-03-20", [][2]string{{"03-10", "03-20"}}},
		{"across the year end", "2026-12-28", "2027-01-05", [][2]string{{"12-28", "12-31"}, {"01-01", "01-05"}}},
		{"28 February of a common year takes in the 29th", "2026-02-25", "2026-03-03", [][2]string{{"02-25", "03-03"}, {"02-29", "02-29"}}},
		{"a leap year needs nothing more", "2028-02-25", "2028-03-03", [][2]string{{"02-25", "03-03"}}},
		{"a year or more is every day", "2026-03-10", "2027-03-10", [][2]string{{"01-01", "12-31"}}},
		{"backwards is nothing", "2026-03-10", "2026-03-09", nil},
	}
	for _, c := range cases {
		if got := MonthDayRanges(d(c.from), d(c.to)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// Holiday dates are read in every way they are typed, solar and lunar, and each is written back in
// a form that reads again as itself.
func TestParseHolidayDates(t *testing.T) {
	cases := []struct {
		in   string
		want string // the dates written back
		ok   bool
	}{
		{"2026-02-17, 2027-02-06", "2026-02-17 2027-02-06", true},
		{"10-01", "10-01", true},
		{"2027-02-06、2026-02-17，10-01 10-01", "10-01 2026-02-17 2027-02-06", true},
		{"02-29", "02-29", true},
		{"2026/09/25", "2026-09-25", true},
		{"02-30", "", false},
		{"13-01", "", false},
		{"2026-02-29", "", false},
		{"春节", "", false},
		{"农历08-15", "农历08-15", true},
		{"农历八月十五", "农历08-15", true},
		{"lunar 8/15, 10-01", "10-01 农历08-15", true},
		{"农历腊月三十", "农历12-30", true},
		{"农历1980年八月十五", "", false}, // a lunar day of one year: write its solar day
		{"农历十三月初一", "", false},
	}
	for _, c := range cases {
		days, err := ParseHolidayDates(c.in)
		if (err == nil) != c.ok {
			t.Errorf("ParseHolidayDates(%q) error %v, want ok=%v", c.in, err, c.ok)
			continue
		}
		var got []string
		for _, d := range days {
			got = append(got, d.String())
			if back, err := ParseHolidayDates(d.String()); err != nil || len(back) != 1 || back[0] != d {
				t.Errorf("%q does not read back: %v %v", d.String(), back, err)
			}
		}
		if joined := strings.Join(got, " "); c.ok && joined != c.want {
			t.Errorf("ParseHolidayDates(%q) = %q, want %q", c.in, joined, c.want)
		}
	}
}

func TestHolidayOn(t *testing.T) {
	d := MustDate
	days, _ := ParseHolidayDates("2026-02-17, 2027-02-06, 10-01, 02-29")
	h := Holiday{Name: Text{"节日", "Holiday"}, Days: days}
	cases := []struct {
		from, to string
		want     []Date
	}{
		{"2026-02-10", "2026-02-20", []Date{d("2026-02-17")}},
		{"2026-09-25", "2026-10-05", []Date{d("2026-10-01")}},
		{"2026-02-26", "2026-03-02", []Date{d("2026-02-28")}}, // 02-29 every year: the 28th in 2026
		{"2026-12-01", "2027-02-10", []Date{d("2027-02-06")}},
		{"2026-03-01", "2026-09-01", nil},
	}
	for _, c := range cases {
		if got := h.On(d(c.from), d(c.to)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("On(%s, %s) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
	if got := HolidaysLastListed([]Holiday{h}); got != 2027 {
		t.Errorf("HolidaysLastListed = %d, want 2027", got)
	}
	if err := (&Holiday{Name: Text{" ", ""}, Days: days}).Validate(); err == nil {
		t.Error("a holiday with no name should be refused")
	}
	if err := (&Holiday{Name: Text{"春节", "春节"}}).Validate(); err == nil {
		t.Error("a holiday with no date should be refused")
	}
	for _, dh := range DefaultHolidays() {
		if err := dh.Validate(); err != nil {
			t.Errorf("default holiday %v: %v", dh.Name, err)
		}
	}
}
