package cli

import "guanxi/model"

// listTexts are the messages of guanxi list.
type listTexts struct {
	Short                 model.Text
	SearchAsList          model.Text
	OnlyLevelCode         model.Text
	OnlyStage             model.Text
	OnlyPersonalityType   model.Text
	OrderBy               model.Text
	OnlySavedList         model.Text
	OnlyCustomersMatching model.Text
	SortUnknownOrder      model.Text
	Level                 model.Text
	Stage                 model.Text
	LastContact           model.Text
	NextContact           model.Text
	NoCustomersMatch      model.Text
	Customer              model.Text
	Customers             model.Text
}

var listText = listTexts{
	Short:                 model.Text{Zh: "列出客户，可搜索和筛选", En: "list customers, searched and filtered"},
	SearchAsList:          model.Text{Zh: "搜索 `Q`，和列表里的搜索一样：姓名及其拼音和首字母、公司、电话、邮箱、微信、标签、地区、行业、联系人、备注和联系记录", En: "search for `Q` as the list does: names with their pinyin and initials, company, phone, email, WeChat, tags, region, industry, contacts, notes and logged contacts"},
	OnlyLevelCode:         model.Text{Zh: "只看级别 `L`（代码或中文名）", En: "only level `L` (code or Chinese name)"},
	OnlyStage:             model.Text{Zh: "只看阶段 `S`", En: "only stage `S`"},
	OnlyPersonalityType:   model.Text{Zh: "只看性格类型 `T`", En: "only personality type `T`"},
	OrderBy:               model.Text{Zh: "排序 `KEY`：%s", En: "order by `KEY`: %s"},
	OnlySavedList:         model.Text{Zh: "只看已保存的列表 `NAME`（guanxi segment list 查看）", En: "only the saved list `NAME` (see guanxi segment list)"},
	OnlyCustomersMatching: model.Text{Zh: "按条件 `QUERY` 筛选，如 'level:vip orders_12m>50万'", En: "only customers matching `QUERY`, e.g. 'level:vip orders_12m>50万'"},
	SortUnknownOrder:      model.Text{Zh: "--sort：未知的排序“%s”；可选：%s", En: "--sort: unknown order %q; use one of %s"},
	Level:                 model.Text{Zh: "级别", En: "LEVEL"},
	Stage:                 model.Text{Zh: "阶段", En: "STAGE"},
	LastContact:           model.Text{Zh: "上次联系", En: "LAST CONTACT"},
	NextContact:           model.Text{Zh: "下次联系", En: "NEXT CONTACT"},
	NoCustomersMatch:      model.Text{Zh: "没有符合条件的客户。", En: "No customers match."},
	Customer:              model.Text{Zh: "共 1 位客户", En: "1 customer"},
	Customers:             model.Text{Zh: "共 %d 位客户", En: "%d customers"},
}
