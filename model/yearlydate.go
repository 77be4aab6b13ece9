package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// YearlyDate is a birthday or an anniversary as its owner keeps it when a plain solar date cannot
// say so: by the lunar calendar (a lunar birthday falls on another solar day every year), or
// without a year (an address book that knows only the month and day). The zero value means none:
// the plain solar date, if any, is the whole story.
type YearlyDate struct {
	Lunar bool
	Leap  bool // lunar only: the day is in the leap month after M
	Y     int  // 0 when the year is not known
	M     int
	D     int
}

// IsZero tells whether there is no yearly date.
func (y YearlyDate) IsZero() bool { return y == YearlyDate{} }

// lunar returns the lunar date the yearly date is.
func (y YearlyDate) lunar() LunarDate { return LunarDate{y.Y, y.M, y.D, y.Leap} }

// YearlyOfLunar returns the yearly date kept by a lunar date.
func YearlyOfLunar(l LunarDate) YearlyDate {
	return YearlyDate{Lunar: true, Leap: l.Leap, Y: l.Y, M: l.M, D: l.D}
}

// Solar returns the solar day the date itself fell on: a lunar date with its year converted, a
// solar one with its year; the zero date when the year is not known.
func (y YearlyDate) Solar() Date {
	switch {
	case y.Y == 0:
		return Date{}
	case y.Lunar:
		d, _ := y.lunar().Solar()
		return d
	}
	return Date{y.Y, time.Month(y.M), y.D}
}

// Next returns the first solar day on or after from on which the date comes round.
func (y YearlyDate) Next(from Date) Date {
	if y.Lunar {
		return NextLunarYearly(y.M, y.D, from)
	}
	return NextYearly(Date{2000, time.Month(y.M), y.D}, from)
}

// YearsOn says how many years the date recurs for on the solar day on, which is one of the days
// Next gives: 0 when the year is not known.
func (y YearlyDate) YearsOn(on Date) int {
	switch {
	case y.Y == 0:
		return 0
	case y.Lunar:
		return LunarOf(on).Y - y.Y
	}
	return on.Y - y.Y
}

// String writes the yearly date as the book stores it and ParseYearlyDate reads it back: --MM-DD
// for a solar day without a year (as vCard writes it), lunar YYYY-MM-DD or lunar --MM-DD for a
// lunar one, with "leap " before the date of a leap month. The month and day are always its last
// five characters, which the book's indexes read.
func (y YearlyDate) String() string {
	if y.IsZero() {
		return ""
	}
	var b strings.Builder
	if y.Lunar {
		b.WriteString("lunar ")
		if y.Leap {
			b.WriteString("leap ")
		}
	}
	if y.Y == 0 {
		b.WriteString("--")
	} else {
		fmt.Fprintf(&b, "%04d-", y.Y)
	}
	fmt.Fprintf(&b, "%02d-%02d", y.M, y.D)
	return b.String()
}

// MonthDayKey returns "MM-DD", the month and day the book's indexes find a yearly date by.
func (y YearlyDate) MonthDayKey() string { return fmt.Sprintf("%02d-%02d", y.M, y.D) }

// Text writes the yearly date for people: 农历1980年八月十五, 农历八月十五, 3月15日 in Chinese;
// lunar 1980 8/15, lunar 8/15, 03-15 in English.
func (y YearlyDate) Text(lang Lang) string {
	if y.IsZero() {
		return ""
	}
	l := y.lunar()
	switch {
	case y.Lunar && lang == Zh && y.Y != 0:
		return fmt.Sprintf("农历%d年%s", y.Y, l.MonthDayZh())
	case y.Lunar && lang == Zh:
		return "农历" + l.MonthDayZh()
	case y.Lunar && y.Y != 0:
		return fmt.Sprintf("lunar %d %s", y.Y, l.MonthDayEn())
	case y.Lunar:
		return "lunar " + l.MonthDayEn()
	case lang == Zh:
		return fmt.Sprintf("%d月%d日", y.M, y.D)
	}
	return fmt.Sprintf("%02d-%02d", y.M, y.D)
}

// ParseYearlyDate reads a yearly date as String writes it, and the other ways a date without a
// year or a lunar date is written: --0315, --03-15 (vCard), and every form ParseLunarDate reads.
// An empty string is the zero value.
func ParseYearlyDate(s string) (YearlyDate, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return YearlyDate{}, nil
	}
	if rest, ok := strings.CutPrefix(t, "lunar leap "); ok {
		t = "lunar leap " + strings.TrimPrefix(rest, "--")
	} else if rest, ok := strings.CutPrefix(t, "lunar --"); ok {
		t = "lunar " + rest
	}
	if l, lunar, err := ParseLunarDate(t); lunar {
		if err != nil {
			return YearlyDate{}, err
		}
		return YearlyOfLunar(l), nil
	}
	if md, ok := strings.CutPrefix(t, "--"); ok {
		return parseSolarMonthDay(s, strings.ReplaceAll(md, "-", ""))
	}
	return YearlyDate{}, fmt.Errorf("date %q: write --MM-DD for a day without a year, or a lunar date such as 农历八月十五", s)
}

