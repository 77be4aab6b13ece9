package cli

import "guanxi/model"

// remindTexts are the messages of guanxi remind.
type remindTexts struct {
	Repeats            model.Text
	Short              model.Text
	On                 model.Text
	WhatVisitCall      model.Text
	WhatRemember       model.Text
	RepeatWM           model.Text
	GiveDay            model.Text
	Every              model.Text
	ReminderSet        model.Text
	Day                model.Text
	KindVisitCall      model.Text
	Note               model.Text
	RepeatWW           model.Text
	OpenReminderMarked model.Text
	EveryUnreadable    model.Text
}

var remindText = remindTexts{
	Repeats:            model.Text{Zh: "重复：%s。", En: " Repeats %s."},
	Short:              model.Text{Zh: "设一个提醒", En: "set a reminder"},
	On:                 model.Text{Zh: "哪天提醒 `DATE`：如 明天、下周一、12月10日、2026-12-10", En: "the day `DATE`: YYYY-MM-DD, tomorrow, +3d"},
	WhatVisitCall:      model.Text{Zh: "提醒类型 `K`：visit call followup other（默认 other；followup 由任何一次联系完成）", En: "what: `K` is visit, call, followup (any contact answers it) or other (default other)"},
	WhatRemember:       model.Text{Zh: "提醒内容 `TEXT`", En: "what to remember `TEXT`"},
	RepeatWM:           model.Text{Zh: "重复 `R`：3d、2w、1m、1y，或 weekly、monthly、yearly（默认只提醒一次）", En: "repeat `R`: 3d, 2w, 1m, 1y, or weekly, monthly, yearly (default once)"},
	GiveDay:            model.Text{Zh: "请用 --on 给出提醒日期", En: "give the day with --on"},
	Every:              model.Text{Zh: "--every：无法识别“%[1]s”，请写成 3d、2w、1m、1y 或 weekly、monthly、yearly", En: "--every: %[2]v"},
	ReminderSet:        model.Text{Zh: "已设提醒：%s，%s（%s）。", En: "Reminder set for %s on %s (%s)."},
	Day:                model.Text{Zh: "日期 `DATE`", En: "the day `DATE`"},
	KindVisitCall:      model.Text{Zh: "类型 `K`：visit call followup other", En: "kind `K`: visit call followup other"},
	Note:               model.Text{Zh: "内容 `TEXT`", En: "note `TEXT`"},
	RepeatWW:           model.Text{Zh: "重复 `R`：1w、2w、1m、1y（空字符串为一次）", En: "repeat `R`: 1w, 2w, 1m, 1y (an empty string: once)"},
	OpenReminderMarked: model.Text{Zh: "重新打开一条已完成的提醒", En: "open a reminder marked done again"},
	EveryUnreadable:    model.Text{Zh: "--every 看不懂：%s", En: "--every: %s"},
}
