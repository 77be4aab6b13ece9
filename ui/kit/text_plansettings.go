package kit

import "guanxi/model"

// PlanSettingsTexts are the texts of the visit plans page.
type PlanSettingsTexts struct {
	Workdays    model.Text
	PlanDays    model.Text
	WorkdaysOn  model.Text
	WorkdaysOff model.Text
	Plans       model.Text
	Visit       model.Text
	Call        model.Text
	OwnPlan     model.Text
	Greetings   model.Text
	Lead        model.Text
	LeadDays    model.Text
	Holidays    model.Text
	Yearly      model.Text
	Sep         model.Text
	NoHolidays  model.Text
	LunarUntil  model.Text
}

var planSettingsTexts = PlanSettingsTexts{
	Workdays:    model.Text{Zh: "工作日", En: "Working days"},
	PlanDays:    model.Text{Zh: "计划日期", En: "Plan days"},
	WorkdaysOn:  model.Text{Zh: "只落在工作日：周末和法定假日顺延，按官方调休表（enter 切换）", En: "working days only: weekends and public holidays move on, by the official table (enter to change)"},
	WorkdaysOff: model.Text{Zh: "任何一天都可以（enter 切换）", En: "any day (enter to change)"},
	Plans:       model.Text{Zh: "各级别的拜访计划", En: "Visit plans by level"},
	Visit:       model.Text{Zh: "拜访", En: "Visit"},
	Call:        model.Text{Zh: "电话", En: "Call"},
	OwnPlan:     model.Text{Zh: "某位客户要另定或暂停计划：在其客户档案里按 p", En: "To give one customer a plan of their own or pause it: p in their archive"},
	Greetings:   model.Text{Zh: "问候", En: "Greetings"},
	Lead:        model.Text{Zh: "提前提醒", En: "Greet ahead"},
	LeadDays:    model.Text{Zh: "生日、周年和节日提前 %d 天列入跟进", En: "birthdays, anniversaries and holidays %d days ahead"},
	Holidays:    model.Text{Zh: "节日", En: "Holidays"},
	Yearly:      model.Text{Zh: "每年 %s", En: "every year %s"},
	Sep:         model.Text{Zh: "、", En: ", "},
	NoHolidays:  model.Text{Zh: "（没有节日；按 a 添加）", En: "(no holidays; press a to add one)"},
	LunarUntil:  model.Text{Zh: "农历节日的日期写到 %d 年为止，之后每年请补上新日期（enter 修改）。", En: "Lunar holiday dates are listed up to %d; add each new year's date (enter to change)."},
}
