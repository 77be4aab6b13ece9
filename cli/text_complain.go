package cli

import "guanxi/model"

// complainTexts are the messages of guanxi complain.
type complainTexts struct {
	Short                   model.Text
	What                    model.Text
	SeverityMinorModerate   model.Text
	DayYouPromised          model.Text
	WhoHandles              model.Text
	LikelyBadFaith          model.Text
	DayComplaintDefault     model.Text
	SayWhatComplaint        model.Text
	RecordedComplaintFrom   model.Text
	WhatAbout               model.Text
	Severity                model.Text
	ReplyBy                 model.Text
	HandledBy               model.Text
	LikelyBadFaithMalicious model.Text
	DayComplaint            model.Text
}

var complainText = complainTexts{
	Short:                   model.Text{Zh: "记录一条投诉和答应客户的答复期限", En: "record a complaint and the day a reply was promised"},
	What:                    model.Text{Zh: "投诉内容 `TEXT`（- 表示从标准输入读取）", En: "what the complaint is about `TEXT` (- reads standard input)"},
	SeverityMinorModerate:   model.Text{Zh: "严重程度 `N`：1 轻微、2 一般、3 严重（默认 2）", En: "severity `N`: 1 minor, 2 moderate, 3 serious (default 2)"},
	DayYouPromised:          model.Text{Zh: "答应客户答复的日期 `DATE`（默认当天）", En: "the day `DATE` you promised to reply (default: today)"},
	WhoHandles:              model.Text{Zh: "经办人 `H`", En: "who handles it `H`"},
	LikelyBadFaith:          model.Text{Zh: "疑似恶意投诉（默认按善意处理）", En: "likely in bad faith (default: in good faith)"},
	DayComplaintDefault:     model.Text{Zh: "投诉日期 `DATE`（默认今天）", En: "the day `DATE` of the complaint (default today)"},
	SayWhatComplaint:        model.Text{Zh: "请用 --what 写下投诉内容", En: "say what the complaint is about with --what"},
	RecordedComplaintFrom:   model.Text{Zh: "已记录 %[1]s 的投诉（编号 %[2]d）；须在 %[3]s（%[4]s）前答复，用 guanxi resolve %[2]d --summary … 结案。", En: "Recorded a complaint from %[1]s (id %[2]d); reply by %[3]s (%[4]s), then close it with guanxi resolve %[2]d --summary …."},
	WhatAbout:               model.Text{Zh: "投诉内容 `T`", En: "what it is about `T`"},
	Severity:                model.Text{Zh: "严重程度 `N`：1-3", En: "severity `N`: 1-3"},
	ReplyBy:                 model.Text{Zh: "答复期限 `DATE`", En: "reply by `DATE`"},
	HandledBy:               model.Text{Zh: "经办人 `H`", En: "handled by `H`"},
	LikelyBadFaithMalicious: model.Text{Zh: "疑似恶意（--malicious=false 改回善意）", En: "likely in bad faith (--malicious=false: in good faith)"},
	DayComplaint:            model.Text{Zh: "投诉日期 `DATE`", En: "the day of the complaint `DATE`"},
}
