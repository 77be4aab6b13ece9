package cli

import "guanxi/model"

// holidaysTexts are the messages of guanxi holidays.
type holidaysTexts struct {
	Short                  model.Text
	YearDefaultThis        model.Text
	YearTakes              model.Text
	HolidaysGreetCustomers model.Text
	NoneAddThem            model.Text
	OfficialDaysOff        model.Text
	OfficialTableNot       model.Text
	DayOff                 model.Text
	WorkingDay             model.Text
}

var holidaysText = holidaysTexts{
	Short:                  model.Text{Zh: "一年的节日、法定假日和调休上班日", En: "a year's holidays, official days off and make-up working days"},
	YearDefaultThis:        model.Text{Zh: "年份 `Y`（默认今年）", En: "the year `Y` (default this year)"},
	YearTakes:              model.Text{Zh: "--year 应在 1900 到 2200 之间", En: "--year takes 1900 to 2200"},
	HolidaysGreetCustomers: model.Text{Zh: "%d 年问候客户的节日", En: "Holidays to greet customers on in %d"},
	NoneAddThem:            model.Text{Zh: "（没有节日：在跟进设置里添加）", En: "(none: add them in the follow-up settings)"},
	OfficialDaysOff:        model.Text{Zh: "%d 年法定假日与调休", En: "Official days off and make-up working days of %d"},
	OfficialTableNot:       model.Text{Zh: "%d 年的放假安排还没有公布：只有周末休息。", En: "The official table of %d is not published yet: only weekends are days off."},
	DayOff:                 model.Text{Zh: "放假", En: "day off"},
	WorkingDay:             model.Text{Zh: "调休上班", En: "working day"},
}
