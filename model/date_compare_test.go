package model

import "testing"

// TestDateCompareMatchesCalendar checks that Before and After, which compare plain dates field by
// field, agree with the calendar's count of days for every pair of a set of dates that includes
// the zero date, month ends, leap days and days that do not exist.
func TestDateCompareMatchesCalendar(t *testing.T) {
	dates := []Date{
		{}, {2026, 3, 10}, {2026, 3, 9}, {2026, 3, 11}, {2026, 2, 28}, {2026, 3, 1}, {2026, 2, 29},
		{2026, 2, 30}, {2024, 2, 29}, {2024, 3, 1}, {2025, 12, 31}, {2026, 1, 1}, {2026, 1, 28},
		{2026, 12, 28}, {2027, 1, 1}, {1, 1, 1}, {9999, 12, 31}, {2026, 4, 31}, {2026, 5, 1},
		{2026, 13, 1}, {2027, 1, 2}, {2026, 0, 5},
	}
	for _, a := range dates {
		for _, b := range dates {
			days := a.DaysSince(b)
			if got, want := a.Before(b), days < 0; got != want {
				t.Errorf("%v.Before(%v) = %v, want %v", a, b, got, want)
			}
			if got, want := a.After(b), days > 0; got != want {
				t.Errorf("%v.After(%v) = %v, want %v", a, b, got, want)
			}
		}
	}
}
