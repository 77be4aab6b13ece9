package wording

import (
	"strconv"
	"strings"

	"guanxi/model"
)

// Every says a plan's interval alone: 每 14 天 / every 14 days; 每天 / every day.
func Every(days int, lang model.Lang) string {
	if days == 1 {
		return model.Text{Zh: "每天", En: "every day"}.In(lang)
	}
	// Built by hand, not with fmt, and only in the language asked for: this runs for
	// every planned row of today's table.
	if lang == model.Zh {
		return "每 " + strconv.Itoa(days) + " 天"
	}
	return "every " + strconv.Itoa(days) + " days"
}

// ContactEvery says how often a plan asks for a visit (or, with call, a call):
// 每 14 天拜访一次 / visit every 14 days.
func ContactEvery(days int, call bool, lang model.Lang) string {
	verb := model.Text{Zh: "拜访", En: "visit"}
	if call {
		verb = model.Text{Zh: "电话", En: "call"}
	}
	if lang == model.Zh {
		return Every(days, lang) + verb.Zh + "一次"
	}
	return verb.En + " " + Every(days, lang)
}

// Plan says a visit plan in a phrase: 每 14 天拜访一次，每 7 天电话一次 / visit every 14 days,
// call every 7 days; a plan that asks for nothing says so, and a paused one that it is paused.
func Plan(p model.VisitPlan, paused bool, lang model.Lang) string {
	switch {
	case paused:
		return model.Text{Zh: "已暂停", En: "paused"}.In(lang)
	case p.None():
		return model.Text{Zh: "不安排定期拜访", En: "no regular visits"}.In(lang)
	}
	var parts []string
	if p.VisitEveryDays > 0 {
		parts = append(parts, ContactEvery(p.VisitEveryDays, false, lang))
	}
	if p.CallEveryDays > 0 {
		parts = append(parts, ContactEvery(p.CallEveryDays, true, lang))
	}
	return strings.Join(parts, pick(lang, "，", ", "))
}
