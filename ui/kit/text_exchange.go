package kit

import "guanxi/model"

// ExchangeTexts are the texts of the import and export box.
type ExchangeTexts struct {
	ImportTitle model.Text
	ExportTitle model.Text
	File        model.Text
	Format      model.Text
	Dups        model.Text
	DryRun      model.Text
	Replace     model.Text
	Scope       model.Text
	ScopeList   model.Text
	ScopeBook   model.Text
	HintImport  model.Text
	HintExport  model.Text
	NoPath      model.Text
	Skip        model.Text
	Merge       model.Text
	No          model.Text
	Yes         model.Text
	Reading     model.Text
	Checking    model.Text
	CancelHint  model.Text
	Imported    model.Text
	DryDone     model.Text
	Counts      model.Text
	Contacts    Counted
	Errors      model.Text
	Skips       model.Text
	Warnings    model.Text
	More        model.Text
	Failed      model.Text
	Cancelled   model.Text
	Exported    model.Text
	Customers   model.Text
	Events      model.Text
	NotFound    model.Text
	Exists      model.Text
	Close       model.Text
	BackToForm  model.Text
}

var exchangeTexts = ExchangeTexts{
	ImportTitle: model.Text{Zh: "导入客户", En: "Import customers"},
	ExportTitle: model.Text{Zh: "导出", En: "Export"},
	File:        model.Text{Zh: "文件", En: "File"},
	Format:      model.Text{Zh: "格式", En: "Format"},
	Dups:        model.Text{Zh: "重复的客户", En: "Duplicates"},
	DryRun:      model.Text{Zh: "试导入（不写入）", En: "Dry run (writes nothing)"},
	Replace:     model.Text{Zh: "覆盖已有文件", En: "Replace a file"},
	Scope:       model.Text{Zh: "导出哪些客户", En: "Which customers"},
	ScopeList:   model.Text{Zh: "“%s”中的 %d 位", En: "the %[2]d customers of “%[1]s”"},
	ScopeBook:   model.Text{Zh: "整个客户簿", En: "the whole book"},
	HintImport:  model.Text{Zh: ".xlsx 或 .csv（Excel）、.vcf（手机通讯录）、.json", En: ".xlsx or .csv (Excel), .vcf (phone contacts), .json"},
	HintExport:  model.Text{Zh: "留空则存为 %s", En: "leave empty for %s"},
	NoPath:      model.Text{Zh: "请填写文件的路径", En: "give the file's path"},
	Skip:        model.Text{Zh: "跳过", En: "Skip them"},
	Merge:       model.Text{Zh: "并入已有客户", En: "Merge into the customer there"},
	No:          model.Text{Zh: "否", En: "No"},
	Yes:         model.Text{Zh: "是", En: "Yes"},
	Reading:     model.Text{Zh: "正在导入 %s …", En: "Importing %s …"},
	Checking:    model.Text{Zh: "正在检查 %s …", En: "Checking %s …"},
	CancelHint:  model.Text{Zh: "esc 取消（什么都不会写入）", En: "esc cancels (nothing is written)"},
	Imported:    model.Text{Zh: "导入完成：%s", En: "Imported %s"},
	DryDone:     model.Text{Zh: "试导入完成：%s（什么都没有写入）", En: "Dry run of %s (nothing was written)"},
	Counts:      model.Text{Zh: "新增 %d · 合并 %d · 跳过重复 %d · 有错 %d", En: "added %d · merged %d · duplicates skipped %d · errors %d"},
	Contacts:    counted("另有 %d 位联系人加到了已有客户名下", "%d contact person added to a customer already there", "%d contact people added to customers already there"),
	Errors:      model.Text{Zh: "有错的记录（没有导入）", En: "Records with errors (not imported)"},
	Skips:       model.Text{Zh: "跳过的重复", En: "Duplicates skipped"},
	Warnings:    model.Text{Zh: "请留意", En: "Worth knowing"},
	More:        model.Text{Zh: "……还有 %d 条（guanxi import 命令会列出全部）", En: "… and %d more (the guanxi import command lists them all)"},
	Failed:      model.Text{Zh: "导入失败，客户簿没有改动：", En: "The import failed and the book was not changed: "},
	Cancelled:   model.Text{Zh: "已取消，客户簿没有改动", En: "Cancelled; the book was not changed"},
	Exported:    model.Text{Zh: "已导出 %d %s到 %s", En: "Exported %d %s to %s"},
	Customers:   model.Text{Zh: "位客户", En: "customers"},
	Events:      model.Text{Zh: "项日程", En: "calendar events"},
	NotFound:    model.Text{Zh: "找不到这个文件", En: "there is no such file"},
	Exists:      model.Text{Zh: "文件已存在：换个名字，或把“覆盖已有文件”选为“是”", En: "the file exists: choose another name, or set Replace a file to Yes"},
	Close:       model.Text{Zh: "enter/esc 关闭 · ↑/↓ 滚动", En: "enter/esc close · ↑/↓ scroll"},
	BackToForm:  model.Text{Zh: "enter/esc 回到导入表单（填的都还在，已改为正式导入）· ↑/↓ 滚动", En: "enter/esc back to the form (all kept, now set to import for real) · ↑/↓ scroll"},
}
