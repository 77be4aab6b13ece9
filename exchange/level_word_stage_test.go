package exchange

import (
	"strings"
	"testing"

	"guanxi/model"
)

// A word in the column of levels that names a stage (潜在客户) sets the stage, and the summary says
// so in both languages, not that the level was read as it.
func TestImportSaysALevelWordSetTheStage(t *testing.T) {
	rows := "姓名,公司,客户级别\n韦伟,瑞丰食品,潜在客户\n李娜,东方贸易,重要客户\n"
	s := openBook(t)
	sum := importWritten(t, s, "客户.csv", []byte(rows))
	got := byName(t, s)
	if got["韦伟"].Stage != model.StageProspect {
		t.Errorf("潜在客户 should set the stage: %+v", got["韦伟"])
	}
	warned(t, sum, "第 2 行：客户级别“潜在客户”是阶段：按阶段“潜在客户”导入，级别未改（1 行）",
		"line 2: Level \"潜在客户\" names a stage: read as the stage Prospect, the level left unchanged (1 row)",
		"第 3 行：客户级别“重要客户”按“重点客户”导入（1 行）")
	all := problems(sum.Warnings, model.Zh)
	if strings.Contains(all, "“潜在客户”按“潜在客户”导入") {
		t.Errorf("the stage should not be called a level:\n%s", all)
	}
}
