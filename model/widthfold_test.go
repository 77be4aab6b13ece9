package model

import "testing"

func TestFoldWidth(t *testing.T) {
	checkAnswers(t, "FoldWidth", FoldWidth, answers[string, string]{
		{"１３９１２３４５６７８", "13912345678"},
		{"ＷＡＮＧ＠ｅｘａｍｐｌｅ．ｃｏｍ", "WANG@example.com"},
		{"０２１－６１２３４５６７", "021-61234567"},
		{"１９８５年３月７日", "1985年3月7日"},
		{"张　三", "张 三"},
		{"王建国、李娜。《合同》", "王建国、李娜。《合同》"},
		{"（客服）", "(客服)"},
		{"plain text", "plain text"},
		{"", ""},
	})
}
