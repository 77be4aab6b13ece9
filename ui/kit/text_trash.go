package kit

import "guanxi/model"

// TrashTexts are the texts of the trash and bringing a customer back.
type TrashTexts struct {
	Empty       model.Text
	Head        model.Text
	When        model.Text
	Records     model.Text
	RecordCount Counted
	Confirm     model.Text
	ConfirmBody Counted
	Done        model.Text
	DoneTyping  model.Text
	Restoring   model.Text
}

var trashTexts = TrashTexts{
	Empty:       model.Text{Zh: "回收站是空的。", En: "The trash is empty."},
	Head:        model.Text{Zh: "%s · r/enter 连同记录恢复 · 彻底清空：guanxi trash purge", En: "%s in the trash · r or enter restores one with its records · guanxi trash purge empties it for good"},
	When:        model.Text{Zh: "删除时间", En: "Deleted"},
	Records:     model.Text{Zh: "随之移走", En: "Went with it"},
	RecordCount: counted("%d 条记录", "%d record", "%d records"),
	Confirm:     model.Text{Zh: "把「%s」移到回收站？", En: "Move %s to the trash?"},
	ConfirmBody: counted("连同 %[1]d 条记录（联系人、联系记录、成交、提醒、投诉）一起移走，列表和跟进里都不再出现。删除后马上按 u（客户列表里按 ctrl+z）可以撤销；以后也能用 guanxi restore %[2]d 恢复。", "Its %[1]d record (a contact, logged contact, deal, reminder or complaint) goes with it, and it leaves the list and the follow-up. Press u right after (ctrl+z over the customer list) to undo; guanxi restore %[2]d brings it back later.", "Its %[1]d records (contacts, logged contacts, deals, reminders, complaints) go with it, and it leaves the list and the follow-up. Press u right after (ctrl+z over the customer list) to undo; guanxi restore %[2]d brings it back later."),
	Done:        model.Text{Zh: "已把「%s」移到回收站 · 按 u 撤销", En: "Moved %s to the trash · press u to undo"},
	DoneTyping:  model.Text{Zh: "已把「%s」移到回收站 · 按 ctrl+z 撤销", En: "Moved %s to the trash · press ctrl+z to undo"},
	Restoring:   model.Text{Zh: "正在恢复…", En: "Restoring…"},
}
