package model

// A customer never contacted is due a first visit (and call) from the day they joined the book. A
// book imported at once would have every customer due that same day; so each first contact falls
// on a day of the plan's first interval, chosen by the customer's id: the same book always gives
// the same days, consecutive customers fall on consecutive days, and an import of 2,000 customers
// with a two-week plan makes about 143 first visits a day.

// FirstContactDay returns the day a customer who joined on since, with the given id, is first due
// a contact the plan asks for every days.
func FirstContactDay(since Date, every int, id int64) Date {
	if every <= 1 || id <= 0 {
		return since
	}
	return since.AddDays(int(id % int64(every)))
}

// NextDueSpread is NextDue for a customer with an id: a visit or call never made is due on its
// FirstContactDay rather than on the day they joined.
func NextDueSpread(plan VisitPlan, lastVisit, lastCall, since Date, id int64) (visit, call Date) {
	visit, call = NextDue(plan, lastVisit, lastCall, since)
	if lastVisit.IsZero() && !visit.IsZero() {
		visit = FirstContactDay(since, plan.VisitEveryDays, id)
	}
	if lastCall.IsZero() && lastVisit.IsZero() && !call.IsZero() {
		call = FirstContactDay(since, plan.CallEveryDays, id)
	}
	return visit, call
}

// PlannedOnSpread is PlannedOn with first contacts spread as NextDueSpread spreads them.
func PlannedOnSpread(plan VisitPlan, lastVisit, lastCall, since Date, id int64) (visit, call Date) {
	visit, call = PlannedOn(plan, lastVisit, lastCall, since)
	if lastVisit.IsZero() && !visit.IsZero() {
		visit = FirstContactDay(since, plan.VisitEveryDays, id)
	}
	if lastCall.IsZero() && lastVisit.IsZero() && !call.IsZero() {
		call = FirstContactDay(since, plan.CallEveryDays, id)
	}
	return visit, call
}
