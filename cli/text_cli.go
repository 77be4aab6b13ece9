package cli

import "guanxi/model"

// cliTexts are the messages of guanxi cli.
type cliTexts struct {
	LangTakesZh     model.Text
	CannotFindWhere model.Text
	BookCouldBe     model.Text
	WasWrittenBy    model.Text
	NotGuanxiBook   model.Text
	CannotOpenBook  model.Text
}

var cliText = cliTexts{
	LangTakesZh:     model.Text{Zh: "--lang 只能是 zh 或 en，而不是“%s”", En: "--lang takes zh or en, not %q"},
	CannotFindWhere: model.Text{Zh: "找不到默认的客户簿位置，请用 --db 指定：%v", En: "cannot find where the book lives; give it with --db (%v)"},
	BookCouldBe:     model.Text{Zh: "客户簿 %s 原来别人也能读（%v），现已改为只有你能读写（-rw-------）", En: "the book %s could be read by others (%v); it is now yours alone (-rw-------)"},
	WasWrittenBy:    model.Text{Zh: "%s 是较新版本的 guanxi 写的客户簿，请先升级 guanxi；文件未作任何改动", En: "%s was written by a newer version of guanxi: update guanxi to open it (the file was not changed)"},
	NotGuanxiBook:   model.Text{Zh: "%s 不是 guanxi 客户簿，或者已经损坏；文件未作任何改动", En: "%s is not a guanxi book, or it is damaged; the file was not changed"},
	CannotOpenBook:  model.Text{Zh: "无法打开客户簿 %s：%v", En: "cannot open the book %s: %v"},
}
