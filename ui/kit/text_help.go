package kit

import "guanxi/model"

// HelpTexts are the texts of the help overlay.
type HelpTexts struct {
	Title  model.Text
	Close  model.Text
	Page   model.Text // the help in pages: which page of how many, and the keys that turn them
	Global model.Text
}

var helpTexts = HelpTexts{
	Title:  model.Text{Zh: "按键说明", En: "Keys"},
	Close:  model.Text{Zh: "按任意键关闭", En: "press any key to close"},
	Page:   model.Text{Zh: "第 %d/%d 页 · pgdn 下一页 · pgup 上一页 · 其他键关闭", En: "page %d of %d · pgdn next · pgup back · any other key closes"},
	Global: model.Text{Zh: "全局", En: "Everywhere"},
}