// parseSolarMonthDay reads MMDD as a solar day without a year; 29 February is allowed.
func parseSolarMonthDay(orig, md string) (YearlyDate, error) {
	m, err1 := strconv.Atoi(md[:min(2, len(md))])
	d, err2 := strconv.Atoi(md[min(2, len(md)):])
	if len(md) != 4 || err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > (Date{2000, time.Month(m), 1}).withDay(31).D {
		return YearlyDate{}, fmt.Errorf("date %q: write a day without a year as --MM-DD", orig)
	}
	return YearlyDate{M: m, D: d}, nil
}

// Birthday is a date that matters as the book keeps it: the solar date, and the yearly date when
// the person keeps it by the lunar calendar or its year is not known.
type Birthday struct {
	Solar  Date
	Yearly YearlyDate
}

// ParseBirthday reads a birthday or anniversary as a user types it or a file gives it: a solar
// date (YYYY-MM-DD and the forms ParseLooseDate reads), a lunar date (农历八月十五, lunar
// 1980-08-15) or a day without a year (--03-15). A lunar date with its year also gives its solar
// day. An empty string is no date.
func ParseBirthday(s string) (Birthday, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Birthday{}, nil
	}
	if y, err := ParseYearlyDate(t); err == nil {
		return Birthday{Solar: y.Solar(), Yearly: y}, nil
	} else if _, lunar, _ := ParseLunarDate(t); lunar || strings.HasPrefix(t, "--") {
		return Birthday{}, err
	}
	d, err := ParseLooseDate(t)
	if err != nil {
		return Birthday{}, err
	}
	return Birthday{Solar: d}, nil
}

// KeptYearly returns the yearly date to keep beside a solar date that may have been edited since
// it was read: the yearly date stays while the solar date is the one it gives or is empty (a
// record made with the yearly date alone), and is dropped when the user wrote another solar date.
// Clearing a birthday clears both.
func KeptYearly(solar Date, y YearlyDate) YearlyDate {
	if y.IsZero() || solar.IsZero() || solar == y.Solar() {
		return y
	}
	return YearlyDate{}
}

// BirthdayText writes a birthday for people: the yearly form when there is one, with the solar
// day of a lunar date in brackets, else the solar date.
func BirthdayText(solar Date, y YearlyDate, lang Lang) string {
	y = KeptYearly(solar, y)
	switch {
	case y.IsZero():
		return solar.String()
	case y.Lunar && !solar.IsZero():
		return fmt.Sprintf("%s (%s)", y.Text(lang), solar)
	}
	return y.Text(lang)
}

// YearlyMonthDayKeys returns the month-day keys ("MM-DD", as MonthDayKey writes them) of every
// yearly date that can come round in the days from..to: the solar month-days of those days, and
// the lunar month-days they fall on (the 30th too on the last day of a month of 29 days; none for
// the days of a leap month, since a date is kept in the ordinary month). nil means every key: a
// window of a year or more takes in them all.
func YearlyMonthDayKeys(from, to Date) []string {
	if to.DaysSince(from) >= 354 {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	add := func(m, d int) {
		k := fmt.Sprintf("%02d-%02d", m, d)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for d := from; !d.After(to); d = d.AddDays(1) {
		add(int(d.M), d.D)
		if d.M == time.February && d.D == 28 && !isLeap(d.Y) {
			add(2, 29)
		}
		l := LunarOf(d)
		if l.IsZero() || l.Leap {
			continue
		}
		add(l.M, l.D)
		if l.D == 29 && LunarOf(d.AddDays(1)).D == 1 {
			add(l.M, 30)
		}
	}
	return out
}

// BirthdayInput writes a birthday as a form shows it for editing, in a form ParseBirthday reads
// back to the same birthday: 农历1980年八月十五 (lunar 1980-08-15 in English), --03-15, 1980-09-23.
func BirthdayInput(solar Date, y YearlyDate, lang Lang) string {
	y = KeptYearly(solar, y)
	switch {
	case y.IsZero():
		return solar.String()
	case y.Lunar && lang == Zh:
		return y.Text(Zh)
	}
	return y.String()
}
