package cli

import "guanxi/model"

// troubleTexts are the messages of guanxi trouble.
type troubleTexts struct {
	ExportDataExactly model.Text
}

var troubleText = troubleTexts{
	ExportDataExactly: model.Text{Zh: "导出的是原样数据，不能直接显示在终端上：请加 --out FILE，或重定向到文件（> FILE）", En: "an export is the data exactly as it is and is not shown on a terminal: give --out FILE, or redirect it (> FILE)"},
}
