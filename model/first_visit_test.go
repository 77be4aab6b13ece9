package model

import "testing"

func TestNextDueSpread(t *testing.T) {
	d := MustDate
	since := d("2026-12-07") // a Monday
	vip, honored := VisitPlan{VisitEveryDays: 7, AnyDay: true}, VisitPlan{VisitEveryDays: 14, CallEveryDays: 7, AnyDay: true}
	cases := []struct {
		name                string
		plan                VisitPlan
		lastVisit, lastCall string
		id                  int64
		wantVisit, wantCall string
	}{
		{"never visited: a day of the first week by id", vip, "", "", 3, "2026-12-10", ""},
		{"id 7 falls on the day they joined", vip, "", "", 7, "2026-12-07", ""},
		{"the last day of the interval at most", vip, "", "", 13, "2026-12-13", ""},
		{"visited: the plan as before", vip, "2026-12-01", "", 3, "2026-12-08", ""},
		{"first visit and first call spread each over its own interval", honored, "", "", 10, "2026-12-17", "2026-12-10"},
		{"called but never visited: the call follows the last call", honored, "", "2026-12-02", 10, "2026-12-17", "2026-12-09"},
		{"no id yet: the day they joined", vip, "", "", 0, "2026-12-07", ""},
		{"no plan: nothing due", VisitPlan{AnyDay: true}, "", "", 5, "", ""},
		{"working days only: id 5 of a week's five working days is Monday", VisitPlan{VisitEveryDays: 7}, "", "", 5, "2026-12-07", ""},
		{"working days only: id 4 is Friday, never the weekend", VisitPlan{VisitEveryDays: 7}, "", "", 4, "2026-12-11", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			visit, call := NextDueSpread(c.plan, optDate(c.lastVisit), optDate(c.lastCall), since, c.id)
			if visit != optDate(c.wantVisit) || call != optDate(c.wantCall) {
				t.Errorf("NextDueSpread = visit %v call %v, want %s %s", visit, call, c.wantVisit, c.wantCall)
			}
		})
	}
	// A book's first visits spread evenly over the working days: 2,000 customers on a 14-day plan
	// fall on its ten working days, 200 each, none on a weekend.
	perDay := map[Date]int{}
	for id := int64(1); id <= 2000; id++ {
		v, _ := NextDueSpread(VisitPlan{VisitEveryDays: 14}, Date{}, Date{}, since, id)
		perDay[v]++
	}
	if len(perDay) != 10 {
		t.Errorf("first visits on %d days, want the 10 working days", len(perDay))
	}
	for day, n := range perDay {
		if n != 200 || !IsWorkingDay(day) {
			t.Errorf("%d first visits on %v", n, day)
		}
	}
}
