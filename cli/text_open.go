package cli

import "guanxi/model"

// openTexts are the messages of guanxi open.
type openTexts struct {
	TodayAutomaticSnapshot model.Text
	TakingTodaySnapshot    model.Text
}

var openText = openTexts{
	TodayAutomaticSnapshot: model.Text{Zh: "今天的自动快照没有做成：%v", En: "today's automatic snapshot failed: %v"},
	TakingTodaySnapshot:    model.Text{Zh: "保存今天的快照", En: "taking today's snapshot"},
}
