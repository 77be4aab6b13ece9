package cli

import "guanxi/model"

// commandTexts are the messages of guanxi command.
type commandTexts struct {
	MissingActionSee model.Text
	TakesNot         model.Text
	Or               model.Text
}

var commandText = commandTexts{
	MissingActionSee: model.Text{Zh: "缺少动作：%s（guanxi %s --help 查看用法）", En: "missing the action: %s (see guanxi %s --help)"},
	TakesNot:         model.Text{Zh: "%s 的动作只能是 %s，而不是“%s”", En: "%s takes %s, not %q"},
	Or:               model.Text{Zh: " 或 ", En: " or "},
}
