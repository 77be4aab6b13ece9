package cli

import "guanxi/model"

// classesTexts are the messages of guanxi classes.
type classesTexts struct {
	None                      model.Text
	Short                     model.Text
	ChangeThresholdRepeatable model.Text
	TakeSuggestedLevels       model.Text
	MovedCustomersTheir       model.Text
	Setting                   model.Text
	Value                     model.Text
	Meaning                   model.Text
	SetTakesKey               model.Text
	Set                       model.Text
	ThresholdsSaved           model.Text
	Change                    model.Text
	LevelStays                model.Text
	MoneyLoyalty              model.Text
	SuggestedLevel            model.Text
	NowGuanxiClasses          model.Text
}

var classesText = classesTexts{
	None:                      model.Text{Zh: "无", En: "none"},
	Short:                     model.Text{Zh: "分类门槛与建议级别；给出 REF 时显示这位客户的各项分类和理由", En: "classification thresholds and suggested levels; with REF, that customer's classes and why"},
	ChangeThresholdRepeatable: model.Text{Zh: "改一项门槛 `KEY=VALUE`，可多次；KEY 为 %s", En: "change a threshold `KEY=VALUE`, repeatable; KEY is one of %s"},
	TakeSuggestedLevels:       model.Text{Zh: "采纳建议级别（给出 REF 时只改这位客户）", En: "take the suggested levels (only REF's when given)"},
	MovedCustomersTheir:       model.Text{Zh: "已按规则调整 %d 位客户的级别，每次调整都记在其往来记录里", En: "moved %d customers to their suggested level; each change is on their timeline"},
	Setting:                   model.Text{Zh: "设置", En: "SETTING"},
	Value:                     model.Text{Zh: "值", En: "VALUE"},
	Meaning:                   model.Text{Zh: "说明", En: "MEANING"},
	SetTakesKey:               model.Text{Zh: "--set 要写成 KEY=VALUE，例如 --set vip_threshold=600万", En: "--set takes KEY=VALUE, e.g. --set vip_threshold=600万"},
	Set:                       model.Text{Zh: "--set %s：%v", En: "--set %s: %v"},
	ThresholdsSaved:           model.Text{Zh: "门槛已保存", En: "thresholds saved"},
	Change:                    model.Text{Zh: "%s：%s → %s（%s）", En: "%s: %s → %s (%s)"},
	LevelStays:                model.Text{Zh: "%s：级别不变（%s）", En: "%s: the level stays (%s)"},
	MoneyLoyalty:              model.Text{Zh: "钱与忠诚", En: "Money × loyalty"},
	SuggestedLevel:            model.Text{Zh: "建议级别", En: "Suggested level"},
	NowGuanxiClasses:          model.Text{Zh: "现为%s；guanxi classes %d --apply 采纳建议", En: "now %s; guanxi classes %d --apply takes the suggestion"},
}
