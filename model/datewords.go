package model

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Dates as people say them. ParseDate tries each reader of dateReaders in turn on the normalised
// text (lower case, no spaces, ASCII digits); the first that recognises the form answers, with a
// date or with an error that says what is wrong with that form. Text no reader recognises is
// read as a date that names its year (readYearDate).
//
// A reader kept in another file joins the list from that file's init, in the same shape:
//
//	func init() { dateReaders = append(dateReaders, readLunarDate) }
//
// (the lunar calendar's 农历八月十五 is read that way), so this file need not change for it.

// dateReader reads one family of date forms. ok is false when s is not of its family, so the next
// reader is tried; err is set when s is of its family but names no real date.
type dateReader func(s string, today Date) (d Date, ok bool, err error)

// dateReaders are tried in order; the forms they read do not overlap.
var dateReaders = []dateReader{readDayWord, readOffsetDate, readCountAhead, readWeekdayDate, readMonthDayWord, readYearlessDate}

// Years a typed date may fall in: outside them it is a slip of the keyboard, not a date.
const (
	firstTypedYear = 1900
	lastTypedYear  = 2200
)

// dayWords are the days named relative to today, in both languages.
var dayWords = map[string]int{
	"today": 0, "今天": 0, "今日": 0, "tomorrow": 1, "明天": 1, "明日": 1, "后天": 2, "後天": 2, "大后天": 3,
	"yesterday": -1, "昨天": -1, "昨日": -1, "前天": -2, "大前天": -3,
}

// readDayWord reads 今天, 明天, 后天, 大后天, 昨天, 前天 and today, tomorrow, yesterday.
func readDayWord(s string, today Date) (Date, bool, error) {
	n, ok := dayWords[s]
	if !ok {
		return Date{}, false, nil
	}
	return today.AddDays(n), true, nil
}

// readOffsetDate reads +3d, +2w, +1m, -5d (also with 天 周 月 as the unit).
func readOffsetDate(s string, today Date) (Date, bool, error) {
	if s[0] != '+' && s[0] != '-' {
		return Date{}, false, nil
	}
	d, err := parseOffset(s, s, today)
	return d, true, err
}

// countUnits are the units of "3天后", "2周后", "1个月后", longest first so 个月 wins over 月.
var countUnits = []struct {
	word string
	unit byte // d, w, m, y
}{
	{"个星期", 'w'}, {"个礼拜", 'w'}, {"个月", 'm'}, {"星期", 'w'}, {"礼拜", 'w'}, {"天", 'd'}, {"日", 'd'}, {"周", 'w'},
	{"月", 'm'}, {"年", 'y'},
}

// readCountAhead reads a count of days, weeks, months or years from today: 3天后, 2周后, 1个月后,
// 三天后, 两周以后; 3天前 counts back.
func readCountAhead(s string, today Date) (Date, bool, error) {
	sign := 0
	body := s
	for _, w := range []struct {
		suffix string
		sign   int
	}{{"以后", 1}, {"之后", 1}, {"后", 1}, {"以前", -1}, {"之前", -1}, {"前", -1}} {
		if strings.HasSuffix(body, w.suffix) {
			body, sign = strings.TrimSuffix(body, w.suffix), w.sign
			break
		}
	}
	if sign == 0 {
		return Date{}, false, nil
	}
	for _, u := range countUnits {
		if !strings.HasSuffix(body, u.word) {
			continue
		}
		n, ok := smallNumber(strings.TrimSuffix(body, u.word))
		if !ok {
			return Date{}, false, nil
		}
		if n > 36500 {
			return Date{}, true, dateErr(s, "write a count like 3天后, 2周后 or 1个月后")
		}
		switch u.unit {
		case 'w':
			return today.AddDays(sign * 7 * n), true, nil
		case 'm':
			return today.AddMonths(sign * n), true, nil
		case 'y':
			return today.AddMonths(sign * 12 * n), true, nil
		}
		return today.AddDays(sign * n), true, nil
	}
	return Date{}, false, nil
}

