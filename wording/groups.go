package wording

import (
	"fmt"

	"guanxi/model"
)

// groupTitles name the checklist's groups (model.DueGroup), as headings.
var groupTitles = [...]model.Text{
	model.DueOverdue: {Zh: "已逾期", En: "Overdue"},
	model.DueToday:   {Zh: "今天", En: "Today"},
	model.DueComing:  {Zh: "接下来", En: "Coming up"},
}

// GroupTitle names a group of the checklist as a heading: 已逾期 / Overdue, 今天 / Today,
// 接下来 / Coming up.
func GroupTitle(g model.DueGroup, lang model.Lang) string { return groupTitles[g].In(lang) }

// ComingTitle heads the coming days of a checklist that reaches days ahead: 未来 7 天 / Next 7 days.
func ComingTitle(days int, lang model.Lang) string {
	return pick(lang, fmt.Sprintf("未来 %d 天", days), fmt.Sprintf("Next %d days", days))
}

// DayTitle heads one day of a checklist grouped by day: 今天 周二 / Today Tue, 明天 2026-03-11
// 周三 / Tomorrow 2026-03-11 Wed, 2026-03-12 周四 / 2026-03-12 Thu.
func DayTitle(d, today model.Date, lang model.Lang) string {
	weekday := model.WeekdayName(d).In(lang)
	switch {
	case d == today:
		return GroupTitle(model.DueToday, lang) + " " + weekday
	case d == today.AddDays(1):
		return model.Text{Zh: "明天", En: "Tomorrow"}.In(lang) + " " + d.String() + " " + weekday
	}
	return d.String() + " " + weekday
}
