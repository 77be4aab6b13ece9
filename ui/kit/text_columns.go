package kit

import "guanxi/model"

// ColumnsTexts are the texts of the customer list's column heads.
type ColumnsTexts struct {
	Name    model.Text
	Company model.Text
	Level   model.Text
	Stage   model.Text
	Last    model.Text
	Next    model.Text
	Types   model.Text
}

var columnsTexts = ColumnsTexts{
	Name:    model.Text{Zh: "姓名/名称", En: "Name"},
	Company: model.Text{Zh: "公司", En: "Company"},
	Level:   model.Text{Zh: "级别", En: "Level"},
	Stage:   model.Text{Zh: "阶段", En: "Stage"},
	Last:    model.Text{Zh: "上次联系", En: "Contacted"},
	Next:    model.Text{Zh: "下次联系", En: "Contact by"},
	Types:   model.Text{Zh: "性格", En: "Types"},
}
