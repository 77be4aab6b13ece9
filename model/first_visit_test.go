package model

import "testing"

func TestNextDueSpread(t *testing.T) {
	d := MustDate
	since := d("2026-12-06")
	vip, honored := VisitPlan{VisitEveryDays: 7}, VisitPlan{VisitEveryDays: 14, CallEveryDays: 7}
	cases := []struct {
		name                string
		plan                VisitPlan
		lastVisit, lastCall string
		id                  int64
		wantVisit, wantCall string
	}{
		{"never visited: a day of the first week by id", vip, "", "", 3, "2026-12-09", ""},
		{"id 7 falls on the day they joined", vip, "", "", 7, "2026-12-06", ""},
		{"the last day of the interval at most", vip, "", "", 13, "2026-12-12", ""},
		{"visited: the plan as before", vip, "2026-12-01", "", 3, "2026-12-08", ""},
		{"first visit and first call spread each over its own interval", honored, "", "", 10, "2026-12-16", "2026-12-09"},
		{"called but never visited: the call follows the last call", honored, "", "2026-12-02", 10, "2026-12-16", "2026-12-09"},
		{"no id yet: the day they joined", vip, "", "", 0, "2026-12-06", ""},
		{"no plan: nothing due", VisitPlan{}, "", "", 5, "", ""},
	}
	opt := func(s string) Date {
		if s == "" {
			return Date{}
		}
		return d(s)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			visit, call := NextDueSpread(c.plan, opt(c.lastVisit), opt(c.lastCall), since, c.id)
			if visit != opt(c.wantVisit) || call != opt(c.wantCall) {
				t.Errorf("NextDueSpread = visit %v call %v, want %s %s", visit, call, c.wantVisit, c.wantCall)
			}
		})
	}
	// A book's first visits spread evenly: 2,000 customers on a 14-day plan, no day over 143.
	perDay := map[Date]int{}
	for id := int64(1); id <= 2000; id++ {
		v, _ := NextDueSpread(VisitPlan{VisitEveryDays: 14}, Date{}, Date{}, since, id)
		perDay[v]++
	}
	if len(perDay) != 14 {
		t.Errorf("first visits on %d days, want 14", len(perDay))
	}
	for day, n := range perDay {
		if n > 143 {
			t.Errorf("%d first visits on %v", n, day)
		}
	}
}
