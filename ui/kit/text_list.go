package kit

import "guanxi/model"

// ListTexts are the texts of the customer list.
type ListTexts struct {
	DatesNote      model.Text
	Search         model.Text
	SearchHint     model.Text
	Count          model.Text
	Empty          model.Text
	Nomatch        model.Text
	Loading        model.Text
	Sort           model.Text
	Filter         model.Text
	CountFirst     model.Text
	SearchingNotes model.Text
	NotesBusy      model.Text
	NotesFailed    model.Text
}

var listTexts = ListTexts{
	DatesNote:      model.Text{Zh: "上次联系：最后记下的一次联系，任何方式。下次联系：计划的拜访、电话和提醒中最早的一天；投诉答复、收款和问候见今日跟进。", En: "Contacted: the last contact logged, any way. Contact by: the earliest planned visit, call or reminder; complaint replies, payments and greetings are in the follow-up."},
	Search:         model.Text{Zh: "搜索：", En: "Search: "},
	SearchHint:     model.Text{Zh: "输入姓名、拼音、公司或电话", En: "type a name, pinyin, company or phone"},
	Count:          model.Text{Zh: "%d / %d 位客户", En: "%d of %d customers"},
	Empty:          model.Text{Zh: "还没有客户。按 ctrl+n 添加第一位。", En: "No customers yet. Press ctrl+n to add the first."},
	Nomatch:        model.Text{Zh: "没有找到匹配的客户。按 esc 清除搜索。", En: "No customer matches. Press esc to clear the search."},
	Loading:        model.Text{Zh: "正在读取…", En: "Loading…"},
	Sort:           model.Text{Zh: "排序：", En: "Sort: "},
	Filter:         model.Text{Zh: "级别：", En: "Level: "},
	CountFirst:     model.Text{Zh: "%d 位客户 · 载入中…", En: "%d customers · loading…"},
	SearchingNotes: model.Text{Zh: "正在查找备注和联系记录…", En: "Searching notes and logged contacts…"},
	NotesBusy:      model.Text{Zh: " · 查备注…", En: " · notes…"},
	NotesFailed:    model.Text{Zh: " · 备注未能查找", En: " · notes not searched"},
}
