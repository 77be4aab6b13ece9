package model

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrContactInFuture is returned by ContactTime for a contact that has not happened yet: a
// contact logged ahead would move the next visit from a day that never came.
var ErrContactInFuture = errors.New("a contact cannot be logged in the future")

// ErrContactTime is returned by ContactTime for text that is neither a time nor a date.
var ErrContactTime = errors.New("not a time")

// contactLayouts are the date-and-time forms a contact's time is typed in, tried in turn.
var contactLayouts = []string{"2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006/01/02 15:04"}

// futureSlack lets a contact typed for this very minute pass a clock a few seconds behind.
const futureSlack = time.Minute

// ContactTime reads when a logged contact took place, as the user typed it, for both the command
// line and the form: nothing is now; a date with a time (2026-12-10 15:04) is that moment; a time
// alone (15:04) is that time today; a day in any form ParseDate reads with a time after it
// (昨天 15:04, 3月1日 9:30, yesterday 16:00) is that time of that day; a date alone, in any form ParseDate reads (2026-12-10,
// 12月10日, 昨天, yesterday), is now when it is today and noon of that day otherwise. Noon, not
// the current time of day, so that the same words give the same moment whenever they are typed,
// and a day's contact sorts inside that day. A contact later than now is refused
// (ErrContactInFuture); text that reads as no time is ErrContactTime.
func ContactTime(s string, now time.Time) (time.Time, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return now, nil
	}
	loc := now.Location()
	at, ok := time.Time{}, false
	for _, layout := range contactLayouts {
		if v, err := time.ParseInLocation(layout, t, loc); err == nil {
			at, ok = v, true
			break
		}
	}
	if !ok {
		if v, err := time.ParseInLocation("15:04", t, loc); err == nil {
			y, m, d := now.Date()
			at, ok = time.Date(y, m, d, v.Hour(), v.Minute(), 0, 0, loc), true
		}
	}
	if !ok {
		at, ok = dayAndClock(t, now)
	}
	if !ok {
		today := DateOf(now)
		d, err := ParseDate(t, today)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q: %w", s, ErrContactTime)
		}
		if d == today {
			at = now
		} else {
			at = time.Date(d.Y, d.M, d.D, 12, 0, 0, 0, loc)
		}
	}
	if at.After(now.Add(futureSlack)) {
		return at, fmt.Errorf("%s: %w", at.Format("2006-01-02 15:04"), ErrContactInFuture)
	}
	return at, nil
}

// dayAndClock reads a day in any form ParseDate reads followed by a time of day, with or
// without a space between (昨天 15:04, 昨天15:04): a salesperson logs yesterday afternoon's
// visit as they say it.
func dayAndClock(t string, now time.Time) (time.Time, bool) {
	colon := strings.LastIndexByte(t, ':')
	if colon < 1 {
		return time.Time{}, false
	}
	start := colon - 1 // the clock is one or two digits, a colon and two digits
	if start > 0 && t[start-1] >= '0' && t[start-1] <= '9' {
		start--
	}
	day := strings.TrimSpace(t[:start])
	if day == "" {
		return time.Time{}, false
	}
	clock, err := time.Parse("15:04", t[start:])
	if err != nil {
		return time.Time{}, false
	}
	d, err := ParseDate(day, DateOf(now))
	if err != nil {
		return time.Time{}, false
	}
	return time.Date(d.Y, d.M, d.D, clock.Hour(), clock.Minute(), 0, 0, now.Location()), true
}
