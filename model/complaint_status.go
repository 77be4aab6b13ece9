package model

import (
	"strings"
)

// Severities lists how serious a complaint is, 1 to 3, with their names.
var Severities = []Code{
	{"1", Text{"轻微", "Minor"}},
	{"2", Text{"一般", "Moderate"}},
	{"3", Text{"严重", "Serious"}},
}

// ComplaintState is where a complaint stands against the reply promised.
type ComplaintState string

// The states of a complaint.
const (
	ComplaintOpen         ComplaintState = "open"          // open, the promise not yet due
	ComplaintDueToday     ComplaintState = "due_today"     // open, the reply is promised for today
	ComplaintBroken       ComplaintState = "broken"        // open, and the promised day has passed
	ComplaintResolved     ComplaintState = "resolved"      // resolved by the promised day
	ComplaintResolvedLate ComplaintState = "resolved_late" // resolved, but after the promised day
)

// ComplaintStates lists the states with their names.
var ComplaintStates = []Code{
	{string(ComplaintOpen), Text{"处理中", "Open"}},
	{string(ComplaintDueToday), Text{"今天须答复", "Reply due today"}},
	{string(ComplaintBroken), Text{"已失约", "Promise broken"}},
	{string(ComplaintResolved), Text{"已解决", "Resolved"}},
	{string(ComplaintResolvedLate), Text{"逾期解决", "Resolved late"}},
}

// Open tells whether the complaint still waits for its reply.
func (c *Complaint) Open() bool { return c.ResolvedOn.IsZero() }

// ReplyDue returns the day the reply is owed: the day promised, or when nothing was promised the
// day of the complaint itself, since a complaint is answered at once.
func (c *Complaint) ReplyDue() Date {
	if !c.ReplyBy.IsZero() {
		return c.ReplyBy
	}
	return c.On
}

// State says where the complaint stands on today.
func (c *Complaint) State(today Date) ComplaintState {
	due := c.ReplyDue()
	if !c.Open() {
		if c.ResolvedOn.After(due) {
			return ComplaintResolvedLate
		}
		return ComplaintResolved
	}
	switch {
	case today.After(due):
		return ComplaintBroken
	case today == due:
		return ComplaintDueToday
	}
	return ComplaintOpen
}

// Resolve closes the complaint on a day with a summary of what was done.
func (c *Complaint) Resolve(on Date, summary string) error {
	summary = strings.TrimSpace(summary)
	if !c.Open() {
		return fieldErr("summary", "这条投诉已经解决了", "the complaint is resolved already")
	}
	if summary == "" {
		return fieldErr("summary", "请写下处理结果", "say how it was resolved")
	}
	if err := checkLen("summary", summary, MaxNoteLen); err != nil {
		return err
	}
	if on.IsZero() {
		return fieldErr("on", "请填写日期", "a date is required")
	}
	if on.Before(c.On) {
		return fieldErr("on", "解决日期不能早于投诉日期", "a complaint cannot be resolved before it was made")
	}
	c.ResolvedOn, c.Summary = on, summary
	return nil
}
