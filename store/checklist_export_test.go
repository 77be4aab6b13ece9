package store

import (
	"context"

	"guanxi/model"
)

// BareQuery is one SQL statement with its arguments.
type BareQuery struct {
	SQL  string
	Args []any
}

// ChecklistQueries returns the statements Checklist runs for today and days, with their arguments,
// so that a benchmark can run them bare on SQLite beside it. TypesSQL follows them, for the
// customers they name.
func ChecklistQueries(today model.Date, days int) []BareQuery {
	sp := allUpTo(today.AddDays(days))
	from, to := model.GreetingWindow(today, days, model.DefaultGreetingLeadDays)
	out := []BareQuery{
		{"SELECT value FROM settings WHERE key = ?", []any{plansKey}},
		{plannedSQL(model.ItemVisit), []any{string(model.ItemVisit), sp.from, sp.to, sp.limit}},
		{plannedSQL(model.ItemCall), []any{string(model.ItemCall), sp.from, sp.to, sp.limit}},
		{reminderItemsSQL, []any{sp.from, sp.to, sp.limit}},
		{complaintItemsSQL, []any{sp.from, sp.to, sp.limit}},
		{paymentItemsSQL, []any{sp.from, sp.to, sp.limit}},
		{"SELECT value FROM settings WHERE key = ?", []any{greetLeadKey}},
		{greetingsSentSQL, []any{from.String()}},
	}
	ranges := model.MonthDayRanges(from, to)
	for _, src := range greetingSources {
		q, args := greetingSQL(src.col, src.contacts, ranges, -1)
		out = append(out, BareQuery{q, args})
	}
	return append(out, BareQuery{"SELECT value FROM settings WHERE key = ?", []any{holidaysKey}})
}

// TypesSQL reads the personality types of a list of customers, as Checklist does after its items.
const TypesSQL = "SELECT customer_id, group_concat(type_code, ',') FROM person_types WHERE customer_id IN (%s) GROUP BY customer_id"

// GreetingLeadDaysOf exposes the greeting lead a book has, to check the bare queries use the same.
func GreetingLeadDaysOf(s *Store) (int, error) { return greetingLeadDays(context.Background(), s.db) }

// ChecklistHeadQueries returns the statements ChecklistHead runs, for the same benchmark beside it;
// coming is the limit of its read of the coming days, 0 when it had no room for them.
func ChecklistHeadQueries(today model.Date, days, limit, coming int) []BareQuery {
	out := []BareQuery{{"SELECT value FROM settings WHERE key = ?", []any{plansKey}}}
	spans := []span{
		{"0000-00-00", today.AddDays(-1).String(), limit},
		{today.String(), today.String(), limit},
	}
	if coming > 0 {
		spans = append(spans, span{today.AddDays(1).String(), today.AddDays(days).String(), coming})
	}
	for _, sp := range spans {
		out = append(out,
			BareQuery{plannedSQL(model.ItemVisit), []any{string(model.ItemVisit), sp.from, sp.to, sp.limit}},
			BareQuery{plannedSQL(model.ItemCall), []any{string(model.ItemCall), sp.from, sp.to, sp.limit}},
			BareQuery{reminderItemsSQL, []any{sp.from, sp.to, sp.limit}},
			BareQuery{complaintItemsSQL, []any{sp.from, sp.to, sp.limit}},
			BareQuery{paymentItemsSQL, []any{sp.from, sp.to, sp.limit}})
	}
	from, to := model.GreetingWindow(today, days, model.DefaultGreetingLeadDays)
	out = append(out, BareQuery{"SELECT value FROM settings WHERE key = ?", []any{greetLeadKey}},
		BareQuery{greetingsSentSQL, []any{from.String()}})
	for _, src := range greetingSources {
		for _, r := range model.MonthDayRanges(from, to) {
			q, args := greetingSQL(src.col, src.contacts, [][2]string{r}, limit)
			out = append(out, BareQuery{q, args})
		}
	}
	return append(out, BareQuery{"SELECT value FROM settings WHERE key = ?", []any{holidaysKey}})
}
