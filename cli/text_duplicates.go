package cli

import "guanxi/model"

// duplicatesTexts are the messages of guanxi duplicates and guanxi merge.
type duplicatesTexts struct {
	Short             model.Text
	NoLikelyDuplicate model.Text
	Why               model.Text
	PairsMergeOne     model.Text
	MergeShort        model.Text
	BothRefsName      model.Text
	MergeFailedBook   model.Text
	MergedIDInto      model.Text
}

var duplicatesText = duplicatesTexts{
	Short:             model.Text{Zh: "找出疑似重复的客户（电话、邮箱、姓名加公司相同）", En: "find likely duplicate customers (same phone, email, or name and company)"},
	NoLikelyDuplicate: model.Text{Zh: "没有发现疑似重复的客户。", En: "No likely duplicate customers."},
	Why:               model.Text{Zh: "原因", En: "WHY"},
	PairsMergeOne:     model.Text{Zh: "共 %d 对。合并：guanxi merge 保留的编号 并入的编号", En: "%d pairs. To merge one: guanxi merge KEEP_ID MERGED_ID"},
	MergeShort:        model.Text{Zh: "把一位客户并入另一位，两人的全部记录都保留", En: "merge one customer into another, keeping every record of both"},
	BothRefsName:      model.Text{Zh: "两个 REF 是同一位客户", En: "both REFs name the same customer"},
	MergeFailedBook:   model.Text{Zh: "合并失败，客户簿没有改动：%v", En: "the merge failed and the book was not changed: %v"},
	MergedIDInto:      model.Text{Zh: "已把 %s（编号 %d）并入 %s（编号 %d）：两人的联系人、往来记录、成交、提醒、投诉和性格类型都在这位客户名下。", En: "Merged %s (id %d) into %s (id %d): the contacts, logged contacts, deals, reminders, complaints and personality types of both are now this customer's."},
}
