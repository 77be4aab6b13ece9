package model

import "testing"

func TestSnoozeTarget(t *testing.T) {
	d := MustDate
	cases := []struct {
		choice SnoozeChoice
		today  string
		date   string
		want   string
	}{
		{SnoozeTomorrow, "2026-03-10", "", "2026-03-11"},
		{SnoozeTomorrow, "2026-02-28", "", "2026-03-01"},
		{SnoozeTomorrow, "2028-02-28", "", "2028-02-29"},
		{SnoozeTomorrow, "2026-12-31", "", "2027-01-01"},
		{Snooze3Days, "2026-03-30", "", "2026-04-02"},
		// 2026-03-09 is a Monday: next week starts on the following Monday, whatever today is.
		{SnoozeNextWeek, "2026-03-09", "", "2026-03-16"},
		{SnoozeNextWeek, "2026-03-10", "", "2026-03-16"},
		{SnoozeNextWeek, "2026-03-14", "", "2026-03-16"},
		{SnoozeNextWeek, "2026-03-15", "", "2026-03-16"},
		{SnoozeNextWeek, "2026-12-29", "", "2027-01-04"},
		{SnoozeDate, "2026-03-10", "2026-04-01", "2026-04-01"},
	}
	for _, c := range cases {
		var date Date
		if c.date != "" {
			date = d(c.date)
		}
		if got := SnoozeTarget(c.choice, d(c.today), date); got != d(c.want) {
			t.Errorf("SnoozeTarget(%s, %s) = %v, want %s", c.choice, c.today, got, c.want)
		}
	}
}

func TestCheckSnooze(t *testing.T) {
	d := MustDate
	today := d("2026-03-10")
	cases := []struct {
		due, to string
		ok      bool
	}{
		{"2026-03-01", "2026-03-11", true},  // overdue, put off to tomorrow
		{"2026-03-10", "2026-03-11", true},  // due today
		{"2026-03-10", "2026-03-10", false}, // not after today
		{"2026-03-01", "2026-03-09", false}, // in the past
		{"2026-03-15", "2026-03-11", false}, // due later anyway
		{"2026-03-15", "2026-03-15", false},
		{"2026-03-15", "2026-03-16", true},
		{"2026-03-15", "", false},
	}
	for _, c := range cases {
		var to Date
		if c.to != "" {
			to = d(c.to)
		}
		if err := CheckSnooze(d(c.due), today, to); (err == nil) != c.ok {
			t.Errorf("CheckSnooze(due %s, to %s) = %v, want ok=%v", c.due, c.to, err, c.ok)
		}
	}
}

func TestPlanSnoozeApply(t *testing.T) {
	d := MustDate
	s := PlanSnooze{From: d("2026-03-08"), Until: d("2026-03-12")}
	cases := []struct {
		name string
		s    PlanSnooze
		due  Date
		want Date
	}{
		{"the plan still asks for the day put off", s, d("2026-03-08"), d("2026-03-12")},
		{"a visit logged since moved the plan: the snooze lapsed", s, d("2026-03-22"), d("2026-03-22")},
		{"a shorter plan moved it earlier: the snooze lapsed", s, d("2026-03-01"), d("2026-03-01")},
		{"the plan asks for nothing now", s, Date{}, Date{}},
		{"no snooze", PlanSnooze{}, d("2026-03-08"), d("2026-03-08")},
		{"a snooze to a day not later is ignored", PlanSnooze{From: d("2026-03-08"), Until: d("2026-03-08")}, d("2026-03-08"), d("2026-03-08")},
	}
	for _, c := range cases {
		if got := c.s.Apply(c.due); got != c.want {
			t.Errorf("%s: Apply(%v) = %v, want %v", c.name, c.due, got, c.want)
		}
	}
}

func TestDefaultSnooze(t *testing.T) {
	today := MustDate("2026-12-06") // a Sunday: next Monday is tomorrow
	cases := []struct {
		due  string
		want SnoozeChoice
	}{
		{"2026-12-01", SnoozeTomorrow}, // overdue
		{"2026-12-06", SnoozeTomorrow}, // today
		{"2026-12-07", Snooze3Days},    // tomorrow: 明天 would leave it there
		{"2026-12-09", SnoozeDate},     // in three days: no choice moves it past Monday the 7th
		{"2026-12-20", SnoozeDate},
	}
	for _, c := range cases {
		if got := DefaultSnooze(MustDate(c.due), today); got != c.want {
			t.Errorf("DefaultSnooze(%s) = %s, want %s", c.due, got, c.want)
		}
	}
}
