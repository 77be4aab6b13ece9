package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// lunarPrefixes say that the date after them is a lunar one.
var lunarPrefixes = []string{"农历", "阴历", "旧历", "農曆", "陰曆", "lunar"}

// lunarMonthWords are the ways a lunar month is written before 月, longest first so that 十一
// is not read as 十.
var lunarMonthWords = []struct {
	word string
	m    int
}{
	{"十一", 11}, {"十二", 12}, {"正", 1}, {"一", 1}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5},
	{"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}, {"冬", 11}, {"腊", 12}, {"臘", 12},
}

// ParseLunarDate reads a lunar date as people write one: 农历八月十五, 农历1980年八月十五,
// 农历正月初一, 农历闰四月初八, 腊月廿三, 农历8月15日, lunar 1980-08-15, lunar 08-15. It needs the
// 农历 (阴历, lunar) prefix unless the words themselves are the lunar calendar's (正月, 冬月, 腊月,
// 初五, 廿三). lunar says whether the text is written as a lunar date at all, so that a caller tries
// its other readings when it is not; err says what is wrong with one that is. The year is 0 when
// the text gives none.
func ParseLunarDate(s string) (d LunarDate, lunar bool, err error) {
	t := strings.TrimSpace(s)
	prefixed := false
	for _, p := range lunarPrefixes {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			t, prefixed = strings.TrimLeft(t[len(p):], " :：　"), true
			break
		}
	}
	bad := func() (LunarDate, bool, error) {
		return LunarDate{}, true, fmt.Errorf("lunar date %q: write it like 农历八月十五, 农历1980年八月十五 or lunar 1980-08-15", s)
	}
	if strings.HasPrefix(strings.ToLower(t), "leap ") {
		d.Leap, t = true, strings.TrimSpace(t[5:])
	}
	if !strings.ContainsAny(t, "月年") {
		// The numeric form: [YYYY-]MM-DD, only after a prefix.
		if !prefixed {
			return LunarDate{}, false, nil
		}
		parts := strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
		var nums []int
		for _, p := range parts {
			n, err := strconv.Atoi(p)
			if err != nil {
				return bad()
			}
			nums = append(nums, n)
		}
		switch len(nums) {
		case 2:
			d.M, d.D = nums[0], nums[1]
		case 3:
			if len(parts[0]) != 4 {
				return bad()
			}
			d.Y, d.M, d.D = nums[0], nums[1], nums[2]
		default:
			return bad()
		}
		if !d.valid() {
			return bad()
		}
		return d, true, nil
	}

	if y, rest, ok := strings.Cut(t, "年"); ok {
		n, err := strconv.Atoi(strings.TrimSpace(y))
		if err != nil || len(strings.TrimSpace(y)) != 4 {
			if !prefixed {
				return LunarDate{}, false, nil
			}
			return bad()
		}
		d.Y, t = n, strings.TrimSpace(rest)
	}
	if rest, ok := strings.CutPrefix(t, "闰"); ok {
		d.Leap, t = true, rest
	} else if rest, ok := strings.CutPrefix(t, "閏"); ok {
		d.Leap, t = true, rest
	}
	monthText, dayText, ok := strings.Cut(t, "月")
	if !ok {
		if !prefixed {
			return LunarDate{}, false, nil
		}
		return bad()
	}
	lunarWords := false // words only the lunar calendar uses
	if n, err := strconv.Atoi(monthText); err == nil {
		d.M = n
	} else {
		for _, w := range lunarMonthWords {
			if monthText == w.word {
				d.M = w.m
				lunarWords = lunarWords || w.word == "正" || w.word == "冬" || w.word == "腊" || w.word == "臘"
				break
			}
		}
	}
	day, dayLunar := lunarDayOf(strings.TrimRight(strings.TrimSpace(dayText), "日号"))
	d.D = day
	if !prefixed && !lunarWords && !dayLunar && !d.Leap {
		return LunarDate{}, false, nil
	}
	if !d.valid() {
		return bad()
	}
	return d, true, nil
}

// lunarDayOf reads a day of a lunar month, in digits or as the calendar names it (初八, 十五, 廿三,
// 三十); lunar says the name is one only the lunar calendar uses. 0 when it is not a day.
func lunarDayOf(s string) (day int, lunar bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, false
	}
	digit := func(r string) int {
		i := strings.Index("一二三四五六七八九十", r)
		if i < 0 || utf8.RuneCountInString(r) != 1 {
			return 0
		}
		return i/len("一") + 1
	}
	runes := utf8.RuneCountInString(s)
	switch {
	case s == "十":
		return 10, false
	case s == "二十":
		return 20, false
	case s == "三十":
		return 30, false
	case s == "卅":
		return 30, true
	case runes == 2 && strings.HasPrefix(s, "初"):
		if n := digit(strings.TrimPrefix(s, "初")); n >= 1 && n <= 10 {
			return n, true
		}
	case runes == 2 && strings.HasPrefix(s, "十"):
		if n := digit(strings.TrimPrefix(s, "十")); n >= 1 && n <= 9 {
			return 10 + n, false
		}
	case runes == 2 && (strings.HasPrefix(s, "廿") || strings.HasPrefix(s, "念")):
		_, size := utf8.DecodeRuneInString(s)
		if n := digit(s[size:]); n >= 1 && n <= 9 {
			return 20 + n, true
		}
	case runes == 3 && strings.HasPrefix(s, "二十"):
		if n := digit(strings.TrimPrefix(s, "二十")); n >= 1 && n <= 9 {
			return 20 + n, false
		}
	}
	return 0, false
}

// valid tells whether the lunar date can be a day: month 1–12 and day 1–30, and with a year, a day
// that year has.
func (l LunarDate) valid() bool {
	if l.M < 1 || l.M > 12 || l.D < 1 || l.D > 30 {
		return false
	}
	if l.Y == 0 {
		return true
	}
	_, ok := l.Solar()
	return ok
}
