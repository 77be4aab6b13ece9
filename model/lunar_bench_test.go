package model

import "testing"

// BenchmarkLunarOf converts solar days of a few years, as the checklist's greetings do.
func BenchmarkLunarOf(b *testing.B) {
	d := MustDate("2026-01-01")
	i := 0
	for b.Loop() {
		LunarOf(d.AddDays(i % 1000))
		i++
	}
}

// BenchmarkYearlyMonthDayKeys is the work the checklist does for lunar dates: the keys of the
// default window, 7 days and a lead of 3.
func BenchmarkYearlyMonthDayKeys(b *testing.B) {
	from := MustDate("2026-09-20")
	for b.Loop() {
		YearlyMonthDayKeys(from, from.AddDays(10))
	}
}
