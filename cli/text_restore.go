package cli

import "guanxi/model"

// restoreTexts are the messages of guanxi restore.
type restoreTexts struct {
	Short             model.Text
	RestoredIdRecords model.Text
	RefEmptyGive      model.Text
	NotTrashGuanxi    model.Text
}

var restoreText = restoreTexts{
	Short:             model.Text{Zh: "从回收站恢复客户及其全部记录", En: "bring a customer and all its records back from the trash"},
	RestoredIdRecords: model.Text{Zh: "已从回收站恢复 %[1]s（编号 %[2]d）及其 %[3]d 条记录。", En: "Restored %[1]s (id %[2]d) and its %[3]d records from the trash."},
	RefEmptyGive:      model.Text{Zh: "REF 不能为空：请给出回收站里客户的编号或姓名", En: "REF is empty: give the id or name of a customer in the trash"},
	NotTrashGuanxi:    model.Text{Zh: "回收站里没有“%s”（guanxi trash 列出回收站）", En: "%q is not in the trash (guanxi trash lists it)"},
}
