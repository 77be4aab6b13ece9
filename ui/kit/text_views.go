package kit

import "guanxi/model"

// ViewsTexts are the texts of the names of the top-level views.
type ViewsTexts struct {
	List         model.Text
	Followup     model.Text
	Catalog      model.Text
	Detail       model.Text
	Analysis     model.Text
	PlanSettings model.Text
	Trash        model.Text
}

var viewsTexts = ViewsTexts{
	List:         model.Text{Zh: "客户", En: "Customers"},
	Followup:     model.Text{Zh: "今日跟进", En: "Follow-up"},
	Catalog:      model.Text{Zh: "性格类型", En: "Personality types"},
	Detail:       model.Text{Zh: "客户档案", En: "Customer"},
	Analysis:     model.Text{Zh: "分析", En: "Analysis"},
	PlanSettings: model.Text{Zh: "拜访计划与节日", En: "Plans and holidays"},
	Trash:        model.Text{Zh: "回收站", En: "Trash"},
}
