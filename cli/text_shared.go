package cli

import "guanxi/model"

// sharedTexts are the messages of more than one command.
type sharedTexts struct {
	DateCannotRead      model.Text
	Colon               model.Text
	Comma               model.Text
	Semicolon           model.Text
	ReplaceFileWhen     model.Text
	AlreadyExistsChoose model.Text
	PrintJSONObject     model.Text
	PrintRecordWritten  model.Text
	Title               model.Text
	Phone               model.Text
	Email               model.Text
	WechatID            model.Text
	Amount              model.Text
	WritingSampleBook   model.Text
	PrintJSONArray      model.Text
	ID                  model.Text
	Name                model.Text
	Company             model.Text
	PrintJSON           model.Text
	Aside               model.Text
	Types               model.Text
	ListName            model.Text
	RestoreFailed       model.Text
	Customer            model.Text
}

var sharedText = sharedTexts{
	DateCannotRead:      model.Text{Zh: "--%s 看不懂：%s", En: "--%s: cannot read %q"},
	Colon:               model.Text{Zh: "：", En: ": "},
	Comma:               model.Text{Zh: "、", En: ", "},
	Semicolon:           model.Text{Zh: "；", En: "; "},
	ReplaceFileWhen:     model.Text{Zh: "目标文件已存在时覆盖它", En: "replace FILE when it exists"},
	AlreadyExistsChoose: model.Text{Zh: "%s 已存在：换个文件名，或加 --force 覆盖", En: "%s already exists: choose another name or pass --force"},
	PrintJSONObject:     model.Text{Zh: "输出 JSON 对象", En: "print a JSON object"},
	PrintRecordWritten:  model.Text{Zh: "输出写入的记录（JSON 对象）", En: "print the record written as a JSON object"},
	Title:               model.Text{Zh: "职务 `T`", En: "title `T`"},
	Phone:               model.Text{Zh: "电话 `P`", En: "phone `P`"},
	Email:               model.Text{Zh: "邮箱 `E`", En: "email `E`"},
	WechatID:            model.Text{Zh: "微信号 `W`", En: "WeChat id `W`"},
	Amount:              model.Text{Zh: "金额 `A`", En: "amount `A`"},
	WritingSampleBook:   model.Text{Zh: "生成示例客户簿失败：%v", En: "writing the sample book failed: %v"},
	PrintJSONArray:      model.Text{Zh: "输出 JSON 数组", En: "print a JSON array"},
	ID:                  model.Text{Zh: "编号", En: "ID"},
	Name:                model.Text{Zh: "姓名", En: "NAME"},
	Company:             model.Text{Zh: "公司", En: "COMPANY"},
	PrintJSON:           model.Text{Zh: "输出 JSON", En: "print JSON"},
	Aside:               model.Text{Zh: "（%s）", En: " (%s)"},
	Types:               model.Text{Zh: "性格", En: "TYPES"},
	ListName:            model.Text{Zh: "名称", En: "NAME"},
	RestoreFailed:       model.Text{Zh: "恢复失败：%v", En: "the restore failed: %v"},
	Customer:            model.Text{Zh: "客户", En: "CUSTOMER"},
}
