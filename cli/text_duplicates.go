package cli

import "guanxi/model"

// duplicatesTexts are the messages of guanxi duplicates.
type duplicatesTexts struct {
	Short             model.Text
	NoLikelyDuplicate model.Text
	Why               model.Text
	PairsMergeOne     model.Text
}

var duplicatesText = duplicatesTexts{
	Short:             model.Text{Zh: "找出疑似重复的客户（电话、邮箱、姓名加公司相同）", En: "find likely duplicate customers (same phone, email, or name and company)"},
	NoLikelyDuplicate: model.Text{Zh: "没有发现疑似重复的客户。", En: "No likely duplicate customers."},
	Why:               model.Text{Zh: "原因", En: "WHY"},
	PairsMergeOne:     model.Text{Zh: "共 %d 对。合并：guanxi merge 保留的编号 并入的编号", En: "%d pairs. To merge one: guanxi merge KEEP_ID MERGED_ID"},
}
