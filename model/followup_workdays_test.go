package model

import "testing"

// anyDayPlans are the default plans with days that may fall on weekends and holidays.
func anyDayPlans() map[Level]VisitPlan {
	plans := DefaultPlans()
	for l, p := range plans {
		p.AnyDay = true
		plans[l] = p
	}
	return plans
}

func TestNextDueOnWorkingDays(t *testing.T) {
	d := MustDate
	vip := VisitPlan{VisitEveryDays: 7, CallEveryDays: 3}
	tests := []struct {
		name                  string
		plan                  VisitPlan
		lastVisit, lastCall   string
		visit, call           string
		visitMoved, callMoved string
	}{
		{"a visit logged on Sunday plans the next on Monday", vip, "2026-12-06", "", "2026-12-14", "2026-12-09", "2026-12-13", ""},
		{"a Saturday worked for 春节 is a working day", vip, "2026-02-07", "", "2026-02-14", "2026-02-10", "", ""},
		{"春节's days off move the visit past them", vip, "2026-02-10", "2026-02-12", "2026-02-24", "2026-02-24", "2026-02-17", "2026-02-15"},
		{"a call on a make-up working Sunday stays", VisitPlan{CallEveryDays: 3}, "", "2026-01-01", "", "2026-01-04", "", ""},
		{"plans on any day stay put", VisitPlan{VisitEveryDays: 7, AnyDay: true}, "2026-12-06", "", "2026-12-13", "", "", ""},
	}
	for _, tt := range tests {
		visit, call := NextDue(tt.plan, optDate(tt.lastVisit), optDate(tt.lastCall), d("2026-01-01"))
		if visit != optDate(tt.visit) || call != optDate(tt.call) {
			t.Errorf("%s: visit %s call %s, want %s %s", tt.name, visit, call, tt.visit, tt.call)
		}
		askedVisit, askedCall := PlannedOn(tt.plan, optDate(tt.lastVisit), optDate(tt.lastCall), d("2026-01-01"))
		if got := MovedFrom(tt.plan, askedVisit, visit); got != optDate(tt.visitMoved) {
			t.Errorf("%s: visit moved from %s, want %q", tt.name, got, tt.visitMoved)
		}
		if got := MovedFrom(tt.plan, askedCall, call); got != optDate(tt.callMoved) {
			t.Errorf("%s: call moved from %s, want %q", tt.name, got, tt.callMoved)
		}
	}
}
