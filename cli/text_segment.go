package cli

import "guanxi/model"

// segmentTexts are the messages of guanxi segment.
type segmentTexts struct {
	Short                  model.Text
	NoSavedList            model.Text
	QueryWrongAt           model.Text
	DeleteSavedList        model.Text
	UsageGuanxiSegment     model.Text
	DeletedList            model.Text
	ListShort              model.Text
	NoSavedLists           model.Text
	Customers              model.Text
	Query                  model.Text
	KeepQueryUnder         model.Text
	UsageGuanxiSegmentSave model.Text
	ListName               model.Text
	SavedListCustomers     model.Text
}

var segmentText = segmentTexts{
	Short:                  model.Text{Zh: "动态客户列表：按条件保存、列出（带人数）、删除", En: "dynamic lists: save a query under a name, list them with counts, delete"},
	NoSavedList:            model.Text{Zh: "没有叫“%s”的列表（guanxi segment list 查看已保存的列表）", En: "no saved list is called %q (guanxi segment list shows them)"},
	QueryWrongAt:           model.Text{Zh: "条件第 %d 个字符处有误：%s", En: "the query is wrong at character %d: %s"},
	DeleteSavedList:        model.Text{Zh: "删除一个保存的列表", En: "delete a saved list"},
	UsageGuanxiSegment:     model.Text{Zh: "用法：guanxi segment delete 名称", En: "usage: guanxi segment delete NAME"},
	DeletedList:            model.Text{Zh: "已删除列表“%s”", En: "deleted the list %q"},
	ListShort:              model.Text{Zh: "列出保存的列表和各自的人数", En: "the saved lists with how many customers each holds"},
	NoSavedLists:           model.Text{Zh: "还没有保存的列表。用 guanxi segment save 名称 条件 保存一个。", En: "No saved lists yet. Save one with guanxi segment save NAME QUERY."},
	Customers:              model.Text{Zh: "客户数", En: "CUSTOMERS"},
	Query:                  model.Text{Zh: "条件", En: "QUERY"},
	KeepQueryUnder:         model.Text{Zh: "把一个条件保存为列表，例如 guanxi segment save 上海大客户 'region:上海 abc:A'", En: "keep a query under a name, e.g. guanxi segment save bigshanghai 'region:上海 abc:A'"},
	UsageGuanxiSegmentSave: model.Text{Zh: "用法：guanxi segment save 名称 条件，例如 guanxi segment save 上海大客户 'region:上海 abc:A'", En: "usage: guanxi segment save NAME QUERY, e.g. guanxi segment save bigshanghai 'region:上海 abc:A'"},
	ListName:               model.Text{Zh: "列表名：%s", En: "list name: %s"},
	SavedListCustomers:     model.Text{Zh: "已保存列表“%s”：现有 %d 位客户", En: "saved the list %q: %d customers now"},
}
