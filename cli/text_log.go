package cli

import "guanxi/model"

// logTexts are the messages of guanxi log.
type logTexts struct {
	Short            model.Text
	Channel          model.Text
	WhenYyyyMm       model.Text
	WhatWasSaid      model.Text
	NextStep         model.Text
	DayNextStep      model.Text
	SayHowChannel    model.Text
	SayWhatWas       model.Text
	Logged           model.Text
	NothingDueThem   model.Text
	NextContact      model.Text
	How              model.Text
	When             model.Text
	WhatWasSaidReads model.Text
}

var logText = logTexts{
	Short:            model.Text{Zh: "记录一次联系；下次拜访日期随之顺延", En: "log a contact; the next visit moves on from it"},
	Channel:          model.Text{Zh: "联系方式 `C`：visit call wechat email meeting other，或中文名", En: "how: `C` is visit, call, wechat, email, meeting or other (or the Chinese name)"},
	WhenYyyyMm:       model.Text{Zh: "时间 `WHEN`：YYYY-MM-DD HH:MM、HH:MM、YYYY-MM-DD、昨天 15:00 或 今天（默认现在）", En: "when: `WHEN` is YYYY-MM-DD HH:MM, HH:MM, YYYY-MM-DD, yesterday 15:00 or today (default now)"},
	WhatWasSaid:      model.Text{Zh: "谈了什么 `TEXT`（- 表示从标准输入读取）", En: "what was said: `TEXT` (- reads standard input)"},
	NextStep:         model.Text{Zh: "下一步 `TEXT`", En: "the next step `TEXT`"},
	DayNextStep:      model.Text{Zh: "下一步的日期 `DATE`：到时提醒", En: "the day of the next step `DATE`: a reminder of it"},
	SayHowChannel:    model.Text{Zh: "请用 --channel 说明联系方式：visit call wechat email meeting other", En: "say how with --channel: visit, call, wechat, email, meeting or other"},
	SayWhatWas:       model.Text{Zh: "请用 --note 写下谈了什么", En: "say what was discussed with --note"},
	Logged:           model.Text{Zh: "已记录与 %[2]s 的%[1]s（%[3]s）。", En: "Logged: %[1]s with %[2]s (%[3]s)."},
	NothingDueThem:   model.Text{Zh: "目前没有待办的跟进。", En: "Nothing is due for them now."},
	NextContact:      model.Text{Zh: "下次联系：%s（%s）。", En: "Next contact: %s (%s)."},
	How:              model.Text{Zh: "联系方式 `C`", En: "how `C`"},
	When:             model.Text{Zh: "时间 `WHEN`", En: "when `WHEN`"},
	WhatWasSaidReads: model.Text{Zh: "谈了什么 `TEXT`（- 表示从标准输入读取）", En: "what was said `TEXT` (- reads standard input)"},
}
