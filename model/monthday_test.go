package model

import "testing"

func TestParseMonthDay(t *testing.T) {
	for _, tt := range []struct {
		in   string
		m, d int
		ok   bool
	}{
		{"8月15日", 8, 15, true},
		{"8月15号", 8, 15, true},
		{"12月1", 12, 1, true},
		{"０８月１５日", 8, 15, true},
		{"03-15", 3, 15, true},
		{"3/15", 3, 15, true},
		{"2.29", 2, 29, true},
		{"02-30", 0, 0, false},
		{"13-01", 0, 0, false},
		{"1985-03-15", 0, 0, false},
		{"农历八月十五", 0, 0, false},
		{"0315", 0, 0, false},
		{"", 0, 0, false},
	} {
		y, ok := ParseMonthDay(tt.in)
		if ok != tt.ok || ok && (y.M != tt.m || y.D != tt.d || y.Y != 0 || y.Lunar) {
			t.Errorf("ParseMonthDay(%q) = %+v %v, want %d-%d %v", tt.in, y, ok, tt.m, tt.d, tt.ok)
		}
	}
}
