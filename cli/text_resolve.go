package cli

import "guanxi/model"

// resolveTexts are the messages of guanxi resolve.
type resolveTexts struct {
	Short            model.Text
	HowWasResolved   model.Text
	DayWasResolved   model.Text
	NotAComplaintID  model.Text
	SayHowWas        model.Text
	ThereNoComplaint model.Text
	ClosedComplaint  model.Text
}

var resolveText = resolveTexts{
	Short:            model.Text{Zh: "写下处理结果，结案一条投诉", En: "close a complaint with a summary of what was done"},
	HowWasResolved:   model.Text{Zh: "处理结果 `TEXT`（- 表示从标准输入读取）", En: "how it was resolved `TEXT` (- reads standard input)"},
	DayWasResolved:   model.Text{Zh: "解决日期 `DATE`（默认今天）", En: "the day `DATE` it was resolved (default today)"},
	NotAComplaintID:  model.Text{Zh: "COMPLAINT_ID 应为投诉编号（guanxi complain 输出的数字），而不是“%s”", En: "COMPLAINT_ID is a complaint's id (the number guanxi complain printed), not %q"},
	SayHowWas:        model.Text{Zh: "请用 --summary 写下处理结果", En: "say how it was resolved with --summary"},
	ThereNoComplaint: model.Text{Zh: "没有编号为 %d 的投诉", En: "there is no complaint %d"},
	ClosedComplaint:  model.Text{Zh: "已结案：%[1]s 的投诉（编号 %[2]d），%[3]s。", En: "Closed the complaint %[2]d of %[1]s: %[3]s."},
}
