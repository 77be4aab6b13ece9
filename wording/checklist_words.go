package wording

import "guanxi/model"

// The words a checklist row shows beside why it is due, shared by `guanxi today`, the follow-up
// view and the calendar export: what the item is, and how far a greeting's day is.

// FirstVisitName names a planned visit to a customer never visited.
var FirstVisitName = model.Text{Zh: "首次拜访", En: "1st visit"}

// KindName names what a checklist item is: the occasion of a greeting, a first visit, or the item's kind.
func KindName(it *model.ChecklistItem, lang model.Lang) string {
	switch {
	case it.IsGreeting():
		return model.NameOf(model.Occasions, string(it.Due.Occasion), lang)
	case it.Due.FirstVisit:
		return FirstVisitName.In(lang)
	}
	return model.NameOf(model.ItemKinds, string(it.Kind), lang)
}

// occasionNouns are what a greeting's day is, in a word, for GreetingWhen.
var occasionNouns = map[model.Occasion]string{
	model.OccasionBirthday: "生日", model.OccasionAnniversary: "周年", model.OccasionFirstDeal: "周年", model.OccasionHoliday: "节日",
}

// GreetingWhen says how far a greeting item's day is from today — 今天生日, 明天生日, 3 天后生日; in
// English "today", "tomorrow", "in 3 days", beside a column that names the occasion — and false
// when the item is not a greeting whose day is still to come.
func GreetingWhen(it *model.ChecklistItem, lang model.Lang, today model.Date) (string, bool) {
	if !it.IsGreeting() || it.Due.OccasionOn.Before(today) {
		return "", false
	}
	// The day is said as any day is (DaysFrom); in Chinese the occasion follows: 3 天后生日.
	day := today.AddDays(model.GreetingDaysAway(it.Due.OccasionOn, today))
	return DaysFrom(day, today, lang) + pick(lang, occasionNouns[it.Due.Occasion], ""), true
}
