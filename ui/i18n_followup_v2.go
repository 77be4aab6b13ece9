package ui

import (
	"fmt"
	"strings"

	"guanxi/model"
)

// The texts of the follow-up view at its real size: exact counts, first visits, greetings by the
// days to their day, and confirmations that name the date.
func init() {
	for k, v := range map[string]model.Text{
		"fu.headerAll":    {Zh: "今天 %s · 今日 %d 项 · 逾期 %d 项 · 共 %d 项", En: "Today %s · %d due today · %d overdue · %d in all"},
		"fu.firstVisit":   {Zh: "首次拜访", En: "1st visit"},
		"fu.lastVisit":    {Zh: "上次拜访 ", En: "visited "},
		"fu.lastCall":     {Zh: "上次电话 ", En: "called "},
		"fu.neverVisited": {Zh: "从未拜访", En: "never visited"},
		"fu.neverCalled":  {Zh: "从未通话", En: "never called"},

		// How far a greeting's day is; %s is what the day is, in Chinese.
		"fu.occToday":        {Zh: "今天%s", En: "today"},
		"fu.occTomorrow":     {Zh: "明天%s", En: "tomorrow"},
		"fu.occIn":           {Zh: "%d 天后%s", En: "in %d days"},
		"fu.occ.birthday":    {Zh: "生日", En: "birthday"},
		"fu.occ.anniversary": {Zh: "周年", En: "anniversary"},
		"fu.occ.first_deal":  {Zh: "周年", En: "anniversary"},
		"fu.occ.holiday":     {Zh: "节日", En: "holiday"},
	} {
		strs[k] = v
	}
}

// greetingWhen says how far a greeting's day is from today: 今天生日, 明天生日, 3 天后生日; in
// English "today", "tomorrow", "in 3 days", beside the kind column that names the occasion.
func greetingWhen(c *common, it model.ChecklistItem, today model.Date) string {
	n := model.GreetingDaysAway(it.Due.OccasionOn, today)
	var s string
	switch n {
	case 0:
		s = c.t("fu.occToday")
	case 1:
		s = c.t("fu.occTomorrow")
	default:
		s = strings.Replace(c.t("fu.occIn"), "%d", fmt.Sprint(n), 1)
	}
	return strings.Replace(s, "%s", c.t("fu.occ."+string(it.Due.Occasion)), 1)
}
