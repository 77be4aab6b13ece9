package cli

import "guanxi/model"

// mergeTexts are the messages of guanxi merge.
type mergeTexts struct {
	Short           model.Text
	BothRefsName    model.Text
	MergeFailedBook model.Text
	MergedIdInto    model.Text
}

var mergeText = mergeTexts{
	Short:           model.Text{Zh: "把一位客户并入另一位，两人的全部记录都保留", En: "merge one customer into another, keeping every record of both"},
	BothRefsName:    model.Text{Zh: "两个 REF 是同一位客户", En: "both REFs name the same customer"},
	MergeFailedBook: model.Text{Zh: "合并失败，客户簿没有改动：%v", En: "the merge failed and the book was not changed: %v"},
	MergedIdInto:    model.Text{Zh: "已把 %s（编号 %d）并入 %s（编号 %d）：两人的联系人、往来记录、成交、提醒、投诉和性格类型都在这位客户名下。", En: "Merged %s (id %d) into %s (id %d): the contacts, logged contacts, deals, reminders, complaints and personality types of both are now this customer's."},
}
