package kit

import "guanxi/model"

// HelpTexts are the texts of the help overlay.
type HelpTexts struct {
	Title  model.Text
	Close  model.Text
	Global model.Text
}

var helpTexts = HelpTexts{
	Title:  model.Text{Zh: "按键说明", En: "Keys"},
	Close:  model.Text{Zh: "按任意键关闭", En: "press any key to close"},
	Global: model.Text{Zh: "全局", En: "Everywhere"},
}
