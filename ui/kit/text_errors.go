package kit

import "guanxi/model"

// ErrorsTexts are the texts of the errors shown to the user.
type ErrorsTexts struct {
	Load                    model.Text
	Save                    model.Text
	Date                    model.Text
	Amount                  model.Text
	Birthday                model.Text
	NoTags                  model.Text
	TypeEmpty               model.Text
	TypeZh                  model.Text
	NoClasses               model.Text
	NoSuggestion            model.Text
	Threshold               model.Text
	Days                    model.Text
	Lead                    model.Text
	HolidayDates            model.Text
	Repeat                  model.Text
	NothingOwed             model.Text
	NoOpenComplaint         model.Text
	NothingToUndo           model.Text
	HolidayNoCustomer       model.Text
	RescheduleOnlyReminders model.Text
	DeleteOnlyReminders     model.Text
	DeleteOnlyHolidays      model.Text
	SnoozeGreeting          model.Text
	SnoozeComplaint         model.Text
	SnoozePayment           model.Text
}

var errorsTexts = ErrorsTexts{
	Load:                    model.Text{Zh: "读取失败：", En: "Could not read: "},
	Save:                    model.Text{Zh: "保存失败：", En: "Could not save: "},
	Date:                    model.Text{Zh: "看不懂这个日期：可写 明天、周五、3天后、12月10日 或 2026-12-10", En: "not a date: write tomorrow, friday, +3d or 2026-12-10"},
	Amount:                  model.Text{Zh: "看不懂这个金额：可写 5000、5千、3万5 或 12.5万", En: "not an amount: write 5000, 5,000, 8k or 1.5万"},
	Birthday:                model.Text{Zh: "生日写成 1985-03-07、农历1985年八月十五 或 --03-15", En: "write a birthday as 1985-03-07, lunar 1985-08-15 or --03-15"},
	NoTags:                  model.Text{Zh: "这位客户和联系人都还没有性格类型。", En: "Neither the customer nor a contact has a personality type."},
	TypeEmpty:               model.Text{Zh: "请填写性格类型的名称或代码（F3 可浏览全部）", En: "type a personality type's name or code (F3 lists them all)"},
	TypeZh:                  model.Text{Zh: "没有“%s”这个性格类型。", En: "No personality type %q."},
	NoClasses:               model.Text{Zh: "分类还没读出来，请稍候再按", En: "The classification is not read yet; try again in a moment"},
	NoSuggestion:            model.Text{Zh: "没有需要采纳的级别建议", En: "No level change is suggested"},
	Threshold:               model.Text{Zh: "格式不对，应填", En: "not a valid value: "},
	Days:                    model.Text{Zh: "间隔写天数（0 到 3660），如 14 或 2w", En: "write the interval in days (0 to 3660), e.g. 14 or 2w"},
	Lead:                    model.Text{Zh: "提前天数应在 0 到 60 之间", En: "greet 0 to 60 days ahead"},
	HolidayDates:            model.Text{Zh: "日期格式不对：写 YYYY-MM-DD，或每年固定的 MM-DD，用逗号分隔", En: "write YYYY-MM-DD, or MM-DD for every year, separated by commas"},
	Repeat:                  model.Text{Zh: "重复写法：1w、2w、1m、1y 或 每周、每月、每年", En: "write the repeat as 1w, 2w, 1m, 1y, weekly, monthly or yearly"},
	NothingOwed:             model.Text{Zh: "这位客户没有赊销欠款：先用 d 记录一笔赊销成交", En: "The customer owes nothing: record a deal on credit with d first"},
	NoOpenComplaint:         model.Text{Zh: "这位客户没有待处理的投诉", En: "The customer has no open complaint"},
	NothingToUndo:           model.Text{Zh: "没有可撤销的删除", En: "Nothing to undo"},
	HolidayNoCustomer:       model.Text{Zh: "节日问候不属于某一位客户：发完问候后按 x 标记已发送", En: "A holiday belongs to no one customer: press x once the greetings are sent"},
	RescheduleOnlyReminders: model.Text{Zh: "只有手动提醒可以改期；计划拜访请按 s 推迟", En: "Only a reminder can be moved; put a planned contact off with s"},
	DeleteOnlyReminders:     model.Text{Zh: "只有手动提醒可以删除；计划拜访请在客户档案按 p 暂停或修改计划", En: "Only a reminder can be deleted; pause or change a plan with p in the customer's archive"},
	DeleteOnlyHolidays:      model.Text{Zh: "只有节日可以删除；级别的计划可设为 0 表示不安排", En: "Only a holiday can be removed; set a level's interval to 0 for none"},
	SnoozeGreeting:          model.Text{Zh: "生日和节日不能推迟：发完问候按 x 标记已发送", En: "A birthday or holiday cannot be put off: press x once you have greeted them"},
	SnoozeComplaint:         model.Text{Zh: "答复期限是对客户的承诺，不能悄悄推迟：请先联系客户（l），解决后按 x", En: "A reply date is a promise to the customer and is not put off quietly: contact them (l), then press x when resolved"},
	SnoozePayment:           model.Text{Zh: "还款日是合同约定的，不能推迟：催收后收到钱按 x 记录收款", En: "A payment date is in the contract and is not put off: once the money comes in, press x to record it"},
}
