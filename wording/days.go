package wording

import (
	"strconv"

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
		// Built by hand, not with fmt, and only in the language asked for: this runs for
		// every row of today's table.
		if lang == model.Zh {
			return "逾期 " + strconv.Itoa(-n) + " 天"
		}
		return strconv.Itoa(-n) + " days late"
	default:
		if lang == model.Zh {
			return strconv.Itoa(n) + " 天后"
		}
		return "in " + strconv.Itoa(n) + " days"
	}
}

// pick returns zh or en by lang.
func pick(lang model.Lang, zh, en string) string {
	if lang == model.Zh {
		return zh
	}
	return en
}
