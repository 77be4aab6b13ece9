package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The parsers below read what people type and what files hold. Each fuzz test checks that no
// input makes them panic, and that what they accept means what it says: it writes back to text
// that reads as the same value. `go test` runs the seeds; `go test -fuzz=FuzzX ./model` explores.

var fuzzToday = Date{2026, 3, 10}

func FuzzParseISODate(f *testing.F) {
	for _, s := range []string{"2026-03-10", "2024/02/29", "2023.02.29", "", " 2026-1-5 ", "0000-00-00", "9999-12-31",
		"2026-13-01", "-001-01-01", "2026--1-01", "２０２６-03-10", "2026-03-10\x00", "+2026-03-10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseISODate(s)
		if err != nil {
			return
		}
		if strings.TrimSpace(s) == "" {
			if !d.IsZero() {
				t.Fatalf("%q: an empty date gave %v", s, d)
			}
			return
		}
		if d.M < 1 || d.M > 12 || d.D < 1 || d.D > 31 {
			t.Fatalf("%q: accepted an impossible date %+v", s, d)
		}
		back, err := ParseISODate(d.String())
		if err != nil || back != d {
			t.Fatalf("%q -> %v -> %q -> %v (%v)", s, d, d.String(), back, err)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"today", "明天", "yesterday", "+3d", "-2w", "+1m", "+12个月", "+36500d", "+36501d",
		"+99999999999999999999d", "-", "+", "+d", "2026-02-29", "2024-02-29", "TODAY ", "+3天", "+1周"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s, fuzzToday)
		if err != nil {
			if !utf8.ValidString(err.Error()) && utf8.ValidString(s) {
				t.Fatalf("%q: the error is not valid text: %q", s, err.Error())
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("%q: accepted as no date at all", s)
		}
		back, err := ParseDate(d.String(), fuzzToday)
		if err != nil || back != d {
			t.Fatalf("%q -> %v -> %v (%v)", s, d, back, err)
		}
	})
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"5000000", "5,000,000", "500万", "¥1.5万", "￥8,800.50", "1.2亿", "3000元", "RMB 12",
		"0", "0.001", "-5", "+5", "1e9", "NaN", "Inf", "99999999999999", "1..2", ".5", "5.", "，", "2w", "万", "¥"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseAmount(s)
		if err != nil {
			return
		}
		if m < 0 {
			t.Fatalf("%q: a negative amount %d", s, m)
		}
		if float64(m) > maxYuan*100 {
			t.Fatalf("%q: %d fen is beyond the limit", s, m)
		}
		// What the program prints reads back as the same amount.
		back, err := ParseAmount(m.String())
		if err != nil || back != m {
			t.Fatalf("%q -> %d -> %q -> %d (%v)", s, m, m.String(), back, err)
		}
	})
}

func FuzzParseLooseDate(f *testing.F) {
	for _, s := range []string{"1985/3/7", "1985年3月7日", "19850307", "2026-03-10T09:30:00Z", "1985/3/7 0:00", "",
		"1799-01-01", "2201-01-01", "年月日", "2026年02月30日", "T", " T2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseLooseDate(s)
		if err != nil || d.IsZero() {
			return
		}
		if d.Y < 1800 || d.Y > 2200 {
			t.Fatalf("%q: year out of range %v", s, d)
		}
		back, err := ParseISODate(d.String())
		if err != nil || back != d {
			t.Fatalf("%q -> %v -> %v (%v)", s, d, back, err)
		}
	})
}

func FuzzParseRepeat(f *testing.F) {
	for _, s := range []string{"", "none", "3d", "2w", "1m", "1y", "weekly", "每2周", "3天", "every 5 days", "0d", "-1d",
		"99999999999999999999d", "d", "每", "个月"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRepeat(s)
		if err != nil {
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("%q: accepted an invalid rule %+v: %v", s, r, err)
		}
		back, err := ParseRepeat(r.Code())
		if err != nil || back.Code() != r.Code() {
			t.Fatalf("%q -> %q -> %q (%v)", s, r.Code(), back.Code(), err)
		}
	})
}

func FuzzPhoneQuery(f *testing.F) {
	for _, s := range []string{"138", "+86 138 0013 8000", "0086-138", "(+86)138", "１３８", "13a", "+", "++86", "86138"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digits, ok := PhoneQuery(s)
		if !ok {
			return
		}
		if len(digits) < 3 || strings.Trim(digits, "0123456789") != "" {
			t.Fatalf("%q: digits %q", s, digits)
		}
	})
}
