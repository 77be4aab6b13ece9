package model

// FirstVisitSpread is how the first visits of customers just added fall over the days, so an
// import can say that its customers are not all due at once (see FirstContactDay).
type FirstVisitSpread struct {
	Customers int  // customers added who are due a first visit
	From, To  Date // the first and the last of those visits
	Days      int  // how many days hold at least one of them
}

// PerDay is about how many first visits fall on each day that holds some.
func (s FirstVisitSpread) PerDay() int {
	if s.Days <= 0 {
		return s.Customers
	}
	return (s.Customers + s.Days/2) / s.Days
}
