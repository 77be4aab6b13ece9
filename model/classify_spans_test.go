package model

import "testing"

func TestDaySpanHolds(t *testing.T) {
	d := MustDate
	cases := []struct {
		name string
		sp   DaySpan
		day  Date
		want bool
	}{
		{"open both ends", DaySpan{}, d("1999-01-01"), true},
		{"no date is in no span", DaySpan{}, Date{}, false},
		{"no date, closed span", DaySpan{d("2026-01-01"), d("2026-12-31")}, Date{}, false},
		{"the first day", DaySpan{First: d("2026-01-01")}, d("2026-01-01"), true},
		{"the day before the first", DaySpan{First: d("2026-01-01")}, d("2025-12-31"), false},
		{"the last day", DaySpan{Last: d("2026-01-01")}, d("2026-01-01"), true},
		{"the day after the last", DaySpan{Last: d("2026-01-01")}, d("2026-01-02"), false},
		{"inside both ends", DaySpan{d("2026-01-01"), d("2026-01-31")}, d("2026-01-15"), true},
		{"one day", DaySpan{d("2026-01-01"), d("2026-01-01")}, d("2026-01-01"), true},
		{"ends the wrong way round", DaySpan{d("2026-01-31"), d("2026-01-01")}, d("2026-01-15"), false},
	}
	for _, c := range cases {
		if got := c.sp.Holds(c.day); got != c.want {
			t.Errorf("%s: %+v holds %v: %v, want %v", c.name, c.sp, c.day, got, c.want)
		}
	}
}

func TestCountSpanHolds(t *testing.T) {
	cases := []struct {
		sp   CountSpan
		n    int
		want bool
	}{
		{CountSpan{0, 0}, 0, true},
		{CountSpan{0, 0}, 1, false},
		{CountSpan{1, 3}, 0, false},
		{CountSpan{1, 3}, 1, true},
		{CountSpan{1, 3}, 3, true},
		{CountSpan{1, 3}, 4, false},
		{CountSpan{4, -1}, 3, false},
		{CountSpan{4, -1}, 4, true},
		{CountSpan{4, -1}, 1_000_000, true},
		{CountSpan{1, 0}, 0, false}, // empty: normal when one touch is already active
		{CountSpan{1, 0}, 1, false},
	}
	for _, c := range cases {
		if got := c.sp.Holds(c.n); got != c.want {
			t.Errorf("%+v holds %d: %v, want %v", c.sp, c.n, got, c.want)
		}
	}
}

func TestTenureOf(t *testing.T) {
	def := DefaultClassSettings() // old after 365 days
	short := def
	short.OldAfterDays = 30
	cases := []struct {
		first Date
		s     ClassSettings
		want  string
	}{
		{Date{}, def, TenureNone},
		{classToday, def, TenureNew},
		{classToday.AddDays(1), def, TenureNew}, // a first deal dated ahead is new, not old
		{classToday.AddDays(-364), def, TenureNew},
		{classToday.AddDays(-365), def, TenureOld}, // exactly the threshold is old
		{MustDate("2000-01-01"), def, TenureOld},
		{classToday.AddDays(-29), short, TenureNew},
		{classToday.AddDays(-30), short, TenureOld},
		{Date{}, short, TenureNone},
	}
	for _, c := range cases {
		if got := TenureOf(c.first, classToday, c.s); got != c.want {
			t.Errorf("first deal %v, old after %d days: %s, want %s", c.first, c.s.OldAfterDays, got, c.want)
		}
		if got := ClassifyTenure(c.first, classToday, c.s).Code; got != c.want {
			t.Errorf("first deal %v: ClassifyTenure says %s, TenureOf %s", c.first, got, c.want)
		}
	}
}

func TestTenureSpan(t *testing.T) {
	s := DefaultClassSettings()
	cases := []struct {
		code string
		want DaySpan
		ok   bool
	}{
		{TenureOld, DaySpan{Last: MustDate("2025-03-10")}, true},
		{TenureNew, DaySpan{First: MustDate("2025-03-11")}, true},
		{TenureNone, DaySpan{}, false},
	}
	for _, c := range cases {
		got, ok := TenureSpan(c.code, classToday, s)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: %+v %v, want %+v %v", c.code, got, ok, c.want, c.ok)
		}
	}
}

func TestActivityOf(t *testing.T) {
	def := DefaultClassSettings() // active at 4
	one := def
	one.ActiveMin = 1
	cases := []struct {
		touches int
		s       ClassSettings
		want    string
	}{
		{0, def, ActivityLow},
		{1, def, ActivityNormal},
		{3, def, ActivityNormal},
		{4, def, ActivityActive},
		{400, def, ActivityActive},
		{0, one, ActivityLow},
		{1, one, ActivityActive}, // one touch is already active: no customer is normal
	}
	for _, c := range cases {
		if got := ActivityOf(c.touches, c.s); got != c.want {
			t.Errorf("%d touches, active at %d: %s, want %s", c.touches, c.s.ActiveMin, got, c.want)
		}
	}
}

func TestActivitySpan(t *testing.T) {
	s := DefaultClassSettings()
	cases := []struct {
		code string
		want CountSpan
	}{
		{ActivityActive, CountSpan{4, -1}},
		{ActivityNormal, CountSpan{1, 3}},
		{ActivityLow, CountSpan{0, 0}},
	}
	for _, c := range cases {
		if got := ActivitySpan(c.code, s); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.code, got, c.want)
		}
	}
}
