package model

// A greeting enters the checklist some days before its day (the lead), so there is time to prepare
// it; it is not late then. It is listed under today until its day, and is never counted overdue
// before the day has passed.

// GreetingListedOn returns the day a greeting for an occasion on day is listed under on the
// checklist of today: the day it becomes due (lead days before), or today once that has come.
func GreetingListedOn(day Date, lead int, today Date) Date {
	due := GreetingDue(day, lead)
	if due.Before(today) && !day.Before(today) {
		return today
	}
	return due
}

// GreetingDaysAway says how many days from today the occasion itself is: 0 today, 1 tomorrow.
func GreetingDaysAway(day, today Date) int { return day.DaysSince(today) }
