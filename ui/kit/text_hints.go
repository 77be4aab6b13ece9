package kit

import "guanxi/model"

// HintsTexts are the texts of the hints under the forms' fields.
type HintsTexts struct {
	Date        model.Text
	PastDate    model.Text // a day that has usually already come, as a deal's
	OptDate     model.Text
	At          model.Text
	Amount      model.Text
	Tags        model.Text
	Type        model.Text
	Birthday    model.Text
	Code        model.Text
	TypeText    model.Text
	Untag       model.Text
	UnitPercent model.Text
	UnitMonths  model.Text
	UnitDays    model.Text
	UnitMoney   model.Text
	UnitCount   model.Text
	SegmentName model.Text
	Query       model.Text
	SnoozeDate  model.Text
	ReplyBy     model.Text
	OnToday     model.Text
	Summary     model.Text
	PlanOwn     model.Text
	Days        model.Text
	Lead        model.Text
	HolidayDays model.Text
	Repeat      model.Text
	NextOn      model.Text
	ReferredBy  model.Text
	Source      model.Text
	ShortName   model.Text
	Size        model.Text
	OptAmount   model.Text
}

var hintsTexts = HintsTexts{
	Date:        model.Text{Zh: "如 明天、周五、下周一、3天后、12月10日、2026-12-10", En: "e.g. tomorrow, friday, +3d, +2w, 2026-12-10"},
	PastDate:    model.Text{Zh: "如 今天、昨天、3天前、3月1日、2026-03-01", En: "e.g. today, yesterday, -3d, 3/1, 2026-03-01"},
	OptDate:     model.Text{Zh: "可留空；如 2026-12-10 或 2026年12月10日", En: "optional; e.g. 2026-12-10"},
	At:          model.Text{Zh: "留空为现在；或 YYYY-MM-DD HH:MM、昨天 15:00", En: "empty: now; or YYYY-MM-DD HH:MM, yesterday 15:00"},
	Amount:      model.Text{Zh: "如 5000、5千、3万5、12.5万、¥500万", En: "e.g. 5000, 5,000, 8k, 1.5万, ¥500万"},
	Tags:        model.Text{Zh: "用逗号或空格分隔", En: "separated by commas or spaces"},
	Type:        model.Text{Zh: "代码或名称，如 犹豫型、hesitant", En: "code or name, e.g. hesitant, 犹豫型"},
	Birthday:    model.Text{Zh: "可留空；1985-03-07、农历八月十五 或 --03-15（不知年份）", En: "optional; 1985-03-07, 农历八月十五 (lunar) or --03-15 (no year)"},
	Code:        model.Text{Zh: "可留空：按英文名生成；小写字母、数字、下划线", En: "optional: made from the English name; lowercase letters, digits, _"},
	TypeText:    model.Text{Zh: "写具体些：打电话或拜访时能照着做", En: "be concrete: something to act on in a call or visit"},
	Untag:       model.Text{Zh: "标注的说明会写进此人的备注，不会丢失", En: "the tag's note is written into the person's notes, so it is not lost"},
	UnitPercent: model.Text{Zh: "百分比，如 5 或 7.5", En: "a percent, e.g. 5 or 7.5"},
	UnitMonths:  model.Text{Zh: "月数；0 表示全部成交", En: "months; 0 for all time"},
	UnitDays:    model.Text{Zh: "天数，如 365", En: "days, e.g. 365"},
	UnitMoney:   model.Text{Zh: "金额，如 5000000、500万", En: "an amount, e.g. 5000000 or 500万"},
	UnitCount:   model.Text{Zh: "次数，如 2", En: "a count, e.g. 2"},
	SegmentName: model.Text{Zh: "如 上海大客户", En: "e.g. Shanghai accounts"},
	Query:       model.Text{Zh: "如 level:vip region:上海 orders_12m>50万", En: "e.g. level:vip region:上海 orders_12m>50万"},
	SnoozeDate:  model.Text{Zh: "选“指定日期”时填写：如 下周一、5天后、12月10日", En: "for “A date”: e.g. monday, +5d, 2026-12-10"},
	ReplyBy:     model.Text{Zh: "答应客户何时答复；留空表示当天答复", En: "when you promised to reply; empty: today"},
	OnToday:     model.Text{Zh: "留空为今天；也可写 昨天、12月1日", En: "empty for today; or yesterday, 2026-12-01"},
	Summary:     model.Text{Zh: "做了什么、客户是否满意", En: "what was done, and whether the customer is satisfied"},
	PlanOwn:     model.Text{Zh: "%s的计划：%s；自定时在下面填间隔", En: "the %s level's plan: %s; for their own, fill in below"},
	Days:        model.Text{Zh: "天数，如 14、2w；留空或 0 表示不安排", En: "days, e.g. 14 or 2w; empty or 0 for none"},
	Lead:        model.Text{Zh: "0 到 60；0 表示当天提醒", En: "0 to 60; 0 is on the day"},
	HolidayDays: model.Text{Zh: "农历节日逐年写 YYYY-MM-DD；每年固定的写 MM-DD", En: "YYYY-MM-DD for each year of a lunar holiday; MM-DD if fixed"},
	Repeat:      model.Text{Zh: "留空为一次；如 1w、2w、1m、每年", En: "empty for once; e.g. 1w, 2w, 1m, yearly"},
	NextOn:      model.Text{Zh: "可留空；填了就加一条提醒", En: "optional; a day adds a reminder"},
	ReferredBy:  model.Text{Zh: "客户簿里的姓名、电话或编号会连到他的档案", En: "a name, phone or id in the book links their archive"},
	Source:      model.Text{Zh: "如 转介绍、展会、网站", En: "e.g. referral, trade fair, website"},
	ShortName:   model.Text{Zh: "空着则自动去掉地区和“有限公司”等", En: "empty: name without region and legal form"},
	Size:        model.Text{Zh: "大、中、小", En: "large, medium, small"},
	OptAmount:   model.Text{Zh: "可留空；如 500万", En: "optional; e.g. 5,000,000"},
}
