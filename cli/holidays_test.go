package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestHolidays(t *testing.T) {
	b := newBook(t)
	text := b.ok("holidays", "--year", "2026")
	for _, want := range []string{
		"Holidays to greet customers on in 2026",
		"2026-02-17  Tue  Spring Festival",
		"lunar 1/1",
		"2026-02-16  Mon  Chinese New Year's Eve",
		"2026-10-18  Sun  Double Ninth Festival",
		"Official days off and make-up working days of 2026",
		"2026-02-14  Sat  Spring Festival       working day",
		"2026-10-07  Wed  National Day          day off",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("holidays lacks %q:\n%s", want, text)
		}
	}

	b.env["LANG"] = "zh_CN.UTF-8"
	zh := b.ok("holidays", "--year", "2026")
	for _, want := range []string{"2026 年问候客户的节日", "2026-09-25  周五  中秋节  农历八月十五", "2026-09-20  周日  国庆节  调休上班"} {
		if !strings.Contains(zh, want) {
			t.Errorf("holidays (zh) lacks %q:\n%s", want, zh)
		}
	}
	if later := b.ok("holidays", "--year", "2031"); !strings.Contains(later, "2031 年的放假安排还没有公布") || !strings.Contains(later, "2031-01-23  周四  春节") {
		t.Errorf("a year without an official table:\n%s", later)
	}

	var out struct {
		Year          int  `json:"year"`
		OfficialTable bool `json:"official_table"`
		Holidays      []struct {
			Name, On, Lunar string
		} `json:"holidays"`
		Official []struct {
			On      string `json:"on"`
			Working bool   `json:"working"`
		} `json:"official"`
	}
	if err := json.Unmarshal([]byte(b.ok("holidays", "--year", "2026", "--json")), &out); err != nil {
		t.Fatal(err)
	}
	working := 0
	for _, d := range out.Official {
		if d.Working {
			working++
		}
	}
	if out.Holidays[3].On != "2026-02-17" || out.Holidays[3].Lunar != "农历正月初一" {
		t.Errorf("holidays --json: %+v", out.Holidays[3])
	}
	if out.Year != 2026 || !out.OfficialTable || len(out.Official) != 39 || working != 6 || len(out.Holidays) != 11 {
		t.Errorf("holidays --json: year %d, table %v, %d official days (%d worked), %d holidays", out.Year, out.OfficialTable, len(out.Official), working, len(out.Holidays))
	}

	if r := b.run("holidays", "--year", "99"); r.code != 2 || !strings.Contains(r.stderr, "1900") {
		t.Errorf("a bad year: exit %d, %q", r.code, r.stderr)
	}
}

// A lunar birthday is shown as kept, with its solar day of birth; a birthday without a year too.
func TestShowLunarBirthday(t *testing.T) {
	b := newBook(t)
	b.ok("import", filepath.Join("..", "exchange", "testdata", "birthdays.vcf"))
	if out := b.ok("show", "王芳"); !strings.Contains(out, "lunar 1980 8/15 (1980-09-23)") {
		t.Errorf("show 王芳:\n%s", out)
	}
	b.env["LANG"] = "zh_CN.UTF-8"
	if out := b.ok("show", "张伟"); !strings.Contains(out, "3月15日") {
		t.Errorf("show 张伟:\n%s", out)
	}
}
