package wording

import (
	"fmt"

	"guanxi/model"
)

// DaysFrom says how far a day lies from today: 逾期 3 天 / 3 days late, 逾期 1 天 / 1 day late,
// 今天 / today, 明天 / tomorrow, 3 天后 / in 3 days. The number stands apart from the Chinese
// words by a space, as everywhere guanxi writes a number in a Chinese phrase.
func DaysFrom(d, today model.Date, lang model.Lang) string {
	switch n := d.DaysSince(today); {
	case n == 0:
		return model.Text{Zh: "今天", En: "today"}.In(lang)
	case n == 1:
		return model.Text{Zh: "明天", En: "tomorrow"}.In(lang)
	case n == -1:
		return model.Text{Zh: "逾期 1 天", En: "1 day late"}.In(lang)
	case n < 0:
		return pick(lang, fmt.Sprintf("逾期 %d 天", -n), fmt.Sprintf("%d days late", -n))
	default:
		return pick(lang, fmt.Sprintf("%d 天后", n), fmt.Sprintf("in %d days", n))
	}
}

// pick returns zh or en by lang.
func pick(lang model.Lang, zh, en string) string {
	if lang == model.Zh {
		return zh
	}
	return en
}