// weekdayWords name the days of the week, Monday first, after 周, 星期 or 礼拜.
var weekdayWords = map[string]time.Weekday{
	"一": time.Monday, "二": time.Tuesday, "三": time.Wednesday, "四": time.Thursday, "五": time.Friday,
	"六": time.Saturday, "日": time.Sunday, "天": time.Sunday, "末": time.Saturday,
	"1": time.Monday, "2": time.Tuesday, "3": time.Wednesday, "4": time.Thursday, "5": time.Friday, "6": time.Saturday, "7": time.Sunday,
}

// englishWeekdays are the English names of the days, whole and short.
var englishWeekdays = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "wednesday": time.Wednesday,
	"wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday, "friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

// readWeekdayDate reads a day of the week. 周五 (星期五, 礼拜五, friday) is the next Friday from today
// on, today included; 本周五 (这周五) is this week's, 下周五 next week's, 下下周五 the week after's,
// 上周五 last week's. Weeks begin on Monday, as in China.
func readWeekdayDate(s string, today Date) (Date, bool, error) {
	weeks, relative := 0, false
	body := s
	for _, p := range []struct {
		prefix string
		weeks  int
	}{{"下下", 2}, {"下个", 1}, {"下", 1}, {"上个", -1}, {"上", -1}, {"本", 0}, {"这个", 0}, {"这", 0}, {"next", 1}, {"last", -1}, {"this", 0}} {
		if strings.HasPrefix(body, p.prefix) {
			body, weeks, relative = strings.TrimPrefix(body, p.prefix), p.weeks, true
			break
		}
	}
	wd, ok := englishWeekdays[body]
	if !ok {
		rest := ""
		for _, w := range []string{"星期", "礼拜", "周"} {
			if strings.HasPrefix(body, w) {
				rest = strings.TrimPrefix(body, w)
				break
			}
		}
		if wd, ok = weekdayWords[rest]; !ok || rest == "" {
			return Date{}, false, nil
		}
	}
	if !relative {
		ahead := (int(wd) - int(today.Weekday()) + 7) % 7
		return today.AddDays(ahead), true, nil
	}
	// Monday of today's week, then the week and the day asked for.
	monday := today.AddDays(-((int(today.Weekday()) + 6) % 7))
	return monday.AddDays(7*weeks + (int(wd)+6)%7), true, nil
}

// readMonthDayWord reads a day of this or the next month: 下个月5号 (下月5日), 本月20号, 5号 (the
// next 5th from today on), 月底 (the last day of this month), 下个月底, 月初, 年底.
func readMonthDayWord(s string, today Date) (Date, bool, error) {
	months := 0
	body := s
	relative := false
	for _, p := range []struct {
		prefix string
		months int
	}{{"下下个月", 2}, {"下个月", 1}, {"下月", 1}, {"上个月", -1}, {"上月", -1}, {"这个月", 0}, {"本月", 0}} {
		if strings.HasPrefix(body, p.prefix) {
			body, months, relative = strings.TrimPrefix(body, p.prefix), p.months, true
			break
		}
	}
	first := Date{today.Y, today.M, 1}.AddMonths(months)
	switch body {
	case "底", "末", "月底", "月末":
		return first.AddMonths(1).AddDays(-1), true, nil
	case "初", "月初":
		return first, true, nil
	case "年底", "年末":
		if !relative {
			return Date{today.Y, time.December, 31}, true, nil
		}
	}
	day := ""
	for _, suffix := range []string{"号", "日"} {
		if strings.HasSuffix(body, suffix) {
			day = strings.TrimSuffix(body, suffix)
			break
		}
	}
	if day == "" || strings.ContainsRune(day, '月') {
		return Date{}, false, nil
	}
	n, ok := smallNumber(day)
	if !ok {
		return Date{}, false, nil
	}
	if relative {
		d := Date{first.Y, first.M, n}
		if n < 1 || DateOf(d.utc()) != d {
			return Date{}, true, dateErr(s, "that month has no such day")
		}
		return d, true, nil
	}
	// A bare 5号 is the next 5th from today on: this month's, or when it has passed (or this
	// month has no 31st) the next month's that has one.
	for k := 0; k < 12 && n >= 1; k++ {
		m := first.AddMonths(k)
		if d := (Date{m.Y, m.M, n}); DateOf(d.utc()) == d && !d.Before(today) {
			return d, true, nil
		}
	}
	return Date{}, true, dateErr(s, "no month has such a day")
}

