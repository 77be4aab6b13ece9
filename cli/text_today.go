package cli

import "guanxi/model"

// todayTexts are the messages of guanxi today.
type todayTexts struct {
	Short           model.Text
	LookDaysAhead   model.Text
	DaysTakes       model.Text
	NothingFollowUp model.Text
	Countaside      model.Text
	Namecount       model.Text
	When            model.Text
	Due             model.Text
	What            model.Text
	LastKind        model.Text
	Note            model.Text
}

var todayText = todayTexts{
	Short:           model.Text{Zh: "跟进清单：逾期、今天和未来几天要拜访、致电的客户", En: "the follow-up checklist: overdue, today and the next days"},
	LookDaysAhead:   model.Text{Zh: "看未来 `N` 天（默认 7）", En: "look `N` days ahead (default 7)"},
	DaysTakes:       model.Text{Zh: "--days 应在 0 到 3660 之间", En: "--days takes 0 to 3660"},
	NothingFollowUp: model.Text{Zh: "未来 %d 天没有要跟进的客户。", En: "Nothing to follow up in the next %d days."},
	Countaside:      model.Text{Zh: "（%d）", En: " (%d)"},
	Namecount:       model.Text{Zh: " %s（%d）", En: " %s (%d)"},
	When:            model.Text{Zh: "时间", En: "WHEN"},
	Due:             model.Text{Zh: "日期", En: "DUE"},
	What:            model.Text{Zh: "事项", En: "WHAT"},
	LastKind:        model.Text{Zh: "上次同类联系", En: "LAST OF KIND"},
	Note:            model.Text{Zh: "备注", En: "NOTE"},
}
