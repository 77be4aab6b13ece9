package kit

import "guanxi/model"

// FollowupTexts are the texts of the follow-up checklist.
type FollowupTexts struct {
	Empty          model.Text
	Never          model.Text
	NeverContacted model.Text
	LastContact    model.Text
	Holidays       model.Text
	HolidayCard    model.Text
	HolidayAdvice  model.Text
	GoodFaith      model.Text
	BadFaith       model.Text
	PayOldest      model.Text
	PayDeal        model.Text
	PlanLevel      model.Text
	PlanOwn        model.Text
	PlanPaused     model.Text
	HeaderAll      model.Text
	Counting       model.Text
	LastVisit      model.Text
	LastCall       model.Text
	NeverVisited   model.Text
	NeverCalled    model.Text
}

var followupTexts = FollowupTexts{
	Empty:          model.Text{Zh: "接下来 %d 天没有待办。好好休息，或去列表里找个老客户聊聊。", En: "Nothing due in the next %d days. Time to call an old customer from the list."},
	Never:          model.Text{Zh: "从未联系", En: "never"},
	NeverContacted: model.Text{Zh: "从未联系", En: "never contacted"},
	LastContact:    model.Text{Zh: "上次 ", En: "last "},
	Holidays:       model.Text{Zh: "节日问候", En: "Holiday greetings"},
	HolidayCard:    model.Text{Zh: "节日问候", En: "Holiday greeting"},
	HolidayAdvice:  model.Text{Zh: "给重要客户送上节日问候：电话、微信或上门都行，挑他们习惯的方式。发完按 x 标记已发送；在客户列表里按级别筛选，挑出要问候的人。", En: "Send your important customers a greeting: a call, a WeChat message or a visit, whichever they are used to. Press x once sent; filter the customer list by level to pick whom to greet."},
	GoodFaith:      model.Text{Zh: "善意投诉", En: "In good faith"},
	BadFaith:       model.Text{Zh: "疑似恶意", En: "Likely in bad faith"},
	PayOldest:      model.Text{Zh: "按到期先后冲抵（共欠 %s）", En: "Oldest due first (%s owed in all)"},
	PayDeal:        model.Text{Zh: "%s · 欠 %s · %s 到期", En: "%s · %s owed · due %s"},
	PlanLevel:      model.Text{Zh: "按级别的计划", En: "The level's plan"},
	PlanOwn:        model.Text{Zh: "本客户自定", En: "A plan of their own"},
	PlanPaused:     model.Text{Zh: "暂停拜访", En: "Paused"},
	HeaderAll:      model.Text{Zh: "今天 %s · 今日 %d 项 · 逾期 %d 项 · 共 %d 项", En: "Today %s · %d due today · %d overdue · %d in all"},
	Counting:       model.Text{Zh: "今天 %s · 正在清点全部待办…", En: "Today %s · counting everything due…"},
	LastVisit:      model.Text{Zh: "上次拜访 ", En: "visited "},
	LastCall:       model.Text{Zh: "上次电话 ", En: "called "},
	NeverVisited:   model.Text{Zh: "从未拜访", En: "never visited"},
	NeverCalled:    model.Text{Zh: "从未通话", En: "never called"},
}
