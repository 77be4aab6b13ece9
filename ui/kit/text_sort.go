package kit

import "guanxi/model"

// SortTexts are the texts of the list's orders.
type SortTexts struct {
	NextDue     model.Text
	Name        model.Text
	LastContact model.Text
	Level       model.Text
	Revenue     model.Text
}

var sortTexts = SortTexts{
	NextDue:     model.Text{Zh: "下次联系", En: "next contact"},
	Name:        model.Text{Zh: "姓名", En: "name"},
	LastContact: model.Text{Zh: "上次联系", En: "last contact"},
	Level:       model.Text{Zh: "级别", En: "level"},
	Revenue:     model.Text{Zh: "成交额", En: "revenue"},
}
