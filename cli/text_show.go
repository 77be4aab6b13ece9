package cli

import "guanxi/model"

// showTexts are the messages of guanxi show.
type showTexts struct {
	Level                  model.Text
	Short                  model.Text
	Owed                   model.Text
	Orders                 model.Text
	FirstDeal              model.Text
	LastContact            model.Text
	Who                    model.Text
	Principle              model.Text
	NextVisit              model.Text
	NextCall               model.Text
	PersonalityHowApproach model.Text
	NoContactsDeals        model.Text
	RemindersDoneLately    model.Text
	Done                   model.Text
	PaymentsReceived       model.Text
	ReplyBy                model.Text
	LikelyBadFaith         model.Text
	HandledBy              model.Text
	Resolved               model.Text
	NotCatalog             model.Text
	Note                   model.Text
	BirthdayPrefix         model.Text
	CreditDueOwed          model.Text
}

var showText = showTexts{
	Level:                  model.Text{Zh: "级别：", En: "Level: "},
	Short:                  model.Text{Zh: "一位客户的完整档案", En: "the whole archive of one customer"},
	Owed:                   model.Text{Zh: "（欠款 %s）", En: " (owed %s)"},
	Orders:                 model.Text{Zh: "订货总额", En: "Orders"},
	FirstDeal:              model.Text{Zh: "首次成交", En: "First deal"},
	LastContact:            model.Text{Zh: "上次联系", En: "Last contact"},
	Who:                    model.Text{Zh: "特点", En: "Who"},
	Principle:              model.Text{Zh: "原则", En: "Principle"},
	NextVisit:              model.Text{Zh: "下次拜访", En: "Next visit"},
	NextCall:               model.Text{Zh: "下次电话", En: "Next call"},
	PersonalityHowApproach: model.Text{Zh: "性格类型与应对", En: "Personality and how to approach"},
	NoContactsDeals:        model.Text{Zh: "还没有联系或成交记录。", En: "No contacts or deals logged yet."},
	RemindersDoneLately:    model.Text{Zh: "最近完成的提醒（guanxi remind edit ID --reopen 重新打开）", En: "Reminders done lately (guanxi remind edit ID --reopen opens one again)"},
	Done:                   model.Text{Zh: "%s 完成", En: "done %s"},
	PaymentsReceived:       model.Text{Zh: "收款", En: "Payments received"},
	ReplyBy:                model.Text{Zh: "，%s 前答复（%s）", En: ", reply by %s (%s)"},
	LikelyBadFaith:         model.Text{Zh: "，疑似恶意", En: ", likely in bad faith"},
	HandledBy:              model.Text{Zh: "处理人：", En: "Handled by: "},
	Resolved:               model.Text{Zh: "%s 解决：", En: "Resolved %s: "},
	NotCatalog:             model.Text{Zh: "（目录里没有这个类型）", En: "(not in the catalog)"},
	Note:                   model.Text{Zh: "备注：", En: "Note: "},
	BirthdayPrefix:         model.Text{Zh: "生日 ", En: "Birthday "},
	CreditDueOwed:          model.Text{Zh: "（赊销，%s 到期，未付 %s）", En: " (credit, due %s, %s owed)"},
}
