package model

import (
	"fmt"
	"sync"
	"time"

	"github.com/6tail/lunar-go/calendar"
)

// LunarDate is a day of the Chinese lunar calendar (农历): the lunar year, the month (1–12), the
// day (1–30), and whether the month is the leap month (闰月) that follows month M.
type LunarDate struct {
	Y    int
	M    int
	D    int
	Leap bool
}

// lunarMonth is one month of a lunar year as the tables below keep it.
type lunarMonth struct {
	m     int  // 1–12
	leap  bool // the leap month after m
	first Date // its first day, in the solar calendar
	days  int  // 29 or 30
}

// lunarYears keeps each lunar year's months once worked out: lunar-go works out a year in about a
// millisecond and caches only the last one, and a checklist asks about the same few years again
// and again. The values never change, so sharing them is safe.
var lunarYears sync.Map // int → []lunarMonth

// lunarMonthsOf returns the months of lunar year y, in order, leap month included.
func lunarMonthsOf(y int) []lunarMonth {
	if y < lunarMinYear || y > lunarMaxYear {
		return nil
	}
	if v, ok := lunarYears.Load(y); ok {
		return v.([]lunarMonth)
	}
	var out []lunarMonth
	ms := calendar.NewLunarYear(y).GetMonthsInYear()
	for e := ms.Front(); e != nil; e = e.Next() {
		m := e.Value.(*calendar.LunarMonth)
		s := calendar.NewSolarFromJulianDay(m.GetFirstJulianDay())
		num := m.GetMonth()
		out = append(out, lunarMonth{m: abs(num), leap: num < 0, first: Date{s.GetYear(), time.Month(s.GetMonth()), s.GetDay()}, days: m.GetDayCount()})
	}
	lunarYears.Store(y, out)
	return out
}

// lunarRange bounds the years worked out, well beyond any birthday or plan (lunar-go's
// astronomy holds far wider; the bound keeps a typing slip from costing seconds).
const lunarMinYear, lunarMaxYear = 1800, 2200

// LunarOf returns the lunar date of a solar day.
func LunarOf(d Date) LunarDate {
	for _, y := range []int{d.Y, d.Y - 1} {
		ms := lunarMonthsOf(y)
		if len(ms) == 0 || d.Before(ms[0].first) {
			continue
		}
		for _, m := range ms {
			if n := d.DaysSince(m.first); n >= 0 && n < m.days {
				return LunarDate{y, m.m, n + 1, m.leap}
			}
		}
	}
	return LunarDate{}
}

// monthOf finds the month of a lunar year with the number and leap flag given.
func (l LunarDate) monthOf() (lunarMonth, bool) {
	for _, m := range lunarMonthsOf(l.Y) {
		if m.m == l.M && m.leap == l.Leap {
			return m, true
		}
	}
	return lunarMonth{}, false
}

// Solar returns the solar day of the lunar date; false when that year has no such day (no such
// leap month, or a 30th in a month of 29 days).
func (l LunarDate) Solar() (Date, bool) {
	m, ok := l.monthOf()
	if !ok || l.D < 1 || l.D > m.days {
		return Date{}, false
	}
	return m.first.AddDays(l.D - 1), true
}

// IsZero tells whether the lunar date is unset.
func (l LunarDate) IsZero() bool { return l == LunarDate{} }

// LunarYearly returns the solar day on which a lunar month and day falls in lunar year y, as the
// day is kept every year: in the month of that number (a birthday of a leap month is kept in the
// ordinary month, which every year has), on the month's last day when it has no 30th. 除夕, the
// 30th of the twelfth month, so falls on the year's last day.
func LunarYearly(month, day, y int) Date {
	m, ok := LunarDate{Y: y, M: month}.monthOf()
	if !ok {
		return Date{}
	}
	return m.first.AddDays(min(day, m.days) - 1)
}

// NextLunarYearly returns the first solar day on or after from on which a lunar month and day
// falls, as LunarYearly keeps it.
func NextLunarYearly(month, day int, from Date) Date {
	// The lunar year that holds from begins in the solar year before at the latest.
	for y := from.Y - 1; y <= from.Y+1; y++ {
		if d := LunarYearly(month, day, y); !d.IsZero() && !d.Before(from) {
			return d
		}
	}
	return Date{}
}

// lunarMonthNames are the months as the lunar calendar names them: 正月 … 冬月, 腊月.
var lunarMonthNames = [...]string{"", "正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"}

// lunarDayName names a day of a lunar month: 初一 … 初十, 十一 … 二十, 廿一 … 三十.
func lunarDayName(d int) string {
	digits := [...]string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	switch {
	case d < 1 || d > 30:
		return fmt.Sprint(d)
	case d <= 10:
		return "初" + digits[d]
	case d < 20:
		return "十" + digits[d-10]
	case d == 20:
		return "二十"
	case d < 30:
		return "廿" + digits[d-20]
	}
	return "三十"
}

// MonthDayZh writes the month and day as the lunar calendar names them: 八月十五, 闰四月初八.
func (l LunarDate) MonthDayZh() string {
	if l.M < 1 || l.M > 12 {
		return fmt.Sprintf("%d月%d日", l.M, l.D)
	}
	leap := ""
	if l.Leap {
		leap = "闰"
	}
	return leap + lunarMonthNames[l.M] + "月" + lunarDayName(l.D)
}

// MonthDayEn writes the month and day for English readers: 8/15, leap 4/8.
func (l LunarDate) MonthDayEn() string {
	if l.Leap {
		return fmt.Sprintf("leap %d/%d", l.M, l.D)
	}
	return fmt.Sprintf("%d/%d", l.M, l.D)
}
