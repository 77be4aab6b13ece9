package cli

import "guanxi/model"

// trashTexts are the messages of the trash: guanxi delete, restore, trash, trash purge and trash records.
type trashTexts struct {
	UnknownArgument       model.Text
	Short                 model.Text
	Name                  model.Text
	Deleted               model.Text
	Records               model.Text
	CustomersTrashRestore model.Text
	ThisDeletesCustomers  model.Text
	DeleteTheseCustomers  model.Text
	CancelledNothingWas   model.Text
	PurgeShort            model.Text
	DeleteGoodWithout     model.Text
	DeleteOnlyThis        model.Text
	TrashEmptyNothing     model.Text
	DeletedCustomersAll   model.Text
	RecordsShort          model.Text
	NoRecordsRemoved      model.Text
	Kind                  model.Text
	Date                  model.Text
	What                  model.Text
	RestoreGuanxiDeal     model.Text
	DeleteShort           model.Text
	MovedWithRecords      model.Text
	RestoreShort          model.Text
	RestoredWithRecords   model.Text
	RefEmptyGive          model.Text
	NotTrashGuanxi        model.Text
}

var trashText = trashTexts{
	UnknownArgument:       model.Text{Zh: "未知的参数“%s”：guanxi trash 列出回收站，guanxi trash purge 清空它", En: "unknown argument %q: guanxi trash lists the trash, guanxi trash purge empties it"},
	Short:                 model.Text{Zh: "列出回收站；trash purge 永久删除（先询问）", En: "list the trash; trash purge deletes it for good (asks first)"},
	Name:                  model.Text{Zh: "姓名/名称", En: "NAME"},
	Deleted:               model.Text{Zh: "删除于", En: "DELETED"},
	Records:               model.Text{Zh: "记录", En: "RECORDS"},
	CustomersTrashRestore: model.Text{Zh: "回收站里有 %d 位客户。恢复：guanxi restore ID；永久删除：guanxi trash purge", En: "%d customers in the trash. Restore: guanxi restore ID; delete for good: guanxi trash purge"},
	ThisDeletesCustomers:  model.Text{Zh: "这会永久删除回收站里的 %d 位客户及其全部记录，无法撤销；确认请加 --yes", En: "this deletes the %d customers in the trash and all their records for good; pass --yes to confirm"},
	DeleteTheseCustomers:  model.Text{Zh: "永久删除以上 %d 位客户及其全部记录？此操作无法撤销。输入 yes 确认：", En: "Delete these %d customers and all their records for good? This cannot be undone. Type yes to confirm: "},
	CancelledNothingWas:   model.Text{Zh: "已取消，什么都没有删除。", En: "Cancelled; nothing was deleted."},
	PurgeShort:            model.Text{Zh: "永久删除回收站里的客户（先询问）", En: "delete the customers in the trash for good (asks first)"},
	DeleteGoodWithout:     model.Text{Zh: "不再询问，直接永久删除", En: "delete for good without asking"},
	DeleteOnlyThis:        model.Text{Zh: "只删除回收站里的这一位客户 `REF`", En: "delete only this customer `REF` of the trash"},
	TrashEmptyNothing:     model.Text{Zh: "回收站是空的，没有要删除的。", En: "The trash is empty; nothing to delete."},
	DeletedCustomersAll:   model.Text{Zh: "已永久删除 %d 位客户及其全部记录。", En: "Deleted %d customers and all their records for good."},
	RecordsShort:          model.Text{Zh: "列出单独删除的记录（成交、联系、联系人、收款、投诉、提醒）", En: "list the records removed one by one (deals, contacts logged, contact persons, payments, complaints, reminders)"},
	NoRecordsRemoved:      model.Text{Zh: "回收站里没有单独删除的记录。", En: "No records removed one by one are in the trash."},
	Kind:                  model.Text{Zh: "类型", En: "KIND"},
	Date:                  model.Text{Zh: "日期", En: "DATE"},
	What:                  model.Text{Zh: "内容", En: "WHAT"},
	RestoreGuanxiDeal:     model.Text{Zh: "恢复：guanxi deal|log|contact|pay|complain|remind restore ID", En: "Restore: guanxi deal|log|contact|pay|complain|remind restore ID"},
	DeleteShort:           model.Text{Zh: "把客户连同全部记录移到回收站（可恢复）", En: "move a customer with all its records to the trash (it can be restored)"},
	MovedWithRecords:      model.Text{Zh: "已把 %[1]s（编号 %[2]d）及其 %[3]d 条记录移到回收站。撤销：guanxi restore %[2]d", En: "Moved %[1]s (id %[2]d) and its %[3]d records to the trash. Undo: guanxi restore %[2]d"},
	RestoreShort:          model.Text{Zh: "从回收站恢复客户及其全部记录", En: "bring a customer and all its records back from the trash"},
	RestoredWithRecords:   model.Text{Zh: "已从回收站恢复 %[1]s（编号 %[2]d）及其 %[3]d 条记录。", En: "Restored %[1]s (id %[2]d) and its %[3]d records from the trash."},
	RefEmptyGive:          model.Text{Zh: "REF 不能为空：请给出回收站里客户的编号或姓名", En: "REF is empty: give the id or name of a customer in the trash"},
	NotTrashGuanxi:        model.Text{Zh: "回收站里没有“%s”（guanxi trash 列出回收站）", En: "%q is not in the trash (guanxi trash lists it)"},
}
