package store

import (
	"strings"

	"guanxi/model"
)

// A rule that depends on the day is written in model once, as spans and bounds of a customer's
// figures on the day (model/classify_spans.go). The functions here translate them into SQL
// comparisons over the columns that hold the figures, and nothing more: each comparison says what
// the span's Holds says, so the SQL holds no threshold and no rule of its own, and an index can
// serve it. arg adds a value to the statement's arguments and returns its placeholder.

// daySpanSQL is model.DaySpan.Holds over a date column: NULL, a date never set, is in no span, as
// the zero date is in none.
func daySpanSQL(col string, sp model.DaySpan, arg func(any) string) string {
	switch {
	case !sp.First.IsZero() && !sp.Last.IsZero():
		return col + " BETWEEN " + arg(dayArg(sp.First)) + " AND " + arg(dayArg(sp.Last))
	case !sp.First.IsZero():
		return col + " >= " + arg(dayArg(sp.First))
	case !sp.Last.IsZero():
		return col + " <= " + arg(dayArg(sp.Last))
	}
	return col + " IS NOT NULL"
}

// countSpanSQL is model.CountSpan.Holds over a count.
func countSpanSQL(expr string, sp model.CountSpan, arg func(any) string) string {
	switch {
	case sp.Max < 0:
		return expr + " >= " + arg(sp.Min)
	case sp.Min == sp.Max:
		return expr + " = " + arg(sp.Min)
	}
	return expr + " BETWEEN " + arg(sp.Min) + " AND " + arg(sp.Max)
}

// laterSpanSQL is model.DaySpan.Holds over the later of two date columns, either of which may be
// NULL (model.LastDealing of the two), said of each column on its own so that an index of either
// can serve it: the later is on or after the first day when either is, on or before the last day
// when both are or are NULL, and a date at all when either is one.
func laterSpanSQL(a, b string, sp model.DaySpan, arg func(any) string) string {
	var conds []string
	// Each placeholder is its own argument: arg is called once for each.
	if first := dayArg(sp.First); !sp.First.IsZero() {
		conds = append(conds, "("+a+" >= "+arg(first)+" OR "+b+" >= "+arg(first)+")")
	} else {
		conds = append(conds, "("+a+" IS NOT NULL OR "+b+" IS NOT NULL)")
	}
	if last := dayArg(sp.Last); !sp.Last.IsZero() {
		conds = append(conds, "("+a+" IS NULL OR "+a+" <= "+arg(last)+")", "("+b+" IS NULL OR "+b+" <= "+arg(last)+")")
	}
	return strings.Join(conds, " AND ")
}

// lapseBoundsSQL is model.LapseBounds.Holds over a customer's row c: its last deal, last contact
// and number of deals as the store keeps them on the row. A figure the class leaves free adds
// nothing.
func lapseBoundsSQL(bounds model.LapseBounds, arg func(any) string) string {
	var conds []string
	if bounds.ByLast {
		conds = append(conds, laterSpanSQL("c.last_deal_on", "c.last_contact_on", bounds.Last, arg))
	}
	if bounds.ByDeals {
		conds = append(conds, countSpanSQL("c.deal_count", bounds.Deals, arg))
	}
	if bounds.ByLastDeal {
		conds = append(conds, daySpanSQL("c.last_deal_on", bounds.LastDeal, arg))
	}
	if len(conds) == 0 {
		return "1"
	}
	return strings.Join(conds, " AND ")
}
