package kit

import "guanxi/model"

// ClassesTexts are the texts of a customer's classes and their thresholds.
type ClassesTexts struct {
	Abc          model.Text
	Tenure       model.Text
	Lapse        model.Text
	Activity     model.Text
	Quadrant     model.Text
	Suggested    model.Text
	NoSuggestion model.Text
	Take         model.Text
}

var classesTexts = ClassesTexts{
	Abc:          model.Text{Zh: "价值", En: "Value"},
	Tenure:       model.Text{Zh: "新老", En: "Tenure"},
	Lapse:        model.Text{Zh: "往来", En: "Dealing"},
	Activity:     model.Text{Zh: "活跃度", En: "Activity"},
	Quadrant:     model.Text{Zh: "钱与忠诚", En: "Quadrant"},
	Suggested:    model.Text{Zh: "建议级别", En: "Suggested"},
	NoSuggestion: model.Text{Zh: "无", En: "none"},
	Take:         model.Text{Zh: "按 a 采纳，改为%s", En: "press a to take it: %s"},
}
