package kit

import "guanxi/model"

// The texts of input: prefilled dates, the form's questions and keys, the pickers, marking many
// customers, the trash view.
func init() {
	for k, v := range map[string]model.Text{
		// Prefilled values speak the UI's language; the date parser reads both.
		"pre.tomorrow": {Zh: "明天", En: "tomorrow"},
		"pre.in2days":  {Zh: "后天", En: "+2d"},
	} {
		Strs[k] = v
	}
}

func init() {
	for k, v := range map[string]model.Text{
		"form.discard":     {Zh: "这张表里有改动还没保存，要放弃吗？", En: "This form has changes that are not saved. Throw them away?"},
		"form.discardKeys": {Zh: "y 放弃改动 · n/esc 继续填写", En: "y throw away · n/esc keep editing"},
		"pick.more":        {Zh: "还有 %d 个，继续输入可缩小范围", En: "%d more; type to narrow"},
		"pick.sep":         {Zh: "；", En: "; "},
	} {
		Strs[k] = v
	}
}

func init() {
	Strs["io.backToForm"] = model.Text{Zh: "enter/esc 回到导入表单（填的都还在，已改为正式导入）· ↑/↓ 滚动", En: "enter/esc back to the form (all kept, now set to import for real) · ↑/↓ scroll"}
}

// The texts of marking many customers and of English plurals.
func init() {
	for k, v := range map[string]model.Text{
		"mark.count":     {Zh: "已标记 %d 位", En: "%d marked"},
		"mark.title":     {Zh: "处理已标记的 %d 位客户", En: "Act on the %d marked customers"},
		"mark.action":    {Zh: "要做什么", En: "What to do"},
		"mark.tagHint":   {Zh: "一个标签，如 展会、老客户", En: "one tag, e.g. trade-fair"},
		"mark.oneTag":    {Zh: "请写一个标签（不含空格和逗号）", En: "write one tag (no spaces or commas)"},
		"mark.scope":     {Zh: "已标记的 %d 位", En: "the %d marked"},
		"mark.leveled":   {Zh: "已把 %s改为%s", En: "Moved %s to %s"},
		"mark.tagged":    {Zh: "已给 %[2]s加上标签“%[1]s”", En: "Added the tag %[1]q to %[2]s"},
		"mark.typed":     {Zh: "已把%s标给 %s", En: "Set %s on %s"},
		"mark.trashed":   {Zh: "已把 %s移到回收站", En: "Moved %s to the trash"},
		"mark.undoHint":  {Zh: " · ctrl+z 撤销", En: " · ctrl+z to undo"},
		"mark.undoing":   {Zh: "正在撤销…", En: "Undoing…"},
		"mark.undone":    {Zh: "已撤销", En: "Undone"},
		"mark.customers": {Zh: "%d 位客户", En: "%d customers"},
		"f.tag":          {Zh: "标签", En: "Tag"},

		"mark.customers.one": {Zh: "%d 位客户", En: "%d customer"},
		"an.deals.one":       {Zh: "%d 笔", En: "%d deal"},
		"an.products.one":    {Zh: "%d 种产品", En: "%d product"},
		"an.times.one":       {Zh: "投诉 %d 次", En: "%d complaint"},
		"io.contacts.one":    {Zh: "另有 %d 位联系人加到了已有客户名下", En: "%d contact person added to a customer already there"},
		"seg.matches.one":    {Zh: "符合条件 %d 位 · ctrl+s 保存为列表 · ctrl+g 已存列表", En: "%d match · ctrl+s save as a list · ctrl+g saved lists"},
	} {
		Strs[k] = v
	}
}

// The texts of the trash view.
func init() {
	for k, v := range map[string]model.Text{
		"view.trash":            {Zh: "回收站", En: "Trash"},
		"trash.empty":           {Zh: "回收站是空的。", En: "The trash is empty."},
		"trash.head":            {Zh: "%s · r/enter 连同记录恢复 · 彻底清空：guanxi trash purge", En: "%s in the trash · r or enter restores one with its records · guanxi trash purge empties it for good"},
		"trash.when":            {Zh: "删除时间", En: "Deleted"},
		"trash.records":         {Zh: "随之移走", En: "Went with it"},
		"trash.recordCount":     {Zh: "%d 条记录", En: "%d records"},
		"trash.recordCount.one": {Zh: "%d 条记录", En: "%d record"},
	} {
		Strs[k] = v
	}
}
