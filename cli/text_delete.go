package cli

import "guanxi/model"

// deleteTexts are the messages of guanxi delete.
type deleteTexts struct {
	Short          model.Text
	MovedIdRecords model.Text
}

var deleteText = deleteTexts{
	Short:          model.Text{Zh: "把客户连同全部记录移到回收站（可恢复）", En: "move a customer with all its records to the trash (it can be restored)"},
	MovedIdRecords: model.Text{Zh: "已把 %[1]s（编号 %[2]d）及其 %[3]d 条记录移到回收站。撤销：guanxi restore %[2]d", En: "Moved %[1]s (id %[2]d) and its %[3]d records to the trash. Undo: guanxi restore %[2]d"},
}
