package kit

import "guanxi/model"

// The texts of the follow-up view at its real size: exact counts, first visits, greetings by the
// days to their day, and confirmations that name the date.
func init() {
	for k, v := range map[string]model.Text{
		"fu.headerAll":    {Zh: "今天 %s · 今日 %d 项 · 逾期 %d 项 · 共 %d 项", En: "Today %s · %d due today · %d overdue · %d in all"},
		"fu.lastVisit":    {Zh: "上次拜访 ", En: "visited "},
		"fu.lastCall":     {Zh: "上次电话 ", En: "called "},
		"fu.neverVisited": {Zh: "从未拜访", En: "never visited"},
		"fu.neverCalled":  {Zh: "从未通话", En: "never called"},

		"saved.logNextVisit": {Zh: "已记录 · 下次拜访 %s（%s）", En: "Logged · next visit %s (%s)"},
		"saved.logNextCall":  {Zh: "已记录 · 下次电话 %s（%s）", En: "Logged · next call %s (%s)"},
		"saved.snoozedTo":    {Zh: "已推迟到 %s（%s）", En: "Put off to %s (%s)"},
		"saved.doneNext":     {Zh: "提醒已完成 · 下次 %s", En: "Reminder done · next %s"},
	} {
		Strs[k] = v
	}
}
