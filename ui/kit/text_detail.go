package kit

import "guanxi/model"

// DetailTexts are the texts of a customer's archive.
type DetailTexts struct {
	Profile      model.Text
	Contacts     model.Text
	Playbook     model.Text
	Timeline     model.Text
	Reminders    model.Text
	Plan         model.Text
	NoContacts   model.Text
	NoTimeline   model.Text
	NoReminders  model.Text
	NoType       model.Text
	Approach     model.Text
	Avoid        model.Text
	Traits       model.Text
	Paused       model.Text
	NextVisit    model.Text
	NextCall     model.Text
	Principle    model.Text
	Orders       model.Text
	Owed         model.Text
	FirstDeal    model.Text
	Deal         model.Text
	CreditDue    model.Text
	Next         model.Text
	Self         model.Text
	Classes      model.Text
	LevelChange  model.Text
	OwnPlan      model.Text
	Complaints   model.Text
	NoComplaints model.Text
	Handler      model.Text
	ReplyBy      model.Text
	ResolvedOn   model.Text
	Credit       model.Text
	Balance      model.Text
	CreditLine   model.Text
	Paid         model.Text
	Referrer     model.Text
	Referred     model.Text
	ReminderDone model.Text
	RecordId     model.Text
}

var detailTexts = DetailTexts{
	Profile:      model.Text{Zh: "档案", En: "Profile"},
	Contacts:     model.Text{Zh: "联系人", En: "Contacts"},
	Playbook:     model.Text{Zh: "沟通要点", En: "How to talk to them"},
	Timeline:     model.Text{Zh: "往来记录", En: "Timeline"},
	Reminders:    model.Text{Zh: "待办提醒", En: "Open reminders"},
	Plan:         formsTexts.Plan, // the section is headed as the form that changes it
	NoContacts:   model.Text{Zh: "（还没有联系人，按 c 添加）", En: "(no contacts yet: press c to add one)"},
	NoTimeline:   model.Text{Zh: "（还没有记录，按 l 记录一次联系）", En: "(nothing yet: press l to log a contact)"},
	NoReminders:  model.Text{Zh: "（没有待办提醒）", En: "(no open reminders)"},
	NoType:       model.Text{Zh: "还没有性格类型。按 t 设置，可选：", En: "No personality type yet. Press t to set one, from:"},
	Approach:     model.Text{Zh: "应对：", En: "Approach: "},
	Avoid:        model.Text{Zh: "避免：", En: "Avoid: "},
	Traits:       model.Text{Zh: "特点：", En: "Traits: "},
	Paused:       model.Text{Zh: "已暂停", En: "paused"},
	NextVisit:    model.Text{Zh: "下次拜访 ", En: "next visit "},
	NextCall:     model.Text{Zh: "下次电话 ", En: "next call "},
	Principle:    model.Text{Zh: "原则：", En: "Principle: "},
	Orders:       model.Text{Zh: "累计成交", En: "Orders"},
	Owed:         model.Text{Zh: "欠款 ", En: "owed "},
	FirstDeal:    model.Text{Zh: "首单 ", En: "first deal "},
	Deal:         model.Text{Zh: "成交", En: "Deal"},
	CreditDue:    model.Text{Zh: "到期 ", En: "due "},
	Next:         model.Text{Zh: "下一步：", En: "Next: "},
	Self:         model.Text{Zh: "本人", En: "the customer"},
	Classes:      model.Text{Zh: "分类", En: "Classification"},
	LevelChange:  model.Text{Zh: "级别调整", En: "Level"},
	OwnPlan:      model.Text{Zh: "本客户自定", En: "their own plan"},
	Complaints:   model.Text{Zh: "投诉", En: "Complaints"},
	NoComplaints: model.Text{Zh: "（没有投诉记录；按 ! 记录）", En: "(no complaints; press ! to record one)"},
	Handler:      model.Text{Zh: "经办 %s", En: "handled by %s"},
	ReplyBy:      model.Text{Zh: "答复期限 %s", En: "reply by %s"},
	ResolvedOn:   model.Text{Zh: "%s 解决：", En: "resolved %s: "},
	Credit:       model.Text{Zh: "欠款与收款", En: "Owed and paid"},
	Balance:      model.Text{Zh: "欠款合计 ", En: "Owed in all "},
	CreditLine:   model.Text{Zh: "%s  %s · 已付 %s · 欠 %s", En: "%s  %s · paid %s · owes %s"},
	Paid:         model.Text{Zh: "收款", En: "Paid"},
	Referrer:     fieldsTexts.ReferredBy,
	Referred:     model.Text{Zh: "介绍了", En: "Referred"},
	ReminderDone: model.Text{Zh: "已完成", En: "done"},
	RecordId:     model.Text{Zh: "编号 %d", En: "id %d"},
}
