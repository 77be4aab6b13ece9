package model

import "testing"

func TestGreetingListedOn(t *testing.T) {
	d := MustDate
	today := d("2026-12-06")
	cases := []struct {
		name     string
		day      string
		lead     int
		want     string
		daysAway int
	}{
		{"tomorrow's birthday is listed today, not as late", "2026-12-07", 3, "2026-12-06", 1},
		{"today's birthday", "2026-12-06", 3, "2026-12-06", 0},
		{"in three days: due today", "2026-12-09", 3, "2026-12-06", 3},
		{"in five days: listed on its own due day", "2026-12-11", 3, "2026-12-08", 5},
		{"no lead", "2026-12-08", 0, "2026-12-08", 2},
		{"across the year end", "2027-01-01", 3, "2026-12-29", 26},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := GreetingListedOn(d(c.day), c.lead, today); got != d(c.want) {
				t.Errorf("GreetingListedOn = %v, want %s", got, c.want)
			}
			if got := GreetingDaysAway(d(c.day), today); got != c.daysAway {
				t.Errorf("GreetingDaysAway = %d, want %d", got, c.daysAway)
			}
			if got := OverdueDays(GreetingListedOn(d(c.day), c.lead, today), today); got != 0 {
				t.Errorf("a greeting before its day counts %d days overdue", got)
			}
		})
	}
}
