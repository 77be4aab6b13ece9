package model

// A class that depends on the day cannot be stored when a record is written: a customer becomes
// old or inactive with nothing written. So the rule of such a class is written here once as the
// span of a figure each class holds on a day. The Go rule asks whether the span holds the figure;
// the store's query of a saved list hands SQL the span's ends, so that SQL only compares a column
// (kept on the customer's row, or counted) with bounds the model computed, and an index can serve
// it. Neither side writes a threshold of its own.

// DaySpan is the days from First to Last, both included; a zero First has no first day and a zero
// Last no last one. It holds no zero date: a date never set is in no span.
type DaySpan struct {
	First, Last Date
}

// Holds tells whether d is a date within the span.
func (sp DaySpan) Holds(d Date) bool {
	return !d.IsZero() && (sp.First.IsZero() || !d.Before(sp.First)) && (sp.Last.IsZero() || !d.After(sp.Last))
}

// CountSpan is the whole numbers from Min to Max, both included; a Max below zero has no end. One
// with Max below Min, not below zero, holds nothing.
type CountSpan struct {
	Min, Max int
}

// Holds tells whether n is within the span.
func (sp CountSpan) Holds(n int) bool {
	return n >= sp.Min && (sp.Max < 0 || n <= sp.Max)
}

// TenureSpan is the rule of the tenures, its one copy: the first deals of tenure class code on
// today. An old customer's first deal is OldAfterDays or more before today, a new customer's is
// later. TenureNone has no span (ok is false): it holds the customers with no first deal.
func TenureSpan(code string, today Date, s ClassSettings) (span DaySpan, ok bool) {
	cut := s.OldCutoff(today)
	switch code {
	case TenureOld:
		return DaySpan{Last: cut}, true
	case TenureNew:
		return DaySpan{First: cut.AddDays(1)}, true
	}
	return DaySpan{}, false
}

// TenureOf is the tenure class's code of a customer whose first deal was firstDeal (zero: none
// yet) on today, by TenureSpan. ClassifyTenure words the reason for it.
func TenureOf(firstDeal, today Date, s ClassSettings) string {
	for _, c := range TenureCodes {
		if sp, ok := TenureSpan(c.Code, today, s); ok && sp.Holds(firstDeal) {
			return c.Code
		}
	}
	return TenureNone
}

// ActivitySpan is the rule of the activity classes, its one copy: how many deals and logged
// contacts together, in the window of ClassSettings.ActiveStart to today, each class holds.
// Active is ActiveMin or more, normal at least one and fewer, low none.
func ActivitySpan(code string, s ClassSettings) CountSpan {
	switch code {
	case ActivityActive:
		return CountSpan{Min: s.ActiveMin, Max: -1}
	case ActivityNormal:
		return CountSpan{Min: 1, Max: s.ActiveMin - 1}
	}
	return CountSpan{Min: 0, Max: 0}
}

// ActivityOf is the activity class's code of a customer with touches deals and logged contacts
// together in the window, by ActivitySpan. ClassifyActivity words the reason for it.
func ActivityOf(touches int, s ClassSettings) string {
	for _, c := range ActivityCodes {
		if ActivitySpan(c.Code, s).Holds(touches) {
			return c.Code
		}
	}
	return ActivityLow
}

// LapseBounds are the bounds a lapse class puts on three figures of a customer's row on a day.
// Only the figures marked bounded are: another is free (a free last deal may be none at all). A
// customer is within the bounds when every bounded figure is within its span. The spans are values,
// not pointers, so the rule allocates nothing: it runs on every customer of a saved list's lapse:.
type LapseBounds struct {
	Last     DaySpan   // the later of the last deal and the last contact (LastDealing)
	Deals    CountSpan // how many deals ever
	LastDeal DaySpan   // the last deal
	// Which of the three are bounded.
	ByLast, ByDeals, ByLastDeal bool
}

// Holds tells whether a customer with these figures is within the bounds.
func (b LapseBounds) Holds(lastDeal, lastContact Date, deals int) bool {
	return (!b.ByLast || b.Last.Holds(LastDealing(lastDeal, lastContact))) &&
		(!b.ByDeals || b.Deals.Holds(deals)) &&
		(!b.ByLastDeal || b.LastDeal.Holds(lastDeal))
}

// LapseOrder lists the lapse classes that have bounds, in the order they are decided: a customer
// is in the first whose bounds hold them, and current when none does. Lost comes first: one deal
// long ago is not dormant when there has been nothing at all for longer still.
var LapseOrder = []string{LapseLost, LapseDormant}

// LapseSpan is the rule of the lapse classes, its one copy: the bounds of lapse class code on today,
// for the customers no class before it in LapseOrder holds. A lost customer's last deal or contact,
// the later of the two, is LostAfterDays or more before today; a dormant customer has one deal
// only, DormantAfterDays or more before today. LapseCurrent has no bounds (ok is false): it holds
// the customers no other class does, and those with neither a deal nor a contact yet.
func LapseSpan(code string, today Date, s ClassSettings) (b LapseBounds, ok bool) {
	switch code {
	case LapseLost:
		return LapseBounds{Last: DaySpan{Last: s.LostCutoff(today)}, ByLast: true}, true
	case LapseDormant:
		return LapseBounds{Deals: CountSpan{Min: 1, Max: 1}, LastDeal: DaySpan{Last: s.DormantCutoff(today)},
			ByDeals: true, ByLastDeal: true}, true
	}
	return LapseBounds{}, false
}
