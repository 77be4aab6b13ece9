package kit

import "guanxi/model"

// RecordsTexts are the texts of changing and deleting a single record.
type RecordsTexts struct {
	EditContact    model.Text
	EditLog        model.Text
	EditDeal       model.Text
	EditReminder   model.Text
	EditComplaint  model.Text
	EditPayment    model.Text
	SavedDeal      model.Text
	SavedLog       model.Text
	SavedReminder  model.Text
	SavedComplaint model.Text
	SavedPayment   model.Text
	Reopened       model.Text
	Restored       model.Text
	Removed        model.Text
	NoRecord       model.Text
	NotReminder    model.Text
	Conflict       model.Text
	Mine           model.Text
	Theirs         model.Text
	Empty          model.Text
	Choose         model.Text
}

var recordsTexts = RecordsTexts{
	EditContact:    model.Text{Zh: "修改联系人", En: "Change contact person"},
	EditLog:        model.Text{Zh: "修改联系记录", En: "Change logged contact"},
	EditDeal:       model.Text{Zh: "修改成交", En: "Change deal"},
	EditReminder:   model.Text{Zh: "修改提醒", En: "Change reminder"},
	EditComplaint:  model.Text{Zh: "修改投诉", En: "Change complaint"},
	EditPayment:    model.Text{Zh: "修改收款", En: "Change payment"},
	SavedDeal:      model.Text{Zh: "成交已更正", En: "Deal corrected"},
	SavedLog:       model.Text{Zh: "联系记录已更正", En: "Logged contact corrected"},
	SavedReminder:  model.Text{Zh: "提醒已更正", En: "Reminder corrected"},
	SavedComplaint: model.Text{Zh: "投诉已更正", En: "Complaint corrected"},
	SavedPayment:   model.Text{Zh: "收款已更正", En: "Payment corrected"},
	Reopened:       model.Text{Zh: "提醒已重新打开", En: "Reminder open again"},
	Restored:       model.Text{Zh: "已恢复", En: "Restored"},
	Removed:        model.Text{Zh: "已把这条%s移到回收站 · 按 u 撤销", En: "The %s went to the trash · u to undo"},
	NoRecord:       model.Text{Zh: "光标下没有记录：用 ↑↓ 选一条", En: "No record under the cursor: pick one with ↑↓"},
	NotReminder:    model.Text{Zh: "x 只用于提醒", En: "x is for reminders"},
	Conflict:       model.Text{Zh: "这些字段在别处也改过了：选留哪个", En: "Changed elsewhere too: choose what stays"},
	Mine:           model.Text{Zh: "我改的：", En: "mine: "},
	Theirs:         model.Text{Zh: "别处改的：", En: "elsewhere: "},
	Empty:          model.Text{Zh: "（空）", En: "(empty)"},
	Choose:         model.Text{Zh: "←/→ 选择", En: "←/→ to choose"},
}
