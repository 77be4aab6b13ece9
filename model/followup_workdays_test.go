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
		opt := func(s string) Date {
			if s == "" {
				return Date{}
			}
			return d(s)
		}
		visit, call := NextDue(tt.plan, opt(tt.lastVisit), opt(tt.lastCall), d("2026-01-01"))
		if visit != opt(tt.visit) || call != opt(tt.call) {
			t.Errorf("%s: visit %s call %s, want %s %s", tt.name, visit, call, tt.visit, tt.call)
		}
		askedVisit, askedCall := PlannedOn(tt.plan, opt(tt.lastVisit), opt(tt.lastCall), d("2026-01-01"))
		if got := MovedFrom(tt.plan, askedVisit, visit); got != opt(tt.visitMoved) {
			t.Errorf("%s: visit moved from %s, want %q", tt.name, got, tt.visitMoved)
		}
		if got := MovedFrom(tt.plan, askedCall, call); got != opt(tt.callMoved) {
			t.Errorf("%s: call moved from %s, want %q", tt.name, got, tt.callMoved)
		}
	}
}

func TestWhySaysWhenADateMovedOrIsLunar(t *testing.T) {
	today := MustDate("2026-03-10")
	tests := []struct {
		it     ChecklistItem
		zh, en string
	}{
		{ChecklistItem{Kind: ItemVisit, Due: DueReason{Planned: true, Every: 7, MovedFrom: MustDate("2026-03-07")}},
			"按计划每 7 天拜访一次 · 原定 2026-03-07 是休息日，顺延到工作日", "plan: visit every 7 days · moved from 2026-03-07, a day off, to the next working day"},
		{ChecklistItem{Kind: ItemBirthday, Due: DueReason{Occasion: OccasionBirthday, OccasionOn: MustDate("2026-09-25"),
			Yearly: YearlyDate{Lunar: true, Y: 1980, M: 8, D: 15}}},
			"生日 09-25 · 农历八月十五", "birthday 09-25 · lunar 8/15"},
		{ChecklistItem{Kind: ItemBirthday, Due: DueReason{Occasion: OccasionAnniversary, OccasionOn: MustDate("2026-10-24"),
			Yearly: YearlyDate{M: 10, D: 24}}},
			"公司周年 10-24", "company's anniversary 10-24"},
	}
	for _, tt := range tests {
		if got := tt.it.Why(Zh, today); got != tt.zh {
			t.Errorf("Why(zh) = %q, want %q", got, tt.zh)
		}
		if got := tt.it.Why(En, today); got != tt.en {
			t.Errorf("Why(en) = %q, want %q", got, tt.en)
		}
	}
}
