package kit

import "guanxi/model"

// CatalogTexts are the texts of the personality catalog.
type CatalogTexts struct {
	Filter        model.Text
	FilterHint    model.Text
	Count         model.Text
	Nomatch       model.Text
	Empty         model.Text
	Customized    model.Text
	Own           model.Text
	Carriers      model.Text
	CarriersOne   model.Text
	NoCarriers    model.Text
	CarriersOpen  model.Text
	CarriersHead  model.Text
	CarriersMore  model.Text
	CarriersBack  model.Text
	Of            model.Text
	LoadingPeople model.Text
	NobodyToOpen  model.Text
	BuiltinStays  model.Text
	OwnNoDefault  model.Text
	IsDefault     model.Text
}

var catalogTexts = CatalogTexts{
	Filter:        model.Text{Zh: "筛选：", En: "Filter: "},
	FilterHint:    model.Text{Zh: "按 / 筛选（名称、代码、特点）", En: "press / to filter (name, code, traits)"},
	Count:         model.Text{Zh: "%d / %d 种", En: "%d of %d types"},
	Nomatch:       model.Text{Zh: "没有匹配的类型。按 esc 清除筛选，或按 n 新建一个。", En: "No type matches. Press esc to clear the filter, or n to add one."},
	Empty:         model.Text{Zh: "目录里还没有类型。按 n 新建一个。", En: "The catalog has no types. Press n to add one."},
	Customized:    model.Text{Zh: "已修改", En: "edited"},
	Own:           model.Text{Zh: "自定义", En: "your own"},
	Carriers:      model.Text{Zh: "%d 人：", En: "%d people: "},
	CarriersOne:   model.Text{Zh: "1 人：", En: "1 person: "},
	NoCarriers:    model.Text{Zh: "还没有人带着这个类型。", En: "Nobody carries this type yet."},
	CarriersOpen:  model.Text{Zh: "  enter 查看", En: "  enter to see them"},
	CarriersHead:  model.Text{Zh: "带着「%s」的人（%d）", En: "People who carry %s (%d)"},
	CarriersMore:  model.Text{Zh: "……另有 %d 人未列出", En: "… and %d more not listed"},
	CarriersBack:  model.Text{Zh: "enter 打开客户 · esc 返回类型", En: "enter opens the customer · esc back to the types"},
	Of:            model.Text{Zh: "%s（%s）", En: "%s (%s)"},
	LoadingPeople: model.Text{Zh: "正在读取带着这个类型的人…", En: "Loading who carries this type…"},
	NobodyToOpen:  model.Text{Zh: "还没有人带着这个类型：在客户档案里按 t 标注。", En: "Nobody carries this type yet: press t in a customer's archive to tag one."},
	BuiltinStays:  model.Text{Zh: "内置类型不能删除；可以按 e 编辑，或按 R 恢复默认。", En: "A built-in type cannot be removed; press e to edit it or R to restore its default."},
	OwnNoDefault:  model.Text{Zh: "这是你自己加的类型，没有默认内容可恢复。", En: "This type is your own: it has no default to restore."},
	IsDefault:     model.Text{Zh: "这个类型已是默认内容。", En: "This type is already as it came."},
}