// readYearlessDate reads a month and a day without a year: 12月10日, 12月10号, 12-10, 12/10. The
// year is the one that puts the date nearest today, so 1月5日 typed in December is next January
// and 12月1日 typed on 12月6日 is five days ago: a reminder looks ahead, a deal looks back, and
// either is rarely more than half a year away.
func readYearlessDate(s string, today Date) (Date, bool, error) {
	var ms, ds string
	switch {
	case strings.Contains(s, "月") && !strings.Contains(s, "年"):
		i := strings.Index(s, "月")
		ms, ds = s[:i], strings.TrimRight(s[i+len("月"):], "日号")
	default:
		i := strings.IndexAny(s, "-/.")
		if i <= 0 || strings.ContainsAny(s[i+1:], "-/.") {
			return Date{}, false, nil
		}
		ms, ds = s[:i], s[i+1:]
	}
	m, ok1 := smallNumber(ms)
	d, ok2 := smallNumber(ds)
	if !ok1 || !ok2 || ds == "" {
		return Date{}, false, nil
	}
	if m < 1 || m > 12 {
		return Date{}, true, dateErr(s, "a month is 1 to 12")
	}
	best := Date{}
	for _, y := range []int{today.Y - 1, today.Y, today.Y + 1} {
		c := Date{y, time.Month(m), d}
		if d < 1 || DateOf(c.utc()) != c {
			continue // 2月29日 exists only in leap years
		}
		if best.IsZero() || abs(c.DaysSince(today)) < abs(best.DaysSince(today)) {
			best = c
		}
	}
	if best.IsZero() {
		return Date{}, true, dateErr(s, "that month has no such day")
	}
	return best, true, nil
}

// readYearDate reads a date that names its year: 2026-12-10, 2026/12/10, 2026.12.10, 20261210,
// 2026年12月10日 (号 too), each optionally followed by a time of day, which is dropped
// ("1985/3/7 0:00", "2026-03-10T09:30:00Z"). The year is not bounded here: callers bound it.
func readYearDate(s string) (Date, bool) {
	t := s
	if i := strings.IndexAny(t, " Tt"); i > 0 {
		t = t[:i]
	}
	if strings.Contains(t, "年") {
		t = strings.TrimRight(strings.NewReplacer("年", "-", "月", "-").Replace(t), "日号")
	}
	if len(t) == 8 && strings.Trim(t, "0123456789") == "" {
		t = t[:4] + "-" + t[4:6] + "-" + t[6:]
	}
	d, err := ParseISODate(t)
	return d, err == nil && !d.IsZero()
}

// normaliseTyped prepares typed text for the readers: full-width digits and signs (as a Chinese
// input method types them) become ASCII, letters lower case, and spaces go (下 周 一, 3 天后).
func normaliseTyped(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～':
			r -= '！' - '!' // the full-width forms of ASCII
		case unicode.IsSpace(r):
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// chineseDigits are the numerals a count is written with: 三天后, 两周后, 十五号.
var chineseDigits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// smallNumber reads a whole number written in ASCII digits or in Chinese numerals up to 九十九
// (十, 十五, 二十, 三十一); false for anything else.
func smallNumber(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if strings.Trim(s, "0123456789") == "" {
		if len(s) > 6 {
			return 0, false
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	rs := []rune(s)
	tens := -1
	for i, r := range rs {
		if r == '十' {
			if tens >= 0 || i > 1 {
				return 0, false
			}
			tens = 1
			if i == 1 {
				t, ok := chineseDigits[rs[0]]
				if !ok || t == 0 {
					return 0, false
				}
				tens = t
			}
			rest := rs[i+1:]
			switch len(rest) {
			case 0:
				return tens * 10, true
			case 1:
				u, ok := chineseDigits[rest[0]]
				return tens*10 + u, ok && u > 0
			}
			return 0, false
		}
	}
	if len(rs) != 1 {
		return 0, false
	}
	n, ok := chineseDigits[rs[0]]
	return n, ok
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// dateErr says what is wrong with a typed date.
func dateErr(s, why string) error { return &DateError{Input: s, Why: why} }

// DateError says a typed text is not a date the program can read, and why.
type DateError struct {
	Input string
	Why   string
}

func (e *DateError) Error() string { return "date " + strconv.Quote(e.Input) + ": " + e.Why }
