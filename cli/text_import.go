package cli

import "guanxi/model"

// importTexts are the messages of guanxi import.
type importTexts struct {
	Importing            model.Text
	Checking             model.Text
	Short                model.Text
	CheckReportWhat      model.Text
	MergeRecordThat      model.Text
	SkipRecordThat       model.Text
	FileFormatXlsx       model.Text
	ReadSheetExcel       model.Text
	ReadAnotherProgram   model.Text
	PrintSummaryAs       model.Text
	ChooseMergeSkip      model.Text
	FormatTakesXlsx      model.Text
	WriteLevelMap        model.Text
	CannotRead           model.Text
	FolderGiveFile       model.Text
	StandardInputHolds   model.Text
	StandardInput        model.Text
	RecordsHadErrors     model.Text
	CancelledBookWas     model.Text
	WasNotImported       model.Text
	ImportingFailedBook  model.Text
	Comma                model.Text
	Imported             model.Text
	DryRunNothing        model.Text
	CustomersAddedMerged model.Text
	ContactPeopleWere    model.Text
	RecordsErrorsNot     model.Text
	DuplicatesSkipped    model.Text
	WorthKnowing         model.Text
	MergeDuplicatesInto  model.Text
	More                 model.Text
}

var importText = importTexts{
	Importing:            model.Text{Zh: "导入 %s", En: "importing %s"},
	Checking:             model.Text{Zh: "检查 %s", En: "checking %s"},
	Short:                model.Text{Zh: "从 Excel 工作簿、CSV、vCard（手机通讯录）或 JSON 导入客户（- 读标准输入）；有错的行逐条报告", En: "import customers from an Excel workbook, CSV, vCard (phone contacts) or JSON (- reads standard input); each bad row is reported"},
	CheckReportWhat:      model.Text{Zh: "只检查并报告会导入什么，不写入任何内容", En: "check and report what would be imported; write nothing"},
	MergeRecordThat:      model.Text{Zh: "与已有客户重复的记录合并进那位客户（默认跳过）", En: "merge a record that looks like a customer already there into that customer (default: skip it)"},
	SkipRecordThat:       model.Text{Zh: "跳过与已有客户重复的记录（默认）", En: "skip a record that looks like a customer already there (the default)"},
	FileFormatXlsx:       model.Text{Zh: "文件格式 `F`：xlsx、csv、vcf 或 json（默认按扩展名和内容判断）", En: "the file's format `F`: xlsx, csv, vcf or json (default: from its name and content)"},
	ReadSheetExcel:       model.Text{Zh: "读 Excel 工作簿里名为 `NAME` 的工作表（默认第一张）", En: "read the sheet `NAME` of an Excel workbook (default: the first)"},
	ReadAnotherProgram:   model.Text{Zh: "别的软件的级别名按哪个级别导入，如 普通客户=新客户（`WORD=LEVEL`，可重复）", En: "read another program's level word as a level, e.g. 普通客户=new (`WORD=LEVEL`, repeatable)"},
	PrintSummaryAs:       model.Text{Zh: "以 JSON 输出结果", En: "print the summary as JSON"},
	ChooseMergeSkip:      model.Text{Zh: "--merge 和 --skip-duplicates 只能选一个", En: "choose --merge or --skip-duplicates, not both"},
	FormatTakesXlsx:      model.Text{Zh: "--format 可选 xlsx、csv、vcf、json", En: "--format takes xlsx, csv, vcf or json"},
	WriteLevelMap:        model.Text{Zh: "--level-map 写成 别的软件的级别名=级别，如 普通客户=新客户", En: "write --level-map as WORD=LEVEL, e.g. 普通客户=new"},
	CannotRead:           model.Text{Zh: "读不到 %s：%v", En: "cannot read %s: %v"},
	FolderGiveFile:       model.Text{Zh: "%s 是文件夹，请给出一个文件", En: "%s is a folder: give a file"},
	StandardInputHolds:   model.Text{Zh: "标准输入没有内容可导入", En: "standard input holds nothing to import"},
	StandardInput:        model.Text{Zh: "标准输入", En: "standard input"},
	RecordsHadErrors:     model.Text{Zh: "%d 条记录有错，没有导入（见上）", En: "%d records had errors and were not imported (see above)"},
	CancelledBookWas:     model.Text{Zh: "已取消：客户簿没有改动", En: "cancelled: the book was not changed"},
	WasNotImported:       model.Text{Zh: "%s 没有导入，客户簿没有改动：%s", En: "%s was not imported and the book was not changed: %s"},
	ImportingFailedBook:  model.Text{Zh: "导入 %s 失败，客户簿未作任何改动：%v", En: "importing %s failed and the book was not changed: %v"},
	Comma:                model.Text{Zh: "，", En: ", "},
	Imported:             model.Text{Zh: "已导入 %s（%s）", En: "Imported %s (%s)"},
	DryRunNothing:        model.Text{Zh: "试导入 %s（%s，--dry-run：什么都没有写入）", En: "Dry run of %s (%s; nothing was written)"},
	CustomersAddedMerged: model.Text{Zh: "新增 %d 位客户，合并 %d 位，跳过 %d 条重复，%d 条有错没有导入。", En: "%d customers added, %d merged, %d duplicates skipped, %d records with errors not imported."},
	ContactPeopleWere:    model.Text{Zh: "另有 %d 位联系人加到了已有客户名下。", En: " %d contact people were added to customers already there."},
	RecordsErrorsNot:     model.Text{Zh: "有错的记录（没有导入）：", En: "Records with errors (not imported):"},
	DuplicatesSkipped:    model.Text{Zh: "跳过的重复：", En: "Duplicates skipped:"},
	WorthKnowing:         model.Text{Zh: "请留意：", En: "Worth knowing:"},
	MergeDuplicatesInto:  model.Text{Zh: "想把重复的记录并入已有客户，加 --merge 再导入一次。", En: "To merge the duplicates into the customers already there, import again with --merge."},
	More:                 model.Text{Zh: "……还有 %d 条", En: "… and %d more"},
}
