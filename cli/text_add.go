package cli

import "guanxi/model"

// addTexts are the messages of guanxi add.
type addTexts struct {
	AddCustomerPrint    model.Text
	PersonalityTypeCode model.Text
	NotesReadsStandard  model.Text
	PrintNewCustomer    model.Text
	GiveCustomerName    model.Text
}

var addText = addTexts{
	AddCustomerPrint:    model.Text{Zh: "新增客户，输出其编号", En: "add a customer and print its id"},
	PersonalityTypeCode: model.Text{Zh: "性格类型 `T`（代码或中文名，可重复）", En: "personality type `T` (code or Chinese name; repeatable)"},
	NotesReadsStandard:  model.Text{Zh: "备注 `TEXT`（- 表示从标准输入读取）", En: "notes `TEXT` (- reads standard input)"},
	PrintNewCustomer:    model.Text{Zh: "输出新客户的 JSON 对象", En: "print the new customer as a JSON object"},
	GiveCustomerName:    model.Text{Zh: "请用 --name 给出客户的姓名或名称", En: "give the customer's name with --name"},
}
