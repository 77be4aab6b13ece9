package model

import "testing"

func TestDueGroupOf(t *testing.T) {
	today := MustDate("2026-03-10")
	for _, c := range []struct {
		due  string
		want DueGroup
	}{
		{"2025-12-31", DueOverdue},
		{"2026-03-09", DueOverdue},
		{"2026-03-10", DueToday},
		{"2026-03-11", DueComing},
		{"2027-01-01", DueComing},
	} {
		if got := DueGroupOf(MustDate(c.due), today); got != c.want {
			t.Errorf("due %s: group %d, want %d", c.due, got, c.want)
		}
	}
	if !(DueOverdue < DueToday && DueToday < DueComing) {
		t.Error("the groups are numbered in the order they are shown")
	}
}
