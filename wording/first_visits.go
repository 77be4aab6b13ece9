package wording

import (
	"fmt"

	"guanxi/model"
)

// FirstVisitSpread says how the first visits of the customers an import added were spread, in a
// sentence: 2,000 位新客户的首次拜访排在 12-07 至 12-20（每天约 143 位）。; false when no customer
// added is due a first visit.
func FirstVisitSpread(s model.FirstVisitSpread) (model.Text, bool) {
	if s.Customers == 0 || s.From.IsZero() {
		return model.Text{}, false
	}
	n := model.GroupThousands(s.Customers)
	from, to := spreadDay(s.From, s.To), spreadDay(s.To, s.From)
	if s.From == s.To {
		return model.Text{
			Zh: fmt.Sprintf("%s 位新客户的首次拜访排在 %s。", n, from),
			En: fmt.Sprintf("The first visits of %s new customers fall on %s.", n, from),
		}, true
	}
	per := model.GroupThousands(s.PerDay())
	return model.Text{
		Zh: fmt.Sprintf("%s 位新客户的首次拜访排在 %s 至 %s（每天约 %s 位）。", n, from, to, per),
		En: fmt.Sprintf("The first visits of %s new customers fall from %s to %s (about %s a day).", n, from, to, per),
	}, true
}

// spreadDay writes a day of the spread as MM-DD when the other end is in the same year, and whole
// when the spread crosses a new year.
func spreadDay(d, other model.Date) string {
	if d.Y == other.Y {
		return d.String()[5:]
	}
	return d.String()
}
