package model

import (
	"strings"
	"testing"
)

func TestWorkingDays2026(t *testing.T) {
	tests := []struct {
		day     string
		working bool
		next    string
	}{
		{"2026-01-01", false, "2026-01-04"}, // 元旦, off to the 3rd; Sunday the 4th is…
		{"2026-01-04", true, "2026-01-04"},  // …a make-up working Sunday
		{"2026-02-14", true, "2026-02-14"},  // Saturday before 春节, worked
		{"2026-02-15", false, "2026-02-24"}, // the Spring Festival days off run to the 23rd
		{"2026-02-28", true, "2026-02-28"},  // Saturday worked for 春节
		{"2026-05-01", false, "2026-05-06"},
		{"2026-05-09", true, "2026-05-09"},
		{"2026-09-20", true, "2026-09-20"}, // Sunday worked for 国庆
		{"2026-10-01", false, "2026-10-08"},
		{"2026-10-10", true, "2026-10-10"},
		{"2026-12-05", false, "2026-12-07"}, // an ordinary Saturday
		{"2026-12-06", false, "2026-12-07"}, // and Sunday
		{"2026-12-07", true, "2026-12-07"},
		{"2030-06-01", false, "2030-06-03"}, // no table for 2030 yet: weekends only
	}
	for _, tt := range tests {
		d := MustDate(tt.day)
		if got := IsWorkingDay(d); got != tt.working {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", tt.day, got, tt.working)
		}
		if got := NextWorkingDay(d); got != MustDate(tt.next) {
			t.Errorf("NextWorkingDay(%s) = %s, want %s", tt.day, got, tt.next)
		}
	}
	if !NextWorkingDay(Date{}).IsZero() {
		t.Error("no date should stay no date")
	}
}

func TestOfficialDays(t *testing.T) {
	days := OfficialDays(2026)
	var off, work int
	for i, d := range days {
		if i > 0 && !days[i-1].On.Before(d.On) {
			t.Errorf("not in order of day: %s then %s", days[i-1].On, d.On)
		}
		if d.Name.Zh == "" || d.Name.En == "" || d.Name.En == d.Name.Zh {
			t.Errorf("%s has no name in both languages: %+v", d.On, d.Name)
		}
		if d.Work {
			work++
		} else {
			off++
		}
	}
	// 2026: 33 days off and 6 make-up working days, as the State Council published.
	if off != 33 || work != 6 {
		t.Errorf("2026 has %d days off and %d working weekend days, want 33 and 6", off, work)
	}
	if !OfficialTableKnown(2026) || OfficialTableKnown(2040) {
		t.Error("2026's table is known and 2040's is not")
	}
}

func TestHolidaysOfYear(t *testing.T) {
	days := HolidaysOfYear(DefaultHolidays(), 2026)
	want := []string{"2026-01-01 元旦", "2026-01-26 腊八节", "2026-02-16 除夕", "2026-02-17 春节", "2026-03-03 元宵节",
		"2026-05-01 劳动节", "2026-06-19 端午节", "2026-08-19 七夕", "2026-09-25 中秋节", "2026-10-01 国庆节", "2026-10-18 重阳节"}
	var got []string
	for _, d := range days {
		got = append(got, d.On.String()+" "+d.Name.Zh)
	}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("2026:\n got %v\nwant %v", got, want)
	}
	if days[3].Lunar != (LunarDate{2026, 1, 1, false}) || !days[0].Lunar.IsZero() {
		t.Errorf("lunar dates: %+v, %+v", days[3], days[0])
	}
	if WeekdayName(MustDate("2026-02-17")) != (Text{"周二", "Tue"}) {
		t.Errorf("weekday %v", WeekdayName(MustDate("2026-02-17")))
	}
}
