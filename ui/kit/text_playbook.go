package kit

import "guanxi/model"

// PlaybookTexts are the texts of the personality advice card.
type PlaybookTexts struct {
	NoType     model.Text
	Typologies model.Text
	Untyped    model.Text
	Scroll     model.Text
	Colon      model.Text
}

var playbookTexts = PlaybookTexts{
	NoType:     model.Text{Zh: "还没有性格类型。按 t 设置，读一读该怎么和他打交道。", En: "No personality type yet. Press t to set one and read how to deal with them."},
	Typologies: model.Text{Zh: "可选分类：", En: "Typologies: "},
	Untyped:    model.Text{Zh: "还没有性格类型：%s · 按 t 设置", En: "No personality type yet: %s · press t to set one"},
	Scroll:     model.Text{Zh: "[ ] 翻看 %d/%d", En: "[ ] more %d/%d"},
	Colon:      model.Text{Zh: "：", En: ": "},
}
