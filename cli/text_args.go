package cli

import "guanxi/model"

// argsTexts are the messages of guanxi args.
type argsTexts struct {
	RefEmptyGive model.Text
	Flagvalue    model.Text
	Flagvalue2   model.Text
}

var argsText = argsTexts{
	RefEmptyGive: model.Text{Zh: "REF 不能为空：请给出客户编号、姓名或电话", En: "REF is empty: give a customer's id, name or phone"},
	Flagvalue:    model.Text{Zh: "--%[1]s：无法识别日期“%[2]s”，请写成 2026-12-10、12月10日、明天、下周一、3天后 这样的日期", En: "--%[1]s: %[3]v"},
	Flagvalue2:   model.Text{Zh: "--%[1]s：无法识别金额“%[2]s”，请写成 5000、5,000、1.5万 或 ¥500万", En: "--%[1]s: %[3]v"},
}
