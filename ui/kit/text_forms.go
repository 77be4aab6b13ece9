package kit

import "guanxi/model"

// FormsTexts are the texts of the form widget and the forms' titles.
type FormsTexts struct {
	Saving       model.Text
	NewCustomer  model.Text
	EditCustomer model.Text
	NewContact   model.Text
	Log          model.Text
	Deal         model.Text
	Remind       model.Text
	Tag          model.Text
	NewType      model.Text
	EditType     model.Text
	NewTypology  model.Text
	EditTypology model.Text
	Untag        model.Text
	Thresholds   model.Text
	Segment      model.Text
	Snooze       model.Text
	Reschedule   model.Text
	Complaint    model.Text
	Resolve      model.Text
	Payment      model.Text
	Plan         model.Text
	LevelPlan    model.Text
	Lead         model.Text
	AddHoliday   model.Text
	EditHoliday  model.Text
	Discard      model.Text
	DiscardKeys  model.Text
}

var formsTexts = FormsTexts{
	Saving:       model.Text{Zh: "正在保存…", En: "Saving…"},
	NewCustomer:  model.Text{Zh: "新客户", En: "New customer"},
	EditCustomer: model.Text{Zh: "编辑客户", En: "Edit customer"},
	NewContact:   model.Text{Zh: "新联系人", En: "New contact"},
	Log:          model.Text{Zh: "记录联系", En: "Log a contact"},
	Deal:         model.Text{Zh: "记录成交", En: "Record a deal"},
	Remind:       model.Text{Zh: "添加提醒", En: "Add a reminder"},
	Tag:          model.Text{Zh: "性格类型", En: "Personality type"},
	NewType:      model.Text{Zh: "新性格类型", En: "New personality type"},
	EditType:     model.Text{Zh: "编辑性格类型", En: "Edit personality type"},
	NewTypology:  model.Text{Zh: "新分类", En: "New typology"},
	EditTypology: model.Text{Zh: "编辑分类", En: "Edit typology"},
	Untag:        model.Text{Zh: "去掉性格类型", En: "Remove a personality type"},
	Thresholds:   model.Text{Zh: "分类门槛", En: "Classification thresholds"},
	Segment:      model.Text{Zh: "保存为动态列表", En: "Save as a dynamic list"},
	Snooze:       model.Text{Zh: "推迟", En: "Put off"},
	Reschedule:   model.Text{Zh: "提醒改期", En: "Move the reminder"},
	Complaint:    model.Text{Zh: "记录投诉", En: "Record a complaint"},
	Resolve:      model.Text{Zh: "解决投诉", En: "Resolve a complaint"},
	Payment:      model.Text{Zh: "记录收款", En: "Record a payment"},
	Plan:         model.Text{Zh: "拜访计划", En: "Visit plan"},
	LevelPlan:    model.Text{Zh: "级别的拜访计划", En: "Plan of a level"},
	Lead:         model.Text{Zh: "问候提前天数", En: "Greet ahead"},
	AddHoliday:   model.Text{Zh: "添加节日", En: "Add a holiday"},
	EditHoliday:  model.Text{Zh: "修改节日", En: "Change a holiday"},
	Discard:      model.Text{Zh: "这张表里有改动还没保存，要放弃吗？", En: "This form has changes that are not saved. Throw them away?"},
	DiscardKeys:  model.Text{Zh: "y 放弃改动 · n/esc 继续填写", En: "y throw away · n/esc keep editing"},
}
