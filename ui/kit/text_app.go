package kit

import "guanxi/model"

// AppTexts are the texts of the program's name.
type AppTexts struct {
	Name model.Text
}

var appTexts = AppTexts{
	Name: model.Text{Zh: "关系 guanxi", En: "guanxi 关系"},
}
