package model

import "fmt"

// The words a checklist row shows beside why it is due, shared by `guanxi today` and the follow-up
// view: what the item is, how far a greeting's day is, and the last contact of the item's kind.

// FirstVisitName names a planned visit to a customer never visited.
var FirstVisitName = Text{"首次拜访", "1st visit"}

// KindName names what the item is: the occasion of a greeting, a first visit, or the item's kind.
func (it *ChecklistItem) KindName(lang Lang) string {
	switch {
	case it.IsGreeting():
		return NameOf(Occasions, string(it.Due.Occasion), lang)
	case it.Due.FirstVisit:
		return FirstVisitName.In(lang)
	}
	return NameOf(ItemKinds, string(it.Kind), lang)
}

// occasionNouns are what a greeting's day is, in a word, for GreetingWhen.
var occasionNouns = map[Occasion]string{
	OccasionBirthday: "生日", OccasionAnniversary: "周年", OccasionFirstDeal: "周年", OccasionHoliday: "节日",
}

// GreetingWhen says how far a greeting's day is from today — 今天生日, 明天生日, 3 天后生日; in
// English "today", "tomorrow", "in 3 days", beside a column that names the occasion — and false
// when the item is not a greeting whose day is still to come.
func (it *ChecklistItem) GreetingWhen(lang Lang, today Date) (string, bool) {
	if !it.IsGreeting() || it.Due.OccasionOn.Before(today) {
		return "", false
	}
	noun := occasionNouns[it.Due.Occasion]
	switch n := GreetingDaysAway(it.Due.OccasionOn, today); {
	case n == 0:
		return Text{"今天" + noun, "today"}.In(lang), true
	case n == 1:
		return Text{"明天" + noun, "tomorrow"}.In(lang), true
	default:
		return Text{fmt.Sprintf("%d 天后%s", n, noun), fmt.Sprintf("in %d days", n)}.In(lang), true
	}
}

// LastOfKind returns the day the customer was last contacted the way the item asks, and what that
// was: a visit row the last visit, a call row the last call (a visit counts), any other row the
// last contact of any kind.
func (it *ChecklistItem) LastOfKind() (Date, ItemKind) {
	switch it.Kind {
	case ItemVisit:
		return it.LastVisitOn, ItemVisit
	case ItemCall:
		return it.LastCallOn, ItemCall
	}
	return it.LastContactOn, ""
}
