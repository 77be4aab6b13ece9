package model

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Occasion is a date that matters, on which the user greets a customer (or all of them).
type Occasion string

// The dates that matter: a customer's or a contact's birthday, the company's anniversary, the
// anniversary of the first deal with us, and the holidays the user lists.
const (
	OccasionBirthday    Occasion = "birthday"
	OccasionAnniversary Occasion = "anniversary"
	OccasionFirstDeal   Occasion = "first_deal"
	OccasionHoliday     Occasion = "holiday"
)

// Occasions lists the dates that matter with their names.
var Occasions = []Code{
	{string(OccasionBirthday), Text{"生日", "Birthday"}},
	{string(OccasionAnniversary), Text{"公司周年", "Anniversary"}},
	{string(OccasionFirstDeal), Text{"合作周年", "Deal anniv"}},
	{string(OccasionHoliday), Text{"节日问候", "Holiday"}},
}

// DefaultGreetingLeadDays is how many days before a date that matters its greeting is due, until
// the user sets another number.
const DefaultGreetingLeadDays = 3

// MaxGreetingLeadDays bounds the lead of a greeting.
const MaxGreetingLeadDays = 60

// YearlyOn returns the day in year that falls on d's month and day; 29 February falls on
// 28 February in a common year.
func YearlyOn(d Date, year int) Date {
	return Date{year, d.M, 1}.withDay(d.D)
}

// withDay sets the day of the month, clamped to the month's last day.
func (d Date) withDay(day int) Date {
	last := Date{d.Y, d.M, 1}.AddMonths(1).AddDays(-1).D
	d.D = min(day, last)
	return d
}

// NextYearly returns the first day on or after from that falls on d's month and day.
func NextYearly(d, from Date) Date {
	if on := YearlyOn(d, from.Y); !on.Before(from) {
		return on
	}
	return YearlyOn(d, from.Y+1)
}

// YearsOn says how many years a date recurs for on the day on: 5 on the fifth anniversary.
func YearsOn(since, on Date) int { return on.Y - since.Y }

// GreetingDue returns the day a greeting for an occasion on day is due, lead days before it.
func GreetingDue(day Date, lead int) Date { return day.AddDays(-lead) }

// GreetingWindow returns the days an occasion must fall on for its greeting to show on a checklist
// of today and the next days: from today (a date already past is not greeted) to days+lead ahead.
func GreetingWindow(today Date, days, lead int) (from, to Date) {
	return today, today.AddDays(days + lead)
}

