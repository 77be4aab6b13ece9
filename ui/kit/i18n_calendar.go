package kit

import "guanxi/model"

// The texts of the calendar: birthdays kept by the lunar calendar or without a year, and the
// working-day setting of the visit plans.
func init() {
	for k, v := range map[string]model.Text{
		"hint.birthday":  {Zh: "可留空；1985-03-07、农历八月十五 或 --03-15（不知年份）", En: "optional; 1985-03-07, 农历八月十五 (lunar) or --03-15 (no year)"},
		"ps.workdays":    {Zh: "工作日", En: "Working days"},
		"ps.planDays":    {Zh: "计划日期", En: "Plan days"},
		"ps.workdaysOn":  {Zh: "只落在工作日：周末和法定假日顺延，按官方调休表（enter 切换）", En: "working days only: weekends and public holidays move on, by the official table (enter to change)"},
		"ps.workdaysOff": {Zh: "任何一天都可以（enter 切换）", En: "any day (enter to change)"},
		"saved.workdays": {Zh: "计划日期已更新，到期日已重算", En: "Plan days changed; due dates moved"},
		"err.birthday":   {Zh: "生日写成 1985-03-07、农历1985年八月十五 或 --03-15", En: "write a birthday as 1985-03-07, lunar 1985-08-15 or --03-15"},
	} {
		Strs[k] = v
	}
}
