package cli

import "guanxi/model"

// checkTexts are the messages of guanxi check.
type checkTexts struct {
	StepIntegrity   model.Text
	StepForeignkeys model.Text
	StepDates       model.Text
	StepAmounts     model.Text
	StepOrphans     model.Text
	Short           model.Text
	QuickCheckEvery model.Text
	BookHasProblems model.Text
	CheckFailed     model.Text
	BookSound       model.Text
}

var checkText = checkTexts{
	StepIntegrity:   model.Text{Zh: "检查客户簿：逐页核对", En: "checking the book: every page"},
	StepForeignkeys: model.Text{Zh: "检查客户簿：记录的归属", En: "checking the book: what each record belongs to"},
	StepDates:       model.Text{Zh: "检查客户簿：日期", En: "checking the book: dates"},
	StepAmounts:     model.Text{Zh: "检查客户簿：金额", En: "checking the book: amounts"},
	StepOrphans:     model.Text{Zh: "检查客户簿：无主的记录", En: "checking the book: records that point nowhere"},
	Short:           model.Text{Zh: "检查客户簿是否完好；有问题时退出码为 1", En: "check the book's integrity; exit 1 on any problem"},
	QuickCheckEvery: model.Text{Zh: "快速检查：读遍每一页和每一行，但不逐条核对索引与表", En: "a quick check: every page and row is read, but indexes are not compared with their tables"},
	BookHasProblems: model.Text{Zh: "客户簿 %s 有 %d 处问题", En: "the book %s has %d problems"},
	CheckFailed:     model.Text{Zh: "检查失败：%v", En: "the check failed: %v"},
	BookSound:       model.Text{Zh: "正常：客户簿 %s 完好（%d 位客户）。", En: "ok: the book %s is sound (%d customers)."},
}
