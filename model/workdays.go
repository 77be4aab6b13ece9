package model

import (
	"sort"
	"sync"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"
)

// OfficialDay is one day of the State Council's yearly holiday table: a day off of a public holiday
// (Work false), or a weekend day made a working day to make up for one (调休, Work true).
type OfficialDay struct {
	On   Date
	Name Text // the holiday it belongs to
	Work bool
	For  Date // the holiday's own day
}

// officialNames are the holidays of the official table in both languages.
var officialNames = map[string]Text{
	"元旦节":   {"元旦", "New Year's Day"},
	"春节":    {"春节", "Spring Festival"},
	"清明节":   {"清明节", "Qingming Festival"},
	"劳动节":   {"劳动节", "Labour Day"},
	"端午节":   {"端午节", "Dragon Boat Festival"},
	"中秋节":   {"中秋节", "Mid-Autumn Festival"},
	"国庆节":   {"国庆节", "National Day"},
	"国庆中秋":  {"国庆节、中秋节", "National Day and Mid-Autumn Festival"},
	"抗战胜利日": {"抗战胜利纪念日", "Victory Day"},
}

// officialYears keeps each year's table once read, by day, since a plan asks about many days of
// the same few years. The table never changes while the program runs.
var officialYears sync.Map // int → map[Date]OfficialDay

// OfficialDays returns the official table of a year, in order of day; empty for a year whose table
// is not published (yet), when only weekends are days off.
func OfficialDays(year int) []OfficialDay {
	var out []OfficialDay
	l := HolidayUtil.GetHolidaysByYear(year)
	for e := l.Front(); e != nil; e = e.Next() {
		h := e.Value.(*HolidayUtil.Holiday)
		on, err1 := ParseISODate(h.GetDay())
		target, err2 := ParseISODate(h.GetTarget())
		if err1 != nil || err2 != nil || on.Y != year {
			continue
		}
		name, ok := officialNames[h.GetName()]
		if !ok {
			name = Text{h.GetName(), h.GetName()}
		}
		out = append(out, OfficialDay{On: on, Name: name, Work: h.IsWork(), For: target})
	}
	return out
}

// OfficialTableKnown tells whether the official table of a year is known.
func OfficialTableKnown(year int) bool { return len(officialOf(year)) > 0 }

// officialOf returns a year's official days by day.
func officialOf(year int) map[Date]OfficialDay {
	if v, ok := officialYears.Load(year); ok {
		return v.(map[Date]OfficialDay)
	}
	m := map[Date]OfficialDay{}
	if year >= 2001 && year <= 9999 {
		for _, d := range OfficialDays(year) {
			m[d.On] = d
		}
	}
	officialYears.Store(year, m)
	return m
}

// IsWorkingDay tells whether a day is a working day: Monday to Friday unless it is a day off of a
// public holiday, and a weekend day the official table makes a working day.
func IsWorkingDay(d Date) bool {
	if od, ok := officialOf(d.Y)[d]; ok {
		return od.Work
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// NextWorkingDay returns d when it is a working day, else the first working day after it; the
// zero date stays zero.
func NextWorkingDay(d Date) Date {
	if d.IsZero() {
		return d
	}
	// The longest run of days off in any table is nine days; a bound keeps a broken table harmless.
	for i := 0; i < 31 && !IsWorkingDay(d); i++ {
		d = d.AddDays(1)
	}
	return d
}

// weekdayNames are the days of the week, Sunday first as time.Weekday counts them.
var weekdayNames = [...]Text{{"周日", "Sun"}, {"周一", "Mon"}, {"周二", "Tue"}, {"周三", "Wed"},
	{"周四", "Thu"}, {"周五", "Fri"}, {"周六", "Sat"}}

// WeekdayName names the day of the week of a date: 周一, Mon.
func WeekdayName(d Date) Text { return weekdayNames[d.Weekday()] }

// HolidayOn is one day a holiday of the user's list falls on in a year.
type HolidayOn struct {
	On    Date
	Name  Text
	Lunar LunarDate // the lunar date of the day, for the holidays of the lunar calendar
}

// HolidaysOfYear returns the days the holidays fall on in a year, in order of day.
func HolidaysOfYear(hs []Holiday, year int) []HolidayOn {
	var out []HolidayOn
	for _, h := range hs {
		lunar := false
		for _, d := range h.Days {
			lunar = lunar || d.Lunar
		}
		for _, on := range h.On(Date{year, time.January, 1}, Date{year, time.December, 31}) {
			ho := HolidayOn{On: on, Name: h.Name}
			if lunar {
				ho.Lunar = LunarOf(on)
			}
			out = append(out, ho)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].On.Before(out[j].On) })
	return out
}
