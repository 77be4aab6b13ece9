package wording

import (
	"testing"

	"guanxi/model"
)

func TestDaysFrom(t *testing.T) {
	today := model.MustDate("2026-03-10")
	for _, c := range []struct {
		day    string
		zh, en string
	}{
		{"2026-03-07", "逾期 3 天", "3 days late"},
		{"2026-03-09", "逾期 1 天", "1 day late"},
		{"2026-03-10", "今天", "today"},
		{"2026-03-11", "明天", "tomorrow"},
		{"2026-03-24", "14 天后", "in 14 days"},
	} {
		d := model.MustDate(c.day)
		if zh, en := DaysFrom(d, today, model.Zh), DaysFrom(d, today, model.En); zh != c.zh || en != c.en {
			t.Errorf("%s: %q %q, want %q %q", c.day, zh, en, c.zh, c.en)
		}
	}
}

func TestGroupTitles(t *testing.T) {
	today := model.MustDate("2026-03-10") // a Tuesday
	for _, c := range []struct {
		got, want string
	}{
		{GroupTitle(model.DueOverdue, model.Zh), "已逾期"},
		{GroupTitle(model.DueToday, model.En), "Today"},
		{GroupTitle(model.DueComing, model.En), "Coming up"},
		{ComingTitle(7, model.Zh), "未来 7 天"},
		{ComingTitle(7, model.En), "Next 7 days"},
		{DayTitle(today, today, model.Zh), "今天 周二"},
		{DayTitle(today.AddDays(1), today, model.En), "Tomorrow 2026-03-11 Wed"},
		{DayTitle(today.AddDays(2), today, model.Zh), "2026-03-12 周四"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}
