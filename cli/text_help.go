package cli

import "guanxi/model"

// helpTexts are the messages of help, guanxi completion and guanxi man.
type helpTexts struct {
	CompletionLong        model.Text
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
	UsagePrefix           model.Text
	Flags                 model.Text
	PrintShellCompletion  model.Text
	UsageGuanxiCompletion model.Text
	Short                 model.Text
	ReadGuanxiMan         model.Text
	GuanxiManual          model.Text
	Synopsis              model.Text
	Description           model.Text
	ManCommands           model.Text
	ManGlobalFlags        model.Text
	Environment           model.Text
	BookFileWhen          model.Text
	ChineseWhenStarts     model.Text
	WhenSetNo             model.Text
	ExitStatus            model.Text
	Success               model.Text
	FailureBookFile       model.Text
	WrongCommandLine      model.Text
}

var helpText = helpTexts{
	CompletionLong: model.Text{
		Zh: "bash：在 ~/.bashrc 里加一行 source <(guanxi completion bash)\n" +
			"zsh：guanxi completion zsh > \"${fpath[1]}/_guanxi\"，然后重开终端\n" +
			"fish：guanxi completion fish > ~/.config/fish/completions/guanxi.fish",
		En: "bash: add source <(guanxi completion bash) to ~/.bashrc\n" +
			"zsh: guanxi completion zsh > \"${fpath[1]}/_guanxi\", then open a new shell\n" +
			"fish: guanxi completion fish > ~/.config/fish/completions/guanxi.fish",
	},
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
	UsagePrefix:           model.Text{Zh: "用法：", En: "Usage: "},
	Flags:                 model.Text{Zh: "参数：", En: "Flags:"},
	PrintShellCompletion:  model.Text{Zh: "输出 shell 补全脚本：补全命令、参数、客户名、已保存的列表和快照", En: "print the shell's completion script: commands, flags, customer names, saved lists and snapshots"},
	UsageGuanxiCompletion: model.Text{Zh: "用法：guanxi completion bash|zsh|fish", En: "usage: guanxi completion bash|zsh|fish"},
	Short:                 model.Text{Zh: "输出 guanxi 的手册页（man 格式）", En: "print guanxi's manual page (man format)"},
	ReadGuanxiMan:         model.Text{Zh: "阅读：guanxi man | man -l -\n安装：guanxi man > ~/.local/share/man/man1/guanxi.1", En: "read it: guanxi man | man -l -\ninstall it: guanxi man > ~/.local/share/man/man1/guanxi.1"},
	GuanxiManual:          model.Text{Zh: "guanxi 手册", En: "guanxi manual"},
	Synopsis:              model.Text{Zh: "用法", En: "SYNOPSIS"},
	Description:           model.Text{Zh: "说明", En: "DESCRIPTION"},
	ManCommands:           model.Text{Zh: "命令", En: "COMMANDS"},
	ManGlobalFlags:        model.Text{Zh: "通用参数", En: "GLOBAL FLAGS"},
	Environment:           model.Text{Zh: "环境变量", En: "ENVIRONMENT"},
	BookFileWhen:          model.Text{Zh: "客户簿文件，没有 --db 时使用", En: "the book's file when --db is not given"},
	ChineseWhenStarts:     model.Text{Zh: "以 zh 开头时用中文，否则用英文（--lang 优先）", En: "Chinese when it starts with zh, English otherwise (--lang comes first)"},
	WhenSetNo:             model.Text{Zh: "设置后不用颜色", En: "when set, no colour"},
	ExitStatus:            model.Text{Zh: "退出码", En: "EXIT STATUS"},
	Success:               model.Text{Zh: "成功", En: "success"},
	FailureBookFile:       model.Text{Zh: "失败（客户簿、文件或磁盘的问题，找不到客户……）", En: "a failure (the book, a file or the disk, a customer not found …)"},
	WrongCommandLine:      model.Text{Zh: "命令行写错了（未知的命令或参数、缺少参数、值无效）", En: "a wrong command line (an unknown command or flag, a missing argument, a bad value)"},
}
