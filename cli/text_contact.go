package cli

import "guanxi/model"

// contactTexts are the messages of guanxi contact.
type contactTexts struct {
	Name              model.Text
	RoleDecisionMaker model.Text
	Birthday          model.Text
	Notes             model.Text
	GiveContactName   model.Text
	AddedAsContact    model.Text
	Short             model.Text
	UnknownActionAdd  model.Text
	AddShort          model.Text
}

var contactText = contactTexts{
	Name:              model.Text{Zh: "姓名 `N`", En: "name `N`"},
	RoleDecisionMaker: model.Text{Zh: "角色 `R`：decision_maker key_person user other，或中文名", En: "role `R`: decision_maker key_person user other, or the Chinese name"},
	Birthday:          model.Text{Zh: "生日 `DATE`", En: "birthday `DATE`"},
	Notes:             model.Text{Zh: "备注 `TEXT`", En: "notes `TEXT`"},
	GiveContactName:   model.Text{Zh: "请用 --name 给出联系人姓名", En: "give the contact's name with --name"},
	AddedAsContact:    model.Text{Zh: "已给 %s 添加联系人 %s（编号 %d）。", En: "Added %[2]s to %[1]s as a contact (id %[3]d)."},
	Short:             model.Text{Zh: "客户的联系人：添加、修改、删除、恢复", En: "a customer's contact persons: add, edit, delete, restore"},
	UnknownActionAdd:  model.Text{Zh: "未知的操作“%s”：add、edit、delete 或 restore", En: "unknown action %q: add, edit, delete or restore"},
	AddShort:          model.Text{Zh: "给客户添加一位联系人，输出其编号", En: "add a contact person to a customer and print its id"},
}
