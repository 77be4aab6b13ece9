package model

import (
	"fmt"
	"strconv"
)

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

// Sentence says how the first visits were spread, in a line: "2,000 位新客户的首次拜访排在 12-07 至
// 12-20（每天约 143 位）。"; false when no customer added is due a first visit.
func (s FirstVisitSpread) Sentence() (Text, bool) {
	if s.Customers == 0 || s.From.IsZero() {
		return Text{}, false
	}
	n := groupThousands(strconv.Itoa(s.Customers))
	from, to := spreadDay(s.From, s.To), spreadDay(s.To, s.From)
	if s.From == s.To {
		return Text{
			Zh: fmt.Sprintf("%s 位新客户的首次拜访排在 %s。", n, from),
			En: fmt.Sprintf("The first visits of %s new customers fall on %s.", n, from),
		}, true
	}
	per := groupThousands(strconv.Itoa(s.PerDay()))
	return Text{
		Zh: fmt.Sprintf("%s 位新客户的首次拜访排在 %s 至 %s（每天约 %s 位）。", n, from, to, per),
		En: fmt.Sprintf("The first visits of %s new customers fall from %s to %s (about %s a day).", n, from, to, per),
	}, true
}

// spreadDay writes a day of the spread as MM-DD when the other end is in the same year, and whole
// when the spread crosses a new year.
func spreadDay(d, other Date) string {
	if d.Y == other.Y {
		return d.String()[5:]
	}
	return d.String()
}
