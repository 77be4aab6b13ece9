package model

import "fmt"

// enCount writes an English count that agrees with its number: 1 deal, 2 deals, 0 deals.
func enCount(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// daysAgo says when a day was, counted back from today, in both languages: 就在今天 / today,
// 在昨天 / yesterday, 在 12 天前 / 12 days ago.
func daysAgo(n int) Text {
	switch n {
	case 0:
		return Text{"就在今天", "today"}
	case 1:
		return Text{"在昨天", "yesterday"}
	}
	return Text{fmt.Sprintf("在 %d 天前", n), fmt.Sprintf("%d days ago", n)}
}

// opWords say a comparison of a number of days in words: 不到 180 天 / under 180 days.
var opWords = map[string]Text{
	">=": {"已满", "at least"}, ">": {"超过", "over"}, "<": {"不到", "under"}, "<=": {"不超过", "at most"}, "=": {"正好", "exactly"},
}
