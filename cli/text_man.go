package cli

import "guanxi/model"

// manTexts are the messages of guanxi man.
type manTexts struct {
	Short             model.Text
	ReadGuanxiMan     model.Text
	GuanxiManual      model.Text
	Synopsis          model.Text
	Description       model.Text
	Commands          model.Text
	GlobalFlags       model.Text
	Environment       model.Text
	BookFileWhen      model.Text
	ChineseWhenStarts model.Text
	WhenSetNo         model.Text
	ExitStatus        model.Text
	Success           model.Text
	FailureBookFile   model.Text
	WrongCommandLine  model.Text
}

var manText = manTexts{
	Short:             model.Text{Zh: "输出 guanxi 的手册页（man 格式）", En: "print guanxi's manual page (man format)"},
	ReadGuanxiMan:     model.Text{Zh: "阅读：guanxi man | man -l -\n安装：guanxi man > ~/.local/share/man/man1/guanxi.1", En: "read it: guanxi man | man -l -\ninstall it: guanxi man > ~/.local/share/man/man1/guanxi.1"},
	GuanxiManual:      model.Text{Zh: "guanxi 手册", En: "guanxi manual"},
	Synopsis:          model.Text{Zh: "用法", En: "SYNOPSIS"},
	Description:       model.Text{Zh: "说明", En: "DESCRIPTION"},
	Commands:          model.Text{Zh: "命令", En: "COMMANDS"},
	GlobalFlags:       model.Text{Zh: "通用参数", En: "GLOBAL FLAGS"},
	Environment:       model.Text{Zh: "环境变量", En: "ENVIRONMENT"},
	BookFileWhen:      model.Text{Zh: "客户簿文件，没有 --db 时使用", En: "the book's file when --db is not given"},
	ChineseWhenStarts: model.Text{Zh: "以 zh 开头时用中文，否则用英文（--lang 优先）", En: "Chinese when it starts with zh, English otherwise (--lang comes first)"},
	WhenSetNo:         model.Text{Zh: "设置后不用颜色", En: "when set, no colour"},
	ExitStatus:        model.Text{Zh: "退出码", En: "EXIT STATUS"},
	Success:           model.Text{Zh: "成功", En: "success"},
	FailureBookFile:   model.Text{Zh: "失败（客户簿、文件或磁盘的问题，找不到客户……）", En: "a failure (the book, a file or the disk, a customer not found …)"},
	WrongCommandLine:  model.Text{Zh: "命令行写错了（未知的命令或参数、缺少参数、值无效）", En: "a wrong command line (an unknown command or flag, a missing argument, a bad value)"},
}
