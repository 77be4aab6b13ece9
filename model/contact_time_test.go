package model

import (
	"errors"
	"testing"
	"time"
)

func TestContactTime(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 3, 10, 15, 30, 20, 0, loc) // a Tuesday afternoon
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, loc) }
	cases := []struct {
		in   string
		want time.Time
		err  error
	}{
		{"", now, nil},
		{"   ", now, nil},
		{"2026-03-09 09:15", at(2026, 3, 9, 9, 15), nil},
		{"2026-03-09T09:15", at(2026, 3, 9, 9, 15), nil},
		{"2026/03/09 09:15", at(2026, 3, 9, 9, 15), nil},
		{"2026-03-09 09:15:40", time.Date(2026, 3, 9, 9, 15, 40, 0, loc), nil},
		{"09:15", at(2026, 3, 10, 9, 15), nil},
		{"2026-03-10", now, nil},                   // a date alone that is today is now
		{"today", now, nil},                        // the same in words
		{"今天", now, nil},                           // and in Chinese
		{"2026-03-09", at(2026, 3, 9, 12, 0), nil}, // another day is its noon
		{"昨天", at(2026, 3, 9, 12, 0), nil},
		{"yesterday", at(2026, 3, 9, 12, 0), nil},
		{"3月1日", at(2026, 3, 1, 12, 0), nil},
		{"昨天 9:30", at(2026, 3, 9, 9, 30), nil}, // a day in words with a time is that moment
		{"昨天14:00", at(2026, 3, 9, 14, 0), nil},
		{"今天 09:15", at(2026, 3, 10, 9, 15), nil},
		{"yesterday 16:05", at(2026, 3, 9, 16, 5), nil},
		{"3月1日 8:00", at(2026, 3, 1, 8, 0), nil},
		{"今天 16:00", time.Time{}, ErrContactInFuture},
		{"昨天 25:00", time.Time{}, ErrContactTime},
		{"15:31", at(2026, 3, 10, 15, 31), nil}, // within the minute's slack of a clock behind
		{"15:45", time.Time{}, ErrContactInFuture},
		{"明天", time.Time{}, ErrContactInFuture},
		{"2026-03-11 08:00", time.Time{}, ErrContactInFuture},
		{"soon", time.Time{}, ErrContactTime},
		{"25:00", time.Time{}, ErrContactTime},
	}
	for _, c := range cases {
		got, err := ContactTime(c.in, now)
		if c.err != nil {
			if !errors.Is(err, c.err) {
				t.Errorf("ContactTime(%q) error = %v, want %v", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !got.Equal(c.want) {
			t.Errorf("ContactTime(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}
