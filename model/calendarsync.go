package model

// ExportedEvent is what the book remembers of an event it exported to a calendar, so that the next
// export can tell a calendar which events changed and which are gone: a calendar keeps an event
// until it is told, with a higher SEQUENCE, that the event moved or was cancelled.
type ExportedEvent struct {
	UID         string
	CustomerID  int64
	Sequence    int
	Fingerprint string // what the event said: it changes when the event moves or its text changes
	On          Date   // the day it was on
	Summary     string
	Cancelled   bool
}

// CalendarSequenceEpoch is the day SEQUENCE counted its days from before the book remembered its
// exports: a new event starts at the days since, so it always outranks what an older export wrote.
var CalendarSequenceEpoch = MustDate("2024-01-01")

// CalendarChanges is what one export writes and remembers.
type CalendarChanges struct {
	Current   []ExportedEvent // the events of this export, with their SEQUENCE
	Cancelled []ExportedEvent // events exported before and now done, moved away or deleted
	Forget    []string        // UIDs no longer worth remembering
}

// ReconcileCalendar works out an export's SEQUENCEs and cancellations from what was exported before
// (prev) and what is exported now (now, without sequences). An event keeps its SEQUENCE while it
// says the same, and gets a higher one when it changed; a new event starts at the days since
// CalendarSequenceEpoch. An earlier event that is not exported now is sent cancelled, with a
// SEQUENCE one higher than its last, for as long as its day is within keepDays before today, and
// then forgotten. Events of customers outside the export (inScope false) are left as they are.
func ReconcileCalendar(prev, now []ExportedEvent, inScope func(customerID int64) bool, today Date, keepDays int) CalendarChanges {
	base := max(0, today.DaysSince(CalendarSequenceEpoch))
	before := make(map[string]ExportedEvent, len(prev))
	for _, p := range prev {
		before[p.UID] = p
	}
	var out CalendarChanges
	seen := make(map[string]bool, len(now))
	for _, e := range now {
		seen[e.UID] = true
		e.Cancelled = false
		switch p, ok := before[e.UID]; {
		case !ok:
			e.Sequence = base
		case p.Fingerprint == e.Fingerprint && !p.Cancelled:
			e.Sequence = p.Sequence
		default:
			e.Sequence = max(p.Sequence+1, base)
		}
		out.Current = append(out.Current, e)
	}
	for _, p := range prev {
		switch {
		case seen[p.UID] || (inScope != nil && !inScope(p.CustomerID)):
			continue
		case today.DaysSince(p.On) > keepDays:
			out.Forget = append(out.Forget, p.UID)
			continue
		case !p.Cancelled:
			p.Cancelled, p.Sequence = true, p.Sequence+1
		}
		out.Cancelled = append(out.Cancelled, p)
	}
	return out
}
