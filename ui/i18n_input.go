package ui

import "guanxi/model"

// The texts of input: prefilled dates, the form's questions and keys, the pickers, marking many
// customers, the trash view.
func init() {
	for k, v := range map[string]model.Text{
		// Prefilled values speak the UI's language; the date parser reads both.
		"pre.tomorrow": {Zh: "明天", En: "tomorrow"},
		"pre.in2days":  {Zh: "后天", En: "+2d"},
	} {
		strs[k] = v
	}
}

func init() {
	for k, v := range map[string]model.Text{
		"form.discard":     {Zh: "这张表里有改动还没保存，要放弃吗？", En: "This form has changes that are not saved. Throw them away?"},
		"form.discardKeys": {Zh: "y 放弃改动 · n/esc 继续填写", En: "y throw away · n/esc keep editing"},
		"pick.more":        {Zh: "还有 %d 个，继续输入可缩小范围", En: "%d more; type to narrow"},
		"pick.sep":         {Zh: "；", En: "; "},
	} {
		strs[k] = v
	}
}

func init() {
	strs["io.backToForm"] = model.Text{Zh: "enter/esc 回到导入表单（填的都还在，已改为正式导入）· ↑/↓ 滚动", En: "enter/esc back to the form (all kept, now set to import for real) · ↑/↓ scroll"}
}
