package model

import (
	"testing"
	"time"
)

func TestVisitPlanNextDue(t *testing.T) {
	d := MustDate
	plans := anyDayPlans() // the days counted here fall on weekends too
	weekly := VisitPlan{VisitEveryDays: 21}
	cases := []struct {
		name                string
		c                   Customer
		lastVisit, lastCall string
		since               string
		wantVisit, wantCall string
	}{
		{"VIP: a week after the last visit", Customer{Level: LevelVIP}, "2026-03-01", "", "2026-01-01", "2026-03-08", ""},
		{"never visited: due from the day they joined", Customer{Level: LevelVIP}, "", "", "2026-01-01", "2026-01-01", ""},
		{"strategic: two weeks", Customer{Level: LevelStrategic}, "2026-02-20", "", "2026-01-01", "2026-03-06", ""},
		{"reference: monthly in days", Customer{Level: LevelReference}, "2026-01-31", "", "2026-01-01", "2026-03-02", ""},
		{"honoured: a visit also counts as the call", Customer{Level: LevelHonored}, "2026-03-01", "2026-02-20", "2026-01-01", "2026-03-15", "2026-03-08"},
		{"honoured: a later call moves only the call", Customer{Level: LevelHonored}, "2026-03-01", "2026-03-05", "2026-01-01", "2026-03-15", "2026-03-12"},
		{"free: calls weekly, visits fortnightly", Customer{Level: LevelFree}, "", "2026-03-03", "2026-01-01", "2026-01-01", "2026-03-10"},
		{"low value: nothing planned", Customer{Level: LevelLow}, "2026-03-01", "2026-03-01", "2026-01-01", "", ""},
		{"the customer's own plan wins over the level", Customer{Level: LevelVIP, PlanOverride: &weekly}, "2026-03-01", "", "2026-01-01", "2026-03-22", ""},
		{"an override of a low-value customer plans visits", Customer{Level: LevelLow, PlanOverride: &weekly}, "2026-03-01", "", "2026-01-01", "2026-03-22", ""},
		{"a paused plan asks for nothing", Customer{Level: LevelVIP, PlanPaused: true}, "2026-03-01", "", "2026-01-01", "", ""},
		{"a paused override asks for nothing", Customer{Level: LevelVIP, PlanOverride: &weekly, PlanPaused: true}, "2026-03-01", "", "2026-01-01", "", ""},
		{"across the end of February", Customer{Level: LevelVIP}, "2026-02-25", "", "2026-01-01", "2026-03-04", ""},
		{"across 29 February", Customer{Level: LevelVIP}, "2028-02-25", "", "2028-01-01", "2028-03-03", ""},
		{"across the year end", Customer{Level: LevelStrategic}, "2026-12-25", "", "2026-01-01", "2027-01-08", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			visit, call := NextDue(c.c.Plan(plans), optDate(c.lastVisit), optDate(c.lastCall), d(c.since))
			if visit != optDate(c.wantVisit) || call != optDate(c.wantCall) {
				t.Errorf("NextDue = visit %v call %v, want %v %v", visit, call, c.wantVisit, c.wantCall)
			}
		})
	}
}

func TestLevelChangeChangesThePlan(t *testing.T) {
	d := MustDate
	plans := anyDayPlans() // the days counted here fall on weekends too
	c := Customer{Level: LevelNew}
	last := d("2026-03-01")
	before, _ := NextDue(c.Plan(plans), last, Date{}, last)
	c.Level = LevelVIP
	after, _ := NextDue(c.Plan(plans), last, Date{}, last)
	c.Level = LevelLow
	none, _ := NextDue(c.Plan(plans), last, Date{}, last)
	if before != d("2026-03-15") || after != d("2026-03-08") || !none.IsZero() {
		t.Errorf("new %v, VIP %v, low %v; want 2026-03-15, 2026-03-08 and none", before, after, none)
	}
	// The user's settings for a level win over its default.
	plans[LevelVIP] = VisitPlan{VisitEveryDays: 10}
	c.Level = LevelVIP
	if got, _ := NextDue(c.Plan(plans), last, Date{}, last); got != d("2026-03-11") {
		t.Errorf("with VIP set to 10 days: %v, want 2026-03-11", got)
	}
}

