package kit

import "guanxi/model"

// ConfirmTexts are the texts of the confirmation box.
type ConfirmTexts struct {
	Keys        model.Text
	Restore     model.Text
	RestoreBody model.Text
	Remove      model.Text
	RemoveNone  model.Text
	RemoveUsed  model.Text
	RemoveMaybe model.Text
}

var confirmTexts = ConfirmTexts{
	Keys:        model.Text{Zh: "y/enter 确定 · n/esc 取消", En: "y/enter yes · n/esc no"},
	Restore:     model.Text{Zh: "恢复「%s」的默认内容？", En: "Restore %s to its default?"},
	RestoreBody: model.Text{Zh: "你改过的名称、特点、应对和避免会换回出厂时的文字。带着这个类型的人和他们的说明不变。", En: "The names, traits, approach and avoid texts you changed go back to how they came. The people who carry it and their notes stay."},
	Remove:      model.Text{Zh: "删除类型「%s」？", En: "Remove the type %s?"},
	RemoveNone:  model.Text{Zh: "还没有人带着这个类型。", En: "Nobody carries this type."},
	RemoveUsed:  model.Text{Zh: "有 %d 人带着它：%s。他们身上的这个标注会去掉；标注的说明会写进各自的备注里，不会丢失。", En: "%d people carry it: %s. The tag comes off them; each tag's note is written into that person's notes, so nothing is lost."},
	RemoveMaybe: model.Text{Zh: "带着它的人会去掉这个标注；标注的说明会写进各自的备注里，不会丢失。", En: "Anyone who carries it loses the tag; each tag's note is written into that person's notes, so nothing is lost."},
}
