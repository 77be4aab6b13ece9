package cli

import "guanxi/model"

// bookTexts are the messages about opening the book and the troubles it may meet.
type bookTexts struct {
	LangTakesZh            model.Text
	CannotFindWhere        model.Text
	BookCouldBe            model.Text
	WasWrittenBy           model.Text
	NotGuanxiBook          model.Text
	CannotOpenBook         model.Text
	TodayAutomaticSnapshot model.Text
	TakingTodaySnapshot    model.Text
	TerminalUiFailed       model.Text
	CannotMakeTemporary    model.Text
	ExportDataExactly      model.Text
}

var bookText = bookTexts{
	LangTakesZh:            model.Text{Zh: "--lang 只能是 zh 或 en，而不是“%s”", En: "--lang takes zh or en, not %q"},
	CannotFindWhere:        model.Text{Zh: "找不到默认的客户簿位置，请用 --db 指定：%v", En: "cannot find where the book lives; give it with --db (%v)"},
	BookCouldBe:            model.Text{Zh: "客户簿 %s 原来别人也能读（%v），现已改为只有你能读写（-rw-------）", En: "the book %s could be read by others (%v); it is now yours alone (-rw-------)"},
	WasWrittenBy:           model.Text{Zh: "%s 是较新版本的 guanxi 写的客户簿，请先升级 guanxi；文件未作任何改动", En: "%s was written by a newer version of guanxi: update guanxi to open it (the file was not changed)"},
	NotGuanxiBook:          model.Text{Zh: "%s 不是 guanxi 客户簿，或者已经损坏；文件未作任何改动", En: "%s is not a guanxi book, or it is damaged; the file was not changed"},
	CannotOpenBook:         model.Text{Zh: "无法打开客户簿 %s：%v", En: "cannot open the book %s: %v"},
	TodayAutomaticSnapshot: model.Text{Zh: "今天的自动快照没有做成：%v", En: "today's automatic snapshot failed: %v"},
	TakingTodaySnapshot:    model.Text{Zh: "保存今天的快照", En: "taking today's snapshot"},
	TerminalUiFailed:       model.Text{Zh: "终端界面出错：%v", En: "the terminal UI failed: %v"},
	CannotMakeTemporary:    model.Text{Zh: "无法创建临时文件夹：%v", En: "cannot make a temporary folder: %v"},
	ExportDataExactly:      model.Text{Zh: "导出的是原样数据，不能直接显示在终端上：请加 --out FILE，或重定向到文件（> FILE）", En: "an export is the data exactly as it is and is not shown on a terminal: give --out FILE, or redirect it (> FILE)"},
}