func TestVisitPlanValidate(t *testing.T) {
	cases := []struct {
		p  VisitPlan
		ok bool
	}{
		{VisitPlan{}, true},
		{VisitPlan{VisitEveryDays: 14, CallEveryDays: 7}, true},
		{VisitPlan{VisitEveryDays: 3660, CallEveryDays: 3660}, true},
		{VisitPlan{VisitEveryDays: -1, CallEveryDays: 0}, false},
		{VisitPlan{VisitEveryDays: 0, CallEveryDays: -7}, false},
		{VisitPlan{VisitEveryDays: 3661, CallEveryDays: 0}, false},
	}
	for _, c := range cases {
		if err := c.p.Validate(); (err == nil) != c.ok {
			t.Errorf("%+v Validate = %v, want ok=%v", c.p, err, c.ok)
		}
	}
}

// TestCalendarArithmetic checks the date arithmetic every due date rests on: month ends, leap days,
// and days in a zone with daylight saving.
func TestCalendarArithmetic(t *testing.T) {
	d := MustDate
	adds := []struct {
		from string
		days int
		want string
	}{
		{"2026-02-28", 1, "2026-03-01"},
		{"2028-02-28", 1, "2028-02-29"},
		{"2028-02-29", 1, "2028-03-01"},
		{"2026-03-01", -1, "2026-02-28"},
		{"2026-12-31", 1, "2027-01-01"},
		{"2026-03-08", 14, "2026-03-22"}, // across the US spring-forward day
		{"2026-10-25", 7, "2026-11-01"},  // across the European fall-back day
		{"2024-01-01", 366, "2025-01-01"},
	}
	for _, c := range adds {
		if got := d(c.from).AddDays(c.days); got != d(c.want) {
			t.Errorf("%s + %d days = %v, want %s", c.from, c.days, got, c.want)
		}
		if got := d(c.want).DaysSince(d(c.from)); got != c.days {
			t.Errorf("%s since %s = %d, want %d", c.want, c.from, got, c.days)
		}
	}
	months := []struct {
		from string
		n    int
		want string
	}{
		{"2026-01-31", 1, "2026-02-28"},
		{"2028-01-31", 1, "2028-02-29"},
		{"2026-03-31", 1, "2026-04-30"},
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-12-15", 1, "2027-01-15"},
		{"2028-02-29", 12, "2029-02-28"},
		{"2028-02-29", 48, "2032-02-29"},
	}
	for _, c := range months {
		if got := d(c.from).AddMonths(c.n); got != d(c.want) {
			t.Errorf("%s + %d months = %v, want %s", c.from, c.n, got, c.want)
		}
	}
	// In a zone with daylight saving, a clock time maps to its own calendar day, late at night and
	// just after midnight, on the days the clocks change.
	for _, zone := range []string{"America/New_York", "Europe/Berlin", "Asia/Shanghai"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Skipf("no zone data for %s: %v", zone, err)
		}
		for _, tc := range []struct {
			t    time.Time
			want string
		}{
			{time.Date(2026, 3, 8, 23, 59, 0, 0, loc), "2026-03-08"},
			{time.Date(2026, 3, 29, 0, 1, 0, 0, loc), "2026-03-29"},
			{time.Date(2026, 10, 25, 23, 30, 0, 0, loc), "2026-10-25"},
			{time.Date(2026, 11, 1, 1, 30, 0, 0, loc), "2026-11-01"},
		} {
			if got := DateOf(tc.t); got != d(tc.want) {
				t.Errorf("%s: DateOf(%v) = %v, want %s", zone, tc.t, got, tc.want)
			}
		}
		// A day in that zone always ends on the next calendar day, 23, 24 or 25 hours later.
		start := time.Date(2026, 3, 8, 0, 0, 0, 0, loc)
		next := time.Date(2026, 3, 9, 0, 0, 0, 0, loc)
		if DateOf(next).DaysSince(DateOf(start)) != 1 {
			t.Errorf("%s: a short day is not one day", zone)
		}
	}
}

func TestParsePlanDays(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"", 0, true}, {"0", 0, true}, {"14", 14, true}, {"14d", 14, true}, {"14 天", 14, true},
		{"2w", 14, true}, {"每2周", 14, true}, {"1m", 30, true}, {"3660", 3660, true},
		{"3661", 0, false}, {"-1", 0, false}, {"two", 0, false}, {"600w", 0, false},
	}
	for _, c := range cases {
		got, err := ParsePlanDays(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParsePlanDays(%q) = %d, %v; want %d ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestCheckReschedule(t *testing.T) {
	today := MustDate("2026-03-10")
	for _, c := range []struct {
		to string
		ok bool
	}{{"2026-03-10", true}, {"2026-04-01", true}, {"2026-03-09", false}} {
		if err := CheckReschedule(today, MustDate(c.to)); (err == nil) != c.ok {
			t.Errorf("CheckReschedule(%s) = %v", c.to, err)
		}
	}
	if CheckReschedule(today, Date{}) == nil {
		t.Error("no date should be refused")
	}
}
