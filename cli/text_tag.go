package cli

import "guanxi/model"

// tagTexts are the messages of guanxi tag.
type tagTexts struct {
	Short                  model.Text
	PersonalityTypeCode    model.Text
	TagThisContact         model.Text
	Note                   model.Text
	GivePersonalityType    model.Text
	TaggedAs               model.Text
	HasNoContacts          model.Text
	HasNoContact           model.Text
	MatchesSeveralContacts model.Text
}

var tagText = tagTexts{
	Short:                  model.Text{Zh: "给客户或其联系人标上性格类型", En: "tag a customer or one of their contacts with a personality type"},
	PersonalityTypeCode:    model.Text{Zh: "性格类型 `T`（代码或中文名）", En: "personality type `T` (code or Chinese name)"},
	TagThisContact:         model.Text{Zh: "标注这位联系人 `NAME`（姓名或编号），而不是客户本人", En: "tag this contact `NAME` (name or id) instead of the customer"},
	Note:                   model.Text{Zh: "备注 `TEXT`", En: "a note on it `TEXT`"},
	GivePersonalityType:    model.Text{Zh: "请用 --type 给出性格类型", En: "give the personality type with --type"},
	TaggedAs:               model.Text{Zh: "已将 %s 标为%s。", En: "Tagged %s as %s."},
	HasNoContacts:          model.Text{Zh: "%s 还没有联系人", En: "%s has no contacts yet"},
	HasNoContact:           model.Text{Zh: "%s 没有叫“%s”的联系人；现有：%s", En: "%s has no contact %q; the contacts are: %s"},
	MatchesSeveralContacts: model.Text{Zh: "“%s”对应多位联系人，请改用编号：%s", En: "%q matches several contacts; use the id: %s"},
}
