package model

import "testing"

func TestKeepDueOn(t *testing.T) {
	d := MustDate
	none := Date{}
	cases := []struct {
		name             string
		day, visit, call Date
		want             KeptDue
	}{
		{"no day given: nothing kept", none, d("2026-12-01"), d("2026-12-03"), KeptDue{}},
		{"the plan asks on the day already", d("2026-12-10"), d("2026-12-10"), d("2026-12-14"), KeptDue{}},
		{"the call on the day, the visit later", d("2026-12-10"), d("2026-12-20"), d("2026-12-10"), KeptDue{}},
		{"both earlier: both put off to the day", d("2026-12-10"), d("2026-12-08"), d("2026-12-09"),
			KeptDue{Visit: PlanSnooze{d("2026-12-08"), d("2026-12-10")}, Call: PlanSnooze{d("2026-12-09"), d("2026-12-10")}}},
		{"the visit earlier, the call later", d("2026-12-10"), d("2026-12-08"), d("2026-12-12"),
			KeptDue{Visit: PlanSnooze{d("2026-12-08"), d("2026-12-10")}}},
		{"both later (an overdue day): a reminder", d("2026-11-20"), d("2026-12-08"), d("2026-12-09"), KeptDue{Remind: true}},
		{"no plan (paused): a reminder", d("2026-12-10"), none, none, KeptDue{Remind: true}},
		{"only calls planned, earlier", d("2026-12-10"), none, d("2026-12-07"), KeptDue{Call: PlanSnooze{d("2026-12-07"), d("2026-12-10")}}},
	}
	for _, c := range cases {
		if got := KeepDueOn(c.day, c.visit, c.call); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
		// Whatever is decided, the customer is due on the day: the earliest of the planned
		// contacts once put off, and the reminder.
		if c.day.IsZero() {
			continue
		}
		k := KeepDueOn(c.day, c.visit, c.call)
		due := EarliestDate(k.Visit.Apply(c.visit), k.Call.Apply(c.call))
		if k.Remind {
			due = EarliestDate(due, c.day)
		}
		if due != c.day {
			t.Errorf("%s: due on %s, want %s", c.name, due, c.day)
		}
	}
}
