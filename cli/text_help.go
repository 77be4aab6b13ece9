package cli

import "guanxi/model"

// helpTexts are the messages of guanxi help.
type helpTexts struct {
	GuanxiTerminalCrm     model.Text
	OpenBookTerminal      model.Text
	TryFreshSample        model.Text
	RunOneCommand         model.Text
	EveryFlagCommand      model.Text
	BookFileDefault       model.Text
	LanguageOutputDefault model.Text
	PrintVersion          model.Text
	PrintThisHelp         model.Text
	LevelsStagesRelations model.Text
	Usage                 model.Text
	Commands              model.Text
	GlobalFlags           model.Text
	Usage2                model.Text
	Flags                 model.Text
}

var helpText = helpTexts{
	GuanxiTerminalCrm:     model.Text{Zh: "guanxi（关系）— 终端里的客户关系管理：一个销售员的客户簿", En: "guanxi (关系) — a terminal CRM for one salesperson's book of accounts"},
	OpenBookTerminal:      model.Text{Zh: "在终端界面中打开客户簿", En: "open the book in the terminal UI"},
	TryFreshSample:        model.Text{Zh: "在临时示例客户簿上试用（不碰你的客户簿）", En: "try it on a fresh sample book (your own book is not touched)"},
	RunOneCommand:         model.Text{Zh: "运行一个命令（见下）", En: "run one command (below)"},
	EveryFlagCommand:      model.Text{Zh: "一个命令的全部参数", En: "every flag of a command"},
	BookFileDefault:       model.Text{Zh: "客户簿文件（默认取环境变量 GUANXI_DB，否则 %s）", En: "the book's file (default: $GUANXI_DB, else %s)"},
	LanguageOutputDefault: model.Text{Zh: "界面语言（默认按 LANG / LC_ALL）", En: "language of the output (default: from LANG / LC_ALL)"},
	PrintVersion:          model.Text{Zh: "显示版本", En: "print the version"},
	PrintThisHelp:         model.Text{Zh: "显示帮助", En: "print this help"},
	LevelsStagesRelations: model.Text{Zh: "参数里的级别、阶段、关系、联系方式和性格类型可以写代码，也可以写中文名（--level 战略客户、--type 犹豫型）。\n日期可写 2026-12-10、12月10日、明天、后天、周五、下周一、3天后、月底（也可写 today、+3d）；金额可写 5000000、5,000,000、12.5万、3万5、1.2亿、5000元。", En: "Levels, stages, relations, channels and personality types take their code or Chinese name\n(--level strategic or --level 战略客户, --type 犹豫型). Dates take YYYY-MM-DD, today, tomorrow,\n+3d, +2w and the Chinese forms (明天, 下周一, 12月10日); amounts take 5000000, 5,000,000, 500万, ¥1.5万."},
	Usage:                 model.Text{Zh: "用法：", En: "Usage:"},
	Commands:              model.Text{Zh: "命令：", En: "Commands:"},
	GlobalFlags:           model.Text{Zh: "通用参数：", En: "Global flags:"},
	Usage2:                model.Text{Zh: "用法：", En: "Usage: "},
	Flags:                 model.Text{Zh: "参数：", En: "Flags:"},
}
