package cli

import "guanxi/model"

// editTexts are the messages of guanxi edit.
type editTexts struct {
	ChangeCustomerProfile model.Text
	NotesReadsStandard    model.Text
	NothingChangeGive     model.Text
	SavedId               model.Text
	BeButJust             model.Text
	NothingSavedCustomer  model.Text
}

var editText = editTexts{
	ChangeCustomerProfile: model.Text{Zh: "修改客户资料", En: "change a customer's profile"},
	NotesReadsStandard:    model.Text{Zh: "备注 `TEXT`（- 表示从标准输入读取；会替换原有备注）", En: "notes `TEXT` (- reads standard input; replaces the notes)"},
	NothingChangeGive:     model.Text{Zh: "没有要修改的内容：请给出 --name、--company、--phone、--email、--level、--stage、--relation 等参数", En: "nothing to change: give --name, --company, --phone, --email, --level, --stage, --relation or another field"},
	SavedId:               model.Text{Zh: "已保存 %s（编号 %d）。", En: "Saved %s (id %d)."},
	BeButJust:             model.Text{Zh: "%s：要改成“%s”，但刚被别处改成了“%s”", En: "%s: to be %q, but just changed elsewhere to %q"},
	NothingSavedCustomer:  model.Text{Zh: "没有保存，客户资料刚在别处改过：%s。请查看后再改。", En: "nothing saved: the customer was just changed elsewhere: %s. Look, then edit again."},
}
