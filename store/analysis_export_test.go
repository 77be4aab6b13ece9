package store

import "guanxi/model"

// AnalysisQueries returns the statements Analysis reads its figures with for today and the
// settings cs, with their arguments, so that a benchmark can run them bare on SQLite beside it:
// the largest customer id and the deals of each day span, then the customers' side. The settings
// must give a period (not all time), whose first day needs no query.
func AnalysisQueries(today model.Date, cs model.ClassSettings) []BareQuery {
	w := windowsOf(today, cs)
	out := []BareQuery{{maxCustomerIDSQL, nil}}
	for _, sp := range w.spans(min(w.period, w.lastYear)) {
		query, args := sp.query()
		out = append(out, BareQuery{query, args})
	}
	out = append(out,
		BareQuery{trashedSQL, nil},
		BareQuery{countCustomersSQL, nil},
		BareQuery{noDealsSQL, nil},
		BareQuery{newCustomersSQL, []any{newFrom(today, cs).String()}},
	)
	for _, code := range model.LapseOrder {
		if query, args, ok := lapseQuery(code, today, cs); ok {
			out = append(out, BareQuery{query, args})
		}
	}
	return append(out,
		BareQuery{receivablesSQL, nil},
		BareQuery{complainersSQL, []any{model.YearStart(today).String(), model.ComplaintsMoreThan}},
	)
}
