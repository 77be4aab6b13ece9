package model

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthDay matches a day of the year written without a year, as people fill in a birthday column:
// 8月15日, 8月15号, 08-15, 8/15, 8.15.
var monthDay = regexp.MustCompile(`^([0-9]{1,2})(?:月([0-9]{1,2})[日号]?|[-/.]([0-9]{1,2}))$`)

// ParseMonthDay reads a solar day without a year (8月15日, 03-15, 3/15) as a yearly date, for a
// birthday whose year is not known; ok is false for anything else, a lunar date included (see
// ParseBirthday). The month comes first, as Chinese and ISO dates write it.
func ParseMonthDay(s string) (YearlyDate, bool) {
	m := monthDay.FindStringSubmatch(strings.TrimSpace(FoldWidth(s)))
	if m == nil {
		return YearlyDate{}, false
	}
	day := m[2] + m[3] // one of the two is empty
	month, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(day)
	// 29 February is a birthday like any other: the check is made in a leap year.
	if month < 1 || month > 12 || d < 1 || d > time.Date(2000, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return YearlyDate{}, false
	}
	return YearlyDate{M: month, D: d}, true
}
