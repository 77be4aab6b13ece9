package kit

import "guanxi/model"

// SavedTexts are the texts of the status line after a write.
type SavedTexts struct {
	Customer         model.Text
	Contact          model.Text
	Log              model.Text
	Deal             model.Text
	Reminder         model.Text
	Done             model.Text
	Snoozed          model.Text
	Workdays         model.Text
	Type             model.Text
	Typology         model.Text
	TypeRestored     model.Text
	TypeRemoved      model.Text
	Untag            model.Text
	Level            model.Text
	LevelAuto        model.Text
	LevelsAuto       model.Text
	Thresholds       model.Text
	Segment          model.Text
	Merged           model.Text
	Rescheduled      model.Text
	Deleted          model.Text
	RestoredReminder model.Text
	Greeted          model.Text
	Complaint        model.Text
	Resolved         model.Text
	Payment          model.Text
	Plan             model.Text
	Lead             model.Text
	Holiday          model.Text
	HolidayRemoved   model.Text
	HolidayBack      model.Text
	LogNextVisit     model.Text
	LogNextCall      model.Text
	SnoozedTo        model.Text
	DoneNext         model.Text
	Restored         model.Text
}

var savedTexts = SavedTexts{
	Customer:         model.Text{Zh: "客户已保存", En: "Customer saved"},
	Contact:          model.Text{Zh: "联系人已保存", En: "Contact saved"},
	Log:              model.Text{Zh: "联系已记录，下次联系已更新", En: "Contact logged; next contact moved"},
	Deal:             model.Text{Zh: "成交已记录", En: "Deal recorded"},
	Reminder:         model.Text{Zh: "提醒已添加", En: "Reminder added"},
	Done:             model.Text{Zh: "已完成", En: "Marked done"},
	Snoozed:          model.Text{Zh: "已推迟", En: "Snoozed"},
	Workdays:         model.Text{Zh: "计划日期已更新，到期日已重算", En: "Plan days changed; due dates moved"},
	Type:             model.Text{Zh: "性格类型已保存", En: "Personality type saved"},
	Typology:         model.Text{Zh: "分类已保存", En: "Typology saved"},
	TypeRestored:     model.Text{Zh: "已恢复默认内容", En: "Restored to its default"},
	TypeRemoved:      model.Text{Zh: "类型已删除；标注的说明已移到各人的备注里", En: "Type removed; the notes of its tags are in each person's notes"},
	Untag:            model.Text{Zh: "已去掉性格类型；说明已移到备注里", En: "Type removed from the person; its note is in their notes"},
	Level:            model.Text{Zh: "已采纳建议级别，并记入往来记录", En: "Suggested level taken and noted on the timeline"},
	LevelAuto:        model.Text{Zh: "已按规则自动调整级别，并记入往来记录", En: "The rules changed the level; noted on the timeline"},
	LevelsAuto:       model.Text{Zh: "已按规则自动调整了部分客户的级别", En: "The rules changed some customers' levels"},
	Thresholds:       model.Text{Zh: "分类门槛已保存", En: "Thresholds saved"},
	Segment:          model.Text{Zh: "动态列表已保存", En: "Dynamic list saved"},
	Merged:           model.Text{Zh: "已合并，两人的全部记录都保留了", En: "Merged; every record of both was kept"},
	Rescheduled:      model.Text{Zh: "提醒已改期", En: "Reminder moved"},
	Deleted:          model.Text{Zh: "提醒已删除 · 按 u 撤销", En: "Reminder deleted · press u to undo"},
	RestoredReminder: model.Text{Zh: "提醒已恢复", En: "Reminder restored"},
	Greeted:          model.Text{Zh: "问候已发，记下了", En: "Greeting marked as sent"},
	Complaint:        model.Text{Zh: "投诉已记录", En: "Complaint recorded"},
	Resolved:         model.Text{Zh: "投诉已解决", En: "Complaint resolved"},
	Payment:          model.Text{Zh: "收款已记录，欠款已更新", En: "Payment recorded; the balance moved"},
	Plan:             model.Text{Zh: "拜访计划已保存，到期日已更新", En: "Plan saved; due dates moved"},
	Lead:             model.Text{Zh: "问候提前天数已保存", En: "Greeting lead saved"},
	Holiday:          model.Text{Zh: "节日已保存", En: "Holiday saved"},
	HolidayRemoved:   model.Text{Zh: "节日已删除 · 按 u 撤销", En: "Holiday removed · press u to undo"},
	HolidayBack:      model.Text{Zh: "节日已恢复", En: "Holidays restored"},
	LogNextVisit:     model.Text{Zh: "已记录 · 下次拜访 %s（%s）", En: "Logged · next visit %s (%s)"},
	LogNextCall:      model.Text{Zh: "已记录 · 下次电话 %s（%s）", En: "Logged · next call %s (%s)"},
	SnoozedTo:        model.Text{Zh: "已推迟到 %s（%s）", En: "Put off to %s (%s)"},
	DoneNext:         model.Text{Zh: "提醒已完成 · 下次 %s", En: "Reminder done · next %s"},
	Restored:         model.Text{Zh: "已从回收站恢复，记录都在", En: "Restored from the trash with all its records"},
}
