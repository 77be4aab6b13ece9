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

// The heads of the columns that show a customer's fields are those fields' names in the forms.
var columnsTexts = ColumnsTexts{
	Name:    fieldsTexts.Name,
	Company: fieldsTexts.Company,
	Level:   fieldsTexts.Level,
	Stage:   fieldsTexts.Stage,
	Last:    model.Text{Zh: "上次联系", En: "Contacted"},
	Next:    model.Text{Zh: "下次联系", En: "Contact by"},
	Types:   model.Text{Zh: "性格", En: "Types"},
}
