package kit

import "guanxi/model"

// DuplicatesTexts are the texts of the duplicates box.
type DuplicatesTexts struct {
	Title       model.Text
	None        model.Text
	Hint        model.Text
	Keys        model.Text
	Confirm     model.Text
	ConfirmBody model.Text
}

var duplicatesTexts = DuplicatesTexts{
	Title:       model.Text{Zh: "疑似重复：%s", En: "Likely duplicates of %s"},
	None:        model.Text{Zh: "没有发现和这位客户疑似重复的客户", En: "No customer looks like a duplicate of this one"},
	Hint:        model.Text{Zh: "选一位并入当前客户；想保留另一位，就打开那位再按 m", En: "Pick one to merge into this customer; to keep the other, open that one and press m"},
	Keys:        model.Text{Zh: "↑/↓ 选择 · enter 合并 · esc 取消", En: "↑/↓ choose · enter merge · esc cancel"},
	Confirm:     model.Text{Zh: "把“%s”并入“%s”？", En: "Merge %s into %s?"},
	ConfirmBody: model.Text{Zh: "%[1]s 的联系人、往来记录、成交、提醒、投诉和性格类型都会转到 %[2]s 名下；两人资料里不同的内容写进备注。合并后 %[1]s 不再单独存在，今天的自动快照里还留着合并前的样子。", En: "The contacts, logged contacts, deals, reminders, complaints and personality types of %[1]s move to %[2]s; where their profiles differ, %[1]s's is kept in the notes. After the merge %[1]s no longer stands alone; today's automatic snapshot still holds the book as it was."},
}
