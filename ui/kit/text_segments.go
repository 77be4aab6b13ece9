package kit

import "guanxi/model"

// SegmentsTexts are the texts of saved lists.
type SegmentsTexts struct {
	Title     model.Text
	All       model.Text
	SaveTyped model.Text
	None      model.Text
	Keys      model.Text
	Confirm   model.Text
	Bad       model.Text
	Deleted   model.Text
	Active    model.Text
	Matches   Counted
	Working   model.Text
	ErrAt     model.Text
	NeedQuery model.Text
}

var segmentsTexts = SegmentsTexts{
	Title:     model.Text{Zh: "动态列表", En: "Dynamic lists"},
	All:       model.Text{Zh: "全部客户", En: "All customers"},
	SaveTyped: model.Text{Zh: "把当前条件保存为列表…", En: "Save the current query as a list…"},
	None:      model.Text{Zh: "还没有保存的列表：在搜索框输入条件（如 level:vip region:上海），再按 ctrl+s 保存。", En: "No saved lists yet: type a query in the search (e.g. level:vip region:上海), then press ctrl+s."},
	Keys:      model.Text{Zh: "enter 选用 · ctrl+x 删除 · esc 关闭", En: "enter use · ctrl+x delete · esc close"},
	Confirm:   model.Text{Zh: "再按一次 ctrl+x 删除“%s”", En: "press ctrl+x again to delete %q"},
	Bad:       model.Text{Zh: "条件有误", En: "bad query"},
	Deleted:   model.Text{Zh: "已删除列表“%s”", En: "Deleted the list %q"},
	Active:    model.Text{Zh: "列表：%s", En: "List: %s"},
	Matches:   counted("符合条件 %d 位 · ctrl+s 保存为列表 · ctrl+g 已存列表", "%d match · ctrl+s save as a list · ctrl+g saved lists", "%d matches · ctrl+s save as a list · ctrl+g saved lists"),
	Working:   model.Text{Zh: "正在筛选…", En: "Filtering…"},
	ErrAt:     model.Text{Zh: "第 %d 个字符处：", En: "at character %d: "},
	NeedQuery: model.Text{Zh: "先在搜索框输入条件（如 level:vip），再按 ctrl+s 保存", En: "Type a query in the search first (e.g. level:vip), then press ctrl+s"},
}
