package kit

import "guanxi/model"

// The texts of deleting a customer to the trash and bringing it back.
func init() {
	for k, v := range map[string]model.Text{
		"trash.confirm":     {Zh: "把「%s」移到回收站？", En: "Move %s to the trash?"},
		"trash.confirmBody": {Zh: "连同 %[1]d 条记录（联系人、联系记录、成交、提醒、投诉）一起移走，列表和跟进里都不再出现。删除后马上按 u（客户列表里按 ctrl+z）可以撤销；以后也能用 guanxi restore %[2]d 恢复。", En: "Its %[1]d records (contacts, logged contacts, deals, reminders, complaints) go with it, and it leaves the list and the follow-up. Press u right after (ctrl+z over the customer list) to undo; guanxi restore %[2]d brings it back later."},
		"trash.done":        {Zh: "已把「%s」移到回收站 · 按 u 撤销", En: "Moved %s to the trash · press u to undo"},
		"trash.doneTyping":  {Zh: "已把「%s」移到回收站 · 按 ctrl+z 撤销", En: "Moved %s to the trash · press ctrl+z to undo"},
		"trash.restoring":   {Zh: "正在恢复…", En: "Restoring…"},
		"saved.restored":    {Zh: "已从回收站恢复，记录都在", En: "Restored from the trash with all its records"},
	} {
		Strs[k] = v
	}
}
