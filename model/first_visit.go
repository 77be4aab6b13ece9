package model

// A customer never contacted is due a first visit (and call) from the day they joined the book. A
// book imported at once would have every customer due that same day; so each first contact falls
// on a day of the plan's first interval, chosen by the customer's id: the same book always gives
// the same days, and consecutive customers fall on consecutive days. A plan kept to working days
// spreads its first contacts over the working days of the interval, so no Monday takes a weekend's
// share: an import of 2,000 customers with a two-week plan makes about 200 first visits a
// working day.

// FirstContactDay returns the day a customer who joined on since, with the given id, is first due
// a contact the plan asks for every days: a day of the interval from since, a working day unless
// the plan may fall on any day.
func (p VisitPlan) FirstContactDay(since Date, every int, id int64) Date {
	if every <= 1 || id <= 0 {
		return since
	}
	days := make([]Date, 0, every)
	for d := range every {
		if day := since.AddDays(d); p.AnyDay || IsWorkingDay(day) {
			days = append(days, day)
		}
	}
	if len(days) == 0 {
		return since
	}
	return days[int(id%int64(len(days)))]
}

// NextDueSpread is NextDue for a customer with an id: a visit or call never made is due on its
// FirstContactDay rather than on the day they joined, moved to a working day as NextDue moves.
func NextDueSpread(plan VisitPlan, lastVisit, lastCall, since Date, id int64) (visit, call Date) {
	visit, call = PlannedOnSpread(plan, lastVisit, lastCall, since, id)
	return plan.Day(visit), plan.Day(call)
}

// PlannedOnSpread is PlannedOn with first contacts spread as NextDueSpread spreads them.
func PlannedOnSpread(plan VisitPlan, lastVisit, lastCall, since Date, id int64) (visit, call Date) {
	visit, call = PlannedOn(plan, lastVisit, lastCall, since)
	if lastVisit.IsZero() && !visit.IsZero() {
		visit = plan.FirstContactDay(since, plan.VisitEveryDays, id)
	}
	if lastCall.IsZero() && lastVisit.IsZero() && !call.IsZero() {
		call = plan.FirstContactDay(since, plan.CallEveryDays, id)
	}
	return visit, call
}
