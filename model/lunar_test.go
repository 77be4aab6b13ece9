package model

import (
	"testing"
)

// The festivals' solar days as the almanacs publish them, 2024–2035.
func TestLunarFestivalsAgainstPublishedDates(t *testing.T) {
	published := []struct {
		name   string
		m, d   int
		byYear map[int]string // lunar year → solar day
	}{
		{"春节", 1, 1, map[int]string{2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06",
			2028: "2028-01-26", 2029: "2029-02-13", 2030: "2030-02-03", 2031: "2031-01-23", 2032: "2032-02-11",
			2033: "2033-01-31", 2034: "2034-02-19", 2035: "2035-02-08"}},
		{"端午", 5, 5, map[int]string{2024: "2024-06-10", 2025: "2025-05-31", 2026: "2026-06-19", 2027: "2027-06-09",
			2028: "2028-05-28", 2029: "2029-06-16", 2030: "2030-06-05", 2031: "2031-06-24", 2032: "2032-06-12",
			2033: "2033-06-01", 2034: "2034-06-20", 2035: "2035-06-10"}},
		{"中秋", 8, 15, map[int]string{2024: "2024-09-17", 2025: "2025-10-06", 2026: "2026-09-25", 2027: "2027-09-15",
			2028: "2028-10-03", 2029: "2029-09-22", 2030: "2030-09-12", 2031: "2031-10-01", 2032: "2032-09-19",
			2033: "2033-09-08", 2034: "2034-09-27", 2035: "2035-09-16"}},
		// 除夕 is the last day of the twelfth month, 29 days long in some years: the day before 春节.
		{"除夕", 12, 30, map[int]string{2023: "2024-02-09", 2024: "2025-01-28", 2025: "2026-02-16", 2026: "2027-02-05",
			2027: "2028-01-25", 2028: "2029-02-12", 2029: "2030-02-02", 2030: "2031-01-22", 2031: "2032-02-10",
			2032: "2033-01-30", 2033: "2034-02-18", 2034: "2035-02-07", 2035: "2036-01-27"}},
	}
	for _, f := range published {
		for y, want := range f.byYear {
			if got := LunarYearly(f.m, f.d, y); got != MustDate(want) {
				t.Errorf("%s of lunar %d = %s, published %s", f.name, y, got, want)
			}
			if f.name == "除夕" {
				continue
			}
			if got := LunarOf(MustDate(want)); got != (LunarDate{y, f.m, f.d, false}) {
				t.Errorf("LunarOf(%s) = %+v, want %s of lunar %d", want, got, f.name, y)
			}
		}
	}
}

func TestLunarConversions(t *testing.T) {
	tests := []struct {
		lunar LunarDate
		solar string
	}{
		{LunarDate{1980, 8, 15, false}, "1980-09-23"},
		{LunarDate{2023, 2, 1, true}, "2023-03-22"},    // 闰二月初一
		{LunarDate{2025, 6, 1, true}, "2025-07-25"},    // 闰六月初一
		{LunarDate{2033, 11, 1, true}, "2033-12-22"},   // the leap eleventh month of 2033
		{LunarDate{2024, 12, 30, false}, ""},           // 腊月 of 2024 has 29 days
		{LunarDate{2024, 4, 1, true}, ""},              // 2024 has no leap month
		{LunarDate{1799, 1, 1, false}, ""},             // out of range
		{LunarDate{2035, 12, 30, false}, "2036-01-27"}, // the eve of 2036-01-28
	}
	for _, tt := range tests {
		got, ok := tt.lunar.Solar()
		if tt.solar == "" {
			if ok {
				t.Errorf("%+v.Solar() = %s, want no such day", tt.lunar, got)
			}
			continue
		}
		if !ok || got != MustDate(tt.solar) {
			t.Errorf("%+v.Solar() = %s %v, want %s", tt.lunar, got, ok, tt.solar)
			continue
		}
		if back := LunarOf(got); back != tt.lunar {
			t.Errorf("LunarOf(%s) = %+v, want %+v", got, back, tt.lunar)
		}
	}
}

func TestNextLunarYearly(t *testing.T) {
	tests := []struct {
		m, d       int
		from, want string
	}{
		{8, 15, "2026-01-01", "2026-09-25"},
		{8, 15, "2026-09-25", "2026-09-25"},
		{8, 15, "2026-09-26", "2027-09-15"},
		{1, 1, "2026-01-10", "2026-02-17"},
		{12, 20, "2026-01-10", "2026-02-07"}, // still the twelfth month of lunar 2025
		{12, 30, "2026-01-01", "2026-02-16"}, // a 29-day month: its last day
		{6, 10, "2025-08-01", "2026-07-23"},  // 2025's leap sixth month does not bring the day again
	}
	for _, tt := range tests {
		if got := NextLunarYearly(tt.m, tt.d, MustDate(tt.from)); got != MustDate(tt.want) {
			t.Errorf("NextLunarYearly(%d, %d, %s) = %s, want %s", tt.m, tt.d, tt.from, got, tt.want)
		}
	}
}

func TestLunarNames(t *testing.T) {
	tests := []struct {
		l      LunarDate
		zh, en string
	}{
		{LunarDate{0, 8, 15, false}, "八月十五", "8/15"},
		{LunarDate{0, 1, 1, false}, "正月初一", "1/1"},
		{LunarDate{0, 4, 8, true}, "闰四月初八", "leap 4/8"},
		{LunarDate{0, 12, 23, false}, "腊月廿三", "12/23"},
		{LunarDate{0, 11, 30, false}, "冬月三十", "11/30"},
		{LunarDate{0, 10, 10, false}, "十月初十", "10/10"},
		{LunarDate{0, 9, 20, false}, "九月二十", "9/20"},
	}
	for _, tt := range tests {
		if got := tt.l.MonthDayZh(); got != tt.zh {
			t.Errorf("MonthDayZh(%+v) = %s, want %s", tt.l, got, tt.zh)
		}
		if got := tt.l.MonthDayEn(); got != tt.en {
			t.Errorf("MonthDayEn(%+v) = %s, want %s", tt.l, got, tt.en)
		}
	}
}
