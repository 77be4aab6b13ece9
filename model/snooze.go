package model

import "time"

// SnoozeChoice is one of the ways a checklist item can be put off.
type SnoozeChoice string

// The ways to put an item off: to tomorrow, by three days, to next Monday, or to a chosen date.
const (
	SnoozeTomorrow SnoozeChoice = "tomorrow"
	Snooze3Days    SnoozeChoice = "3d"
	SnoozeNextWeek SnoozeChoice = "next_week"
	SnoozeDate     SnoozeChoice = "date"
)

// SnoozeChoices lists the ways to put an item off with their names.
var SnoozeChoices = []Code{
	{string(SnoozeTomorrow), Text{"明天", "Tomorrow"}},
	{string(Snooze3Days), Text{"三天后", "In 3 days"}},
	{string(SnoozeNextWeek), Text{"下周一", "Next Monday"}},
	{string(SnoozeDate), Text{"指定日期", "A date"}},
}

// SnoozeTarget returns the day a choice puts an item off to, counted from today; for SnoozeDate
// it is the date given.
func SnoozeTarget(choice SnoozeChoice, today, date Date) Date {
	switch choice {
	case SnoozeTomorrow:
		return today.AddDays(1)
	case Snooze3Days:
		return today.AddDays(3)
	case SnoozeNextWeek:
		// Monday is 1; Sunday (0) is six days after the Monday before it.
		wd := int(today.Weekday())
		if wd == int(time.Sunday) {
			wd = 7
		}
		return today.AddDays(8 - wd)
	}
	return date
}

// CheckSnooze reports why an item due on due cannot be put off to to: a day that is not after
// today, or not after the day it is due already.
func CheckSnooze(due, today, to Date) error {
	if to.IsZero() {
		return fieldErr("date", "请填写推迟到哪一天", "say which day to put it off to")
	}
	if !to.After(today) {
		return fieldErr("date", "推迟到的日子须在今天之后", "put it off to a day after today")
	}
	if !to.After(due) {
		return fieldErr("date", "这一项本来就在那天之后才到期", "it is not due until after that day anyway")
	}
	return nil
}

// PlanSnooze puts off a planned visit or call: the plan asked for it on From, the user moved it to
// Until. It holds only while the plan still asks for From: once a contact is logged, or the plan
// changes, the plan's own date counts again and the snooze has lapsed.
type PlanSnooze struct {
	From  Date
	Until Date
}

// Apply returns the day a planned item is due, given the day the plan asks for it.
func (s PlanSnooze) Apply(due Date) Date {
	if due.IsZero() || s.Until.IsZero() || due != s.From || !s.Until.After(due) {
		return due
	}
	return s.Until
}

// DefaultSnooze is the choice a put-off starts on: the first that moves an item due on due past
// it (an item due tomorrow starts on 三天后, not on 明天, which would leave it where it is), or a
// date of the user's when none does.
func DefaultSnooze(due, today Date) SnoozeChoice {
	for _, c := range SnoozeChoices {
		choice := SnoozeChoice(c.Code)
		if choice != SnoozeDate && CheckSnooze(due, today, SnoozeTarget(choice, today, Date{})) == nil {
			return choice
		}
	}
	return SnoozeDate
}
