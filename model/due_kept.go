package model

// A sheet that names a customer's next follow-up day is the salesperson's own word on when to see
// them next; a new customer's first visit and call, spread over the plan's first interval, would
// otherwise put them on another day. The day is kept with what the book already has: a planned
// contact the plan asks for before it is put off to it, as the user would put it off; when no
// planned contact falls on it (they all come later, or the plan asks for none), a reminder on it
// holds it. A planned contact after the day stays where the plan puts it.

// KeptDue is how a next due day is kept: the planned visit and call put off to it (zero when not
// put off), and whether a reminder on the day is needed.
type KeptDue struct {
	Visit, Call PlanSnooze
	Remind      bool
}

// KeepDueOn decides how a customer whose plan next asks for a visit and a call on visit and call
// (zero when it asks for none) comes to be due on day; the zero KeptDue when day is zero.
func KeepDueOn(day, visit, call Date) KeptDue {
	var k KeptDue
	if day.IsZero() {
		return k
	}
	onDay := false
	keep := func(planned Date, sn *PlanSnooze) {
		switch {
		case planned.IsZero():
		case planned.Before(day):
			*sn = PlanSnooze{From: planned, Until: day}
			onDay = true
		case planned == day:
			onDay = true
		}
	}
	keep(visit, &k.Visit)
	keep(call, &k.Call)
	k.Remind = !onDay
	return k
}
