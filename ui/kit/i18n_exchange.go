package kit

import "guanxi/model"

// The texts of import, export and merging duplicates.
func init() {
	for k, v := range map[string]model.Text{
		"io.importTitle":  {Zh: "导入客户", En: "Import customers"},
		"io.exportTitle":  {Zh: "导出", En: "Export"},
		"io.file":         {Zh: "文件", En: "File"},
		"io.format":       {Zh: "格式", En: "Format"},
		"io.dups":         {Zh: "重复的客户", En: "Duplicates"},
		"io.dryRun":       {Zh: "试导入（不写入）", En: "Dry run (writes nothing)"},
		"io.replace":      {Zh: "覆盖已有文件", En: "Replace a file"},
		"io.scope":        {Zh: "导出哪些客户", En: "Which customers"},
		"io.scopeList":    {Zh: "“%s”中的 %d 位", En: "the %[2]d customers of “%[1]s”"},
		"io.scopeBook":    {Zh: "整个客户簿", En: "the whole book"},
		"io.hintImport":   {Zh: ".xlsx 或 .csv（Excel）、.vcf（手机通讯录）、.json", En: ".xlsx or .csv (Excel), .vcf (phone contacts), .json"},
		"io.hintExport":   {Zh: "留空则存为 %s", En: "leave empty for %s"},
		"io.noPath":       {Zh: "请填写文件的路径", En: "give the file's path"},
		"io.skip":         {Zh: "跳过", En: "Skip them"},
		"io.merge":        {Zh: "并入已有客户", En: "Merge into the customer there"},
		"io.no":           {Zh: "否", En: "No"},
		"io.yes":          {Zh: "是", En: "Yes"},
		"io.reading":      {Zh: "正在导入 %s …", En: "Importing %s …"},
		"io.checking":     {Zh: "正在检查 %s …", En: "Checking %s …"},
		"io.cancelHint":   {Zh: "esc 取消（什么都不会写入）", En: "esc cancels (nothing is written)"},
		"io.imported":     {Zh: "导入完成：%s", En: "Imported %s"},
		"io.dryDone":      {Zh: "试导入完成：%s（什么都没有写入）", En: "Dry run of %s (nothing was written)"},
		"io.counts":       {Zh: "新增 %d · 合并 %d · 跳过重复 %d · 有错 %d", En: "added %d · merged %d · duplicates skipped %d · errors %d"},
		"io.contacts":     {Zh: "另有 %d 位联系人加到了已有客户名下", En: "%d contact people added to customers already there"},
		"io.errors":       {Zh: "有错的记录（没有导入）", En: "Records with errors (not imported)"},
		"io.skips":        {Zh: "跳过的重复", En: "Duplicates skipped"},
		"io.warnings":     {Zh: "请留意", En: "Worth knowing"},
		"io.more":         {Zh: "……还有 %d 条（guanxi import 命令会列出全部）", En: "… and %d more (the guanxi import command lists them all)"},
		"io.failed":       {Zh: "导入失败，客户簿没有改动：", En: "The import failed and the book was not changed: "},
		"io.cancelled":    {Zh: "已取消，客户簿没有改动", En: "Cancelled; the book was not changed"},
		"io.exported":     {Zh: "已导出 %d %s到 %s", En: "Exported %d %s to %s"},
		"io.customers":    {Zh: "位客户", En: "customers"},
		"io.events":       {Zh: "项日程", En: "calendar events"},
		"io.notFound":     {Zh: "找不到这个文件", En: "there is no such file"},
		"io.exists":       {Zh: "文件已存在：换个名字，或把“覆盖已有文件”选为“是”", En: "the file exists: choose another name, or set Replace a file to Yes"},
		"io.close":        {Zh: "enter/esc 关闭 · ↑/↓ 滚动", En: "enter/esc close · ↑/↓ scroll"},
		"dup.title":       {Zh: "疑似重复：%s", En: "Likely duplicates of %s"},
		"dup.none":        {Zh: "没有发现和这位客户疑似重复的客户", En: "No customer looks like a duplicate of this one"},
		"dup.hint":        {Zh: "选一位并入当前客户；想保留另一位，就打开那位再按 m", En: "Pick one to merge into this customer; to keep the other, open that one and press m"},
		"dup.keys":        {Zh: "↑/↓ 选择 · enter 合并 · esc 取消", En: "↑/↓ choose · enter merge · esc cancel"},
		"dup.confirm":     {Zh: "把“%s”并入“%s”？", En: "Merge %s into %s?"},
		"dup.confirmBody": {Zh: "%[1]s 的联系人、往来记录、成交、提醒、投诉和性格类型都会转到 %[2]s 名下；两人资料里不同的内容写进备注。合并后 %[1]s 不再单独存在，今天的自动快照里还留着合并前的样子。", En: "The contacts, logged contacts, deals, reminders, complaints and personality types of %[1]s move to %[2]s; where their profiles differ, %[1]s's is kept in the notes. After the merge %[1]s no longer stands alone; today's automatic snapshot still holds the book as it was."},
		"saved.merged":    {Zh: "已合并，两人的全部记录都保留了", En: "Merged; every record of both was kept"},
	} {
		Strs[k] = v
	}
}
