package model

import "testing"

func TestHasContactSince(t *testing.T) {
	cases := []struct {
		last, day string
		want      bool
	}{
		{"", "2026-03-06", false},           // never contacted: the sheet's day is news
		{"2026-03-01", "2026-03-06", false}, // the book's last contact is older
		{"2026-03-06", "2026-03-06", true},  // the same day: known
		{"2026-03-09", "2026-03-06", true},  // a later contact: the sheet's is older news
		{"2026-03-09", "", true},            // no day given: nothing to add
	}
	for _, c := range cases {
		var cu Customer
		if c.last != "" {
			cu.LastContactOn = MustDate(c.last)
		}
		var day Date
		if c.day != "" {
			day = MustDate(c.day)
		}
		if got := cu.HasContactSince(day); got != c.want {
			t.Errorf("last contact %q, day %q: %v, want %v", c.last, c.day, got, c.want)
		}
	}
}