// MonthDayRanges returns the month-day ranges ("MM-DD" to "MM-DD", both included) that the days
// from..to fall on, for matching stored dates by their month and day. The ranges take in 02-29
// whenever they take in 28 February of a common year, since such a birthday falls on the 28th.
func MonthDayRanges(from, to Date) [][2]string {
	if to.Before(from) {
		return nil
	}
	if to.DaysSince(from) >= 365 {
		return [][2]string{{"01-01", "12-31"}}
	}
	md := func(d Date) string { return fmt.Sprintf("%02d-%02d", d.M, d.D) }
	var out [][2]string
	if from.Y == to.Y {
		out = append(out, [2]string{md(from), md(to)})
	} else {
		out = append(out, [2]string{md(from), "12-31"}, [2]string{"01-01", md(to)})
	}
	for d := from; !d.After(to); d = d.AddDays(1) {
		if d.M == time.February && d.D == 28 && !isLeap(d.Y) {
			out = append(out, [2]string{"02-29", "02-29"})
			break
		}
	}
	return out
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// Holiday is a day the user greets customers on (春节, 中秋 …). A holiday of the lunar calendar is
// kept as its lunar month and day and falls on its solar day each year; a solar one as its month
// and day; a holiday of one year only as that day.
type Holiday struct {
	Name Text          `json:"name"`
	Days []HolidayDate `json:"days"`
}

// HolidayDate is one date of a holiday: a day of one year, or with Y = 0 the same month and day
// every year, of the lunar calendar when Lunar is set (the 30th of a month of 29 days is its last
// day, so 除夕 is lunar 12-30).
type HolidayDate struct {
	Y     int        `json:"y,omitempty"`
	M     time.Month `json:"m"`
	D     int        `json:"d"`
	Lunar bool       `json:"lunar,omitempty"`
}

// String writes the date as ParseHolidayDates reads it: YYYY-MM-DD, MM-DD for every year, 农历MM-DD
// for a lunar day every year.
func (h HolidayDate) String() string {
	switch {
	case h.Lunar:
		return fmt.Sprintf("农历%02d-%02d", h.M, h.D)
	case h.Y == 0:
		return fmt.Sprintf("%02d-%02d", h.M, h.D)
	}
	return Date{h.Y, h.M, h.D}.String()
}

// Text writes the date for people: a lunar day as the lunar calendar names it (农历八月十五,
// lunar 8/15), the others as String does.
func (h HolidayDate) Text(lang Lang) string {
	if !h.Lunar {
		return h.String()
	}
	return YearlyDate{Lunar: true, M: int(h.M), D: h.D}.Text(lang)
}

// lunarHoliday is a holiday of the lunar calendar, every year.
func lunarHoliday(m, d int) HolidayDate { return HolidayDate{M: time.Month(m), D: d, Lunar: true} }

// solarHoliday is a holiday on the same solar month and day every year.
func solarHoliday(m, d int) HolidayDate { return HolidayDate{M: time.Month(m), D: d} }

// DefaultHolidays are the holidays a new book greets on: the festivals of the lunar calendar,
// worked out for every year, and the solar holidays.
func DefaultHolidays() []Holiday {
	return []Holiday{
		{Text{"元旦", "New Year's Day"}, []HolidayDate{solarHoliday(1, 1)}},
		{Text{"腊八节", "Laba Festival"}, []HolidayDate{lunarHoliday(12, 8)}},
		{Text{"除夕", "Chinese New Year's Eve"}, []HolidayDate{lunarHoliday(12, 30)}},
		{Text{"春节", "Spring Festival"}, []HolidayDate{lunarHoliday(1, 1)}},
		{Text{"元宵节", "Lantern Festival"}, []HolidayDate{lunarHoliday(1, 15)}},
		{Text{"劳动节", "Labour Day"}, []HolidayDate{solarHoliday(5, 1)}},
		{Text{"端午节", "Dragon Boat Festival"}, []HolidayDate{lunarHoliday(5, 5)}},
		{Text{"七夕", "Qixi Festival"}, []HolidayDate{lunarHoliday(7, 7)}},
		{Text{"中秋节", "Mid-Autumn Festival"}, []HolidayDate{lunarHoliday(8, 15)}},
		{Text{"重阳节", "Double Ninth Festival"}, []HolidayDate{lunarHoliday(9, 9)}},
		{Text{"国庆节", "National Day"}, []HolidayDate{solarHoliday(10, 1)}},
	}
}

// ParseHolidayDates reads the dates of a holiday typed in one field: YYYY-MM-DD for one year, MM-DD
// for every year, a lunar day every year (农历08-15, 农历八月十五, lunar 8/15), separated by
// commas, spaces or 、. Duplicates are dropped and the dates sorted.
func ParseHolidayDates(s string) ([]HolidayDate, error) {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || r == ' '
	})
	seen := map[HolidayDate]bool{}
	var out []HolidayDate
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		var h HolidayDate
		if strings.EqualFold(p, "lunar") && i+1 < len(parts) {
			// "lunar 8/15" was cut at its space.
			i++
			p = "lunar " + parts[i]
		}
		if l, lunar, err := ParseLunarDate(p); lunar {
			if err != nil || l.Y != 0 {
				return nil, fmt.Errorf("holiday date %q: write a lunar day every year as 农历MM-DD or 农历八月十五", p)
			}
			h = HolidayDate{M: time.Month(l.M), D: l.D, Lunar: true}
		} else if strings.Count(strings.NewReplacer("/", "-", ".", "-").Replace(p), "-") == 1 {
			md := strings.Split(strings.NewReplacer("/", "-", ".", "-").Replace(p), "-")
			m, err1 := strconv.Atoi(md[0])
			day, err2 := strconv.Atoi(md[1])
			// 2000 is a leap year, so 02-29 is accepted as a yearly date.
			if err1 != nil || err2 != nil || m < 1 || m > 12 || day < 1 || day > (Date{2000, time.Month(m), 1}).withDay(31).D {
				return nil, fmt.Errorf("holiday date %q: write YYYY-MM-DD, or MM-DD for every year", p)
			}
			h = HolidayDate{M: time.Month(m), D: day}
		} else {
			d, err := ParseISODate(p)
			if err != nil {
				return nil, fmt.Errorf("holiday date %q: write YYYY-MM-DD, or MM-DD for every year", p)
			}
			h = HolidayDate{Y: d.Y, M: d.M, D: d.D}
		}
		if !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Y == 0) != (b.Y == 0) {
			return a.Y == 0
		}
		return a.String() < b.String()
	})
	return out, nil
}

// Validate reports what is wrong with a holiday, as a *FieldError.
func (h *Holiday) Validate() error {
	h.Name.Zh, h.Name.En = strings.TrimSpace(h.Name.Zh), strings.TrimSpace(h.Name.En)
	if h.Name.Zh == "" && h.Name.En == "" {
		return fieldErr("name", "请填写节日名称", "name the holiday")
	}
	if err := checkLen("name", h.Name.Zh+h.Name.En, MaxNameLen); err != nil {
		return err
	}
	if len(h.Days) == 0 {
		return fieldErr("days", "请至少写一个日期：YYYY-MM-DD，或每年固定的 MM-DD", "give at least one date: YYYY-MM-DD, or MM-DD for every year")
	}
	return nil
}

// On returns the days of the holiday from from to to, both included, earliest first.
func (h Holiday) On(from, to Date) []Date {
	var out []Date
	for _, hd := range h.Days {
		if hd.Lunar {
			// A lunar year begins in January or February: the one before from's year may still
			// have days in it.
			for y := from.Y - 1; y <= to.Y; y++ {
				if d := LunarYearly(int(hd.M), hd.D, y); !d.IsZero() && !d.Before(from) && !d.After(to) {
					out = append(out, d)
				}
			}
			continue
		}
		if hd.Y != 0 {
			if d := (Date{hd.Y, hd.M, hd.D}); !d.Before(from) && !d.After(to) {
				out = append(out, d)
			}
			continue
		}
		for y := from.Y; y <= to.Y; y++ {
			if d := YearlyOn(Date{2000, hd.M, hd.D}, y); !d.Before(from) && !d.After(to) {
				out = append(out, d)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out
}

// HolidaysLastListed returns the last year any of the holidays has a date for, or 0 when every date
// repeats yearly; after that year, lunar holidays need their new dates.
func HolidaysLastListed(hs []Holiday) int {
	last := 0
	for _, h := range hs {
		for _, d := range h.Days {
			last = max(last, d.Y)
		}
	}
	return last
}
