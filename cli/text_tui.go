package cli

import "guanxi/model"

// tuiTexts are the messages of guanxi tui.
type tuiTexts struct {
	TerminalUiFailed    model.Text
	CannotMakeTemporary model.Text
}

var tuiText = tuiTexts{
	TerminalUiFailed:    model.Text{Zh: "终端界面出错：%v", En: "the terminal UI failed: %v"},
	CannotMakeTemporary: model.Text{Zh: "无法创建临时文件夹：%v", En: "cannot make a temporary folder: %v"},
}
