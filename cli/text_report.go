package cli

import "guanxi/model"

// reportTexts are the messages of guanxi report.
type reportTexts struct {
	Count                  model.Text
	Short                  model.Text
	AnalysisCustomers      model.Text
	ValueClassesB          model.Text
	Top                    model.Text
	ParetoCustomersRevenue model.Text
	ByRelationship         model.Text
	DormantOneDeal         model.Text
	Orders                 model.Text
	LastYearTop            model.Text
	ThisYearTop            model.Text
	LargeCustomersBuying   model.Text
	Products               model.Text
	MoneyOwedBy            model.Text
	Deals                  model.Text
	Oldest                 model.Text
	ComplainedMoreThan     model.Text
	Complaints             model.Text
	None                   model.Text
	More                   model.Text
	NoDeals                model.Text
}

var reportText = reportTexts{
	Count:                  model.Text{Zh: "%d 位", En: "%d"},
	Short:                  model.Text{Zh: "客户分析：A/B/C、新老客户、休眠与流失、前十名、应收账款等", En: "the analysis: A/B/C, old and new, dormant and lost, top ten, money owed and more"},
	AnalysisCustomers:      model.Text{Zh: "客户分析 · %s · %d 位客户", En: "Analysis · %s · %d customers"},
	ValueClassesB:          model.Text{Zh: "A/B/C 价值分类（%s成交 %s；A类前 %s%%，B类其后 %s%%）", En: "Value classes A/B/C (revenue in %s %s; A the top %s%%, B the next %s%%)"},
	Top:                    model.Text{Zh: "前 %d%% → %.0f%%", En: "top %d%% → %.0f%%"},
	ParetoCustomersRevenue: model.Text{Zh: "帕累托（客户 → 成交额）：", En: "Pareto (customers → revenue): "},
	ByRelationship:         model.Text{Zh: "按关系", En: "By relationship"},
	DormantOneDeal:         model.Text{Zh: "休眠客户：只成交一次，已 %d 天以上（%d 位）", En: "Dormant: one deal only, %d days or more ago (%d)"},
	Orders:                 model.Text{Zh: "累计成交", En: "orders"},
	LastYearTop:            model.Text{Zh: "去年（%d）前十名，今年如何", En: "Last year's (%d) top ten, this year"},
	ThisYearTop:            model.Text{Zh: "今年（%d）前十名", En: "This year's (%d) top ten"},
	LargeCustomersBuying:   model.Text{Zh: "只买一两种产品的大客户（A、B类成交额最高的 %d 位中有 %d 位）", En: "Large customers buying one or two products (%[2]d of the top %[1]d in A and B)"},
	Products:               model.Text{Zh: "%d 种产品", En: "%d products"},
	MoneyOwedBy:            model.Text{Zh: "应收账款按账龄（自成交日算，共 %s）", En: "Money owed by age (days since the deal; %s in all)"},
	Deals:                  model.Text{Zh: "%d 笔", En: "%d deals"},
	Oldest:                 model.Text{Zh: "最早 %s", En: "oldest %s"},
	ComplainedMoreThan:     model.Text{Zh: "近 12 个月投诉不止一次的客户（%d 位）", En: "Complained more than once in the last 12 months (%d)"},
	Complaints:             model.Text{Zh: "投诉 %d 次", En: "%d complaints"},
	None:                   model.Text{Zh: "  （没有）", En: "  (none)"},
	More:                   model.Text{Zh: "  ……另有 %d 位", En: "  … and %d more"},
	NoDeals:                model.Text{Zh: "  （没有成交）", En: "  (no deals)"},
}
