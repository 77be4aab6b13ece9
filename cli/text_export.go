package cli

import "guanxi/model"

// exportTexts are the messages of guanxi export.
type exportTexts struct {
	Short                  model.Text
	FormatXlsxSpreadsheets model.Text
	WriteDefaultStandard   model.Text
	OnlySavedList          model.Text
	VcardVersionEvery      model.Text
	IcsFollowUp            model.Text
	FormatTakesXlsx        model.Text
	CannotTellFormat       model.Text
	GiveFormatFormat       model.Text
	VcardTakes             model.Text
	DaysTakes              model.Text
	NoSavedList            model.Text
	ExportingFailed        model.Text
	Exported               model.Text
	ExportingCustomers     model.Text
	CancelledNoFile        model.Text
	CancelledExportNot     model.Text
}

var exportText = exportTexts{
	Short:                  model.Text{Zh: "导出客户（CSV、vCard、整本 JSON）或跟进计划（iCalendar 日程）", En: "export customers (CSV, vCard, the whole book as JSON) or the follow-up plan (iCalendar)"},
	FormatXlsxSpreadsheets: model.Text{Zh: "格式 `F`：xlsx（给表格软件）、csv（给脚本）、vcf、ics 或 json（给了 --out 时可按扩展名判断）", En: "format `F`: xlsx (for spreadsheets), csv (for scripts), vcf, ics or json (with --out, taken from its name when left out)"},
	WriteDefaultStandard:   model.Text{Zh: "写到文件 `FILE`（默认或 -：输出到标准输出）", En: "write to `FILE` (default, or -: standard output)"},
	OnlySavedList:          model.Text{Zh: "只导出已保存的列表 `NAME`（guanxi segment list 查看）", En: "only the saved list `NAME` (see guanxi segment list)"},
	VcardVersionEvery:      model.Text{Zh: "vCard 版本 `V`：3.0（手机都能读）或 4.0", En: "vCard version `V`: 3.0 (every phone reads it) or 4.0"},
	IcsFollowUp:            model.Text{Zh: "ics：导出今后 `N` 天的跟进计划", En: "ics: the follow-up plan of the next `N` days"},
	FormatTakesXlsx:        model.Text{Zh: "--format 可选 xlsx、csv、vcf、ics、json", En: "--format takes xlsx, csv, vcf, ics or json"},
	CannotTellFormat:       model.Text{Zh: "从 %s 看不出格式：请加 --format xlsx|csv|vcf|ics|json", En: "cannot tell the format from %s: add --format xlsx|csv|vcf|ics|json"},
	GiveFormatFormat:       model.Text{Zh: "请用 --format 给出格式：xlsx、csv、vcf、ics 或 json", En: "give the format with --format: xlsx, csv, vcf, ics or json"},
	VcardTakes:             model.Text{Zh: "--vcard 可选 3.0 或 4.0", En: "--vcard takes 3.0 or 4.0"},
	DaysTakes:              model.Text{Zh: "--days 应在 1 到 3660 之间", En: "--days takes 1 to 3660"},
	NoSavedList:            model.Text{Zh: "没有叫“%s”的已保存列表（guanxi segment list 查看）", En: "no saved list is called %q (see guanxi segment list)"},
	ExportingFailed:        model.Text{Zh: "导出到 %s 失败：%v", En: "exporting to %s failed: %v"},
	Exported:               model.Text{Zh: "已把 %d %s导出到 %s。", En: "Exported %d %s to %s."},
	ExportingCustomers:     model.Text{Zh: "导出客户", En: "exporting customers"},
	CancelledNoFile:        model.Text{Zh: "已取消：没有写入任何文件", En: "cancelled: no file was written"},
	CancelledExportNot:     model.Text{Zh: "已取消：导出没有写完", En: "cancelled: the export is not complete"},
}
