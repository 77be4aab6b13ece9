package model

import (
	"fmt"
	"strconv"
	"strings"
)

// RepeatUnit is the step of a repeating reminder.
type RepeatUnit string

// The units a reminder can repeat by; the empty unit means it does not repeat.
const (
	RepeatNone   RepeatUnit = ""
	RepeatDays   RepeatUnit = "day"
	RepeatWeeks  RepeatUnit = "week"
	RepeatMonths RepeatUnit = "month"
	RepeatYears  RepeatUnit = "year"
)

// MaxRepeatEvery bounds the step of a repeating reminder.
const MaxRepeatEvery = 999

// Repeat says how a reminder comes back once done: every Every units. The zero Repeat is a
// one-off reminder.
type Repeat struct {
	Every int        `json:"every"`
	Unit  RepeatUnit `json:"unit"`
}

// IsZero tells whether the reminder is a one-off.
func (r Repeat) IsZero() bool { return r.Unit == RepeatNone || r.Every <= 0 }

// Validate reports what is wrong with a repeat rule, as a *FieldError on "repeat".
func (r Repeat) Validate() error {
	switch r.Unit {
	case RepeatNone:
		if r.Every != 0 {
			return fieldErr("repeat", "请选择重复的单位（天、周、月、年）", "say what the reminder repeats by: days, weeks, months or years")
		}
		return nil
	case RepeatDays, RepeatWeeks, RepeatMonths, RepeatYears:
	default:
		return fieldErr("repeat", "未知的重复单位", fmt.Sprintf("unknown repeat unit %q", r.Unit))
	}
	if r.Every < 1 || r.Every > MaxRepeatEvery {
		return fieldErr("repeat", fmt.Sprintf("重复间隔应在 1 到 %d 之间", MaxRepeatEvery), fmt.Sprintf("a reminder repeats every 1 to %d units", MaxRepeatEvery))
	}
	return nil
}

// Code writes the rule the way ParseRepeat reads it: "", "3d", "2w", "1m", "1y".
func (r Repeat) Code() string {
	if r.IsZero() {
		return ""
	}
	return strconv.Itoa(r.Every) + string(r.Unit[0])
}

// Text says the rule in words: 每 2 周 / every 2 weeks, 每年 / every year; "" for a one-off.
func (r Repeat) Text() Text {
	if r.IsZero() {
		return Text{}
	}
	zhUnit := map[RepeatUnit]string{RepeatDays: "天", RepeatWeeks: "周", RepeatMonths: "个月", RepeatYears: "年"}[r.Unit]
	if r.Every == 1 {
		one := map[RepeatUnit]Text{RepeatDays: {"每天", "every day"}, RepeatWeeks: {"每周", "every week"},
			RepeatMonths: {"每月", "every month"}, RepeatYears: {"每年", "every year"}}
		return one[r.Unit]
	}
	return Text{fmt.Sprintf("每 %d %s", r.Every, zhUnit), fmt.Sprintf("every %d %ss", r.Every, r.Unit)}
}

// ParseRepeat reads a repeat rule as a user types it: "" or "none" (one-off), "3d", "2w", "1m",
// "1y", "daily", "weekly", "monthly", "yearly", or in Chinese 每天, 每周, 每月, 每年, 每2周, 3天.
func ParseRepeat(s string) (Repeat, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.ReplaceAll(t, " ", "")
	switch t {
	case "", "none", "no", "once", "不重复", "一次":
		return Repeat{}, nil
	case "daily", "每天", "每日":
		return Repeat{1, RepeatDays}, nil
	case "weekly", "每周":
		return Repeat{1, RepeatWeeks}, nil
	case "monthly", "每月":
		return Repeat{1, RepeatMonths}, nil
	case "yearly", "annually", "每年":
		return Repeat{1, RepeatYears}, nil
	}
	t = strings.TrimPrefix(strings.TrimPrefix(t, "every"), "每")
	units := []struct {
		suffix string
		unit   RepeatUnit
	}{
		{"days", RepeatDays}, {"day", RepeatDays}, {"d", RepeatDays}, {"天", RepeatDays}, {"日", RepeatDays},
		{"weeks", RepeatWeeks}, {"week", RepeatWeeks}, {"w", RepeatWeeks}, {"周", RepeatWeeks}, {"星期", RepeatWeeks},
		{"months", RepeatMonths}, {"month", RepeatMonths}, {"m", RepeatMonths}, {"个月", RepeatMonths}, {"月", RepeatMonths},
		{"years", RepeatYears}, {"year", RepeatYears}, {"y", RepeatYears}, {"年", RepeatYears},
	}
	for _, u := range units {
		if !strings.HasSuffix(t, u.suffix) {
			continue
		}
		num := strings.TrimSuffix(t, u.suffix)
		n := 1
		if num != "" {
			var err error
			if n, err = strconv.Atoi(num); err != nil {
				break
			}
		}
		r := Repeat{n, u.unit}
		if err := r.Validate(); err != nil {
			return Repeat{}, fmt.Errorf("repeat %q: every 1 to %d days, weeks, months or years", s, MaxRepeatEvery)
		}
		return r, nil
	}
	return Repeat{}, fmt.Errorf("repeat %q: write 3d, 2w, 1m, 1y, weekly, monthly or yearly", s)
}

// Occurrence returns the k-th day of the series that starts on anchor (k = 0 is anchor itself).
// Months and years count from the anchor, not from the previous occurrence, so a series on the
// 31st falls on the last day of short months and comes back to the 31st, and one on 29 February
// falls on 28 February in common years and on the 29th again in leap years.
func (r Repeat) Occurrence(anchor Date, k int) Date {
	switch r.Unit {
	case RepeatDays:
		return anchor.AddDays(k * r.Every)
	case RepeatWeeks:
		return anchor.AddDays(7 * k * r.Every)
	case RepeatMonths:
		return anchor.AddMonths(k * r.Every)
	case RepeatYears:
		return anchor.AddMonths(12 * k * r.Every)
	}
	return anchor
}

// Next returns when a repeating reminder is due again after it was done on done while due on due:
// the first day of its series after both, so doing it early uses up that turn, doing it late
// never leaves a turn already past, and a snoozed turn is not repeated. A one-off gives the zero
// date.
func (r Repeat) Next(anchor, due, done Date) Date {
	if r.IsZero() {
		return Date{}
	}
	if anchor.IsZero() {
		anchor = due
	}
	after := due
	if done.After(after) {
		after = done
	}
	// Start near the answer instead of stepping from the anchor one turn at a time.
	k := 0
	if span := after.DaysSince(anchor); span > 0 {
		switch r.Unit {
		case RepeatDays:
			k = span / r.Every
		case RepeatWeeks:
			k = span / (7 * r.Every)
		case RepeatMonths:
			k = span / (31 * r.Every)
		case RepeatYears:
			k = span / (366 * r.Every)
		}
		k = max(k-1, 0)
	}
	for {
		if d := r.Occurrence(anchor, k); d.After(after) {
			return d
		}
		k++
	}
}
