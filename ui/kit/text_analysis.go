package kit

import "guanxi/model"

// AnalysisTexts are the texts of the analysis screen.
type AnalysisTexts struct {
	Loading    model.Text
	Head       model.Text
	Abc        model.Text
	People     model.Text
	Pareto     model.Text
	Top        model.Text
	Levels     model.Text
	Stages     model.Text
	Relations  model.Text
	Tenure     model.Text
	Old        model.Text
	New        model.Text
	None       model.Text
	OfRevenue  model.Text
	Dormant    model.Text
	Lost       model.Text
	Orders     model.Text
	TopLast    model.Text
	TopThis    model.Text
	NoDeals    model.Text
	Few        model.Text
	Products   Counted
	Owed       model.Text
	Deals      Counted
	Since      model.Text
	Complained model.Text
	Times      Counted
	Nobody     model.Text
	More       model.Text
	Keys       model.Text
}

var analysisTexts = AnalysisTexts{
	Loading:    model.Text{Zh: "正在分析…", En: "Analysing…"},
	Head:       model.Text{Zh: "客户分析 · %s · %d 位客户 · %s成交 %s", En: "Analysis · %s · %d customers · revenue in %s %s"},
	Abc:        model.Text{Zh: "A/B/C 价值分类（A类前 %s%%，B类其后 %s%%）", En: "Value classes A/B/C (A the top %s%%, B the next %s%%)"},
	People:     model.Text{Zh: "%d 位", En: "%d"},
	Pareto:     model.Text{Zh: "帕累托：成交额最高的前百分之几的客户，贡献了多少成交额", En: "Pareto: the share of revenue the top customers bring"},
	Top:        model.Text{Zh: "前 %3d%% 客户", En: "top %3d%%"},
	Levels:     model.Text{Zh: "按级别", En: "By level"},
	Stages:     model.Text{Zh: "按阶段", En: "By stage"},
	Relations:  model.Text{Zh: "按关系深度", En: "By relationship"},
	Tenure:     model.Text{Zh: "老客户分析（首单满 %d 天为老客户）", En: "Old customers (first deal %d days ago or more)"},
	Old:        model.Text{Zh: "老客户", En: "Old"},
	New:        model.Text{Zh: "新客户", En: "New"},
	None:       model.Text{Zh: "未成交", En: "No deal yet"},
	OfRevenue:  model.Text{Zh: "占成交额 %.1f%%", En: "%.1f%% of revenue"},
	Dormant:    model.Text{Zh: "休眠客户：只成交过一次，已 %d 天以上（%d 位）", En: "Dormant: one deal only, %d days or more ago (%d)"},
	Lost:       model.Text{Zh: "流失客户：%d 天以上无成交也无联系（%d 位）", En: "Lost: no deal and no contact for %d days (%d)"},
	Orders:     model.Text{Zh: "累计 ", En: "orders "},
	TopLast:    model.Text{Zh: "去年（%d）前十名，今年（%d）如何", En: "Last year's (%d) top ten, and in %d"},
	TopThis:    model.Text{Zh: "今年（%d）前十名，去年（%d）如何", En: "This year's (%d) top ten, and in %d"},
	NoDeals:    model.Text{Zh: "（这一年没有成交）", En: "(no deals that year)"},
	Few:        model.Text{Zh: "只买一两种产品的大客户（A、B类前 %d 位中有 %d 位）", En: "Large customers buying one or two products (of the top %d in A and B: %d)"},
	Products:   counted("%d 种产品", "%d product", "%d products"),
	Owed:       model.Text{Zh: "应收账款按账龄（自成交日算，共 %s）", En: "Money owed by age, from the day of the deal (%s in all)"},
	Deals:      counted("%d 笔", "%d deal", "%d deals"),
	Since:      model.Text{Zh: "最早 %s", En: "since %s"},
	Complained: model.Text{Zh: "近 12 个月投诉不止一次（%d 位）", En: "Complained more than once in 12 months (%d)"},
	Times:      counted("投诉 %d 次", "%d complaint", "%d complaints"),
	Nobody:     model.Text{Zh: "（没有）", En: "(none)"},
	More:       model.Text{Zh: "……另有 %d 位；在客户列表里输入条件可列出全部", En: "… %d more; type a query in the customer list to see them all"},
	Keys:       model.Text{Zh: "↑↓ 选择客户 · enter 打开档案 · e 改分类门槛", En: "↑↓ choose a customer · enter open · e change the thresholds"},
}
