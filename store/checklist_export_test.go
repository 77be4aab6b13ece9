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

// trashSQL is the read of the customers in the trash every checklist read starts with.
const trashSQL = "SELECT id FROM customers INDEXED BY customers_trash WHERE deleted_at IS NOT NULL"

// ChecklistQueries returns the statements Checklist runs for today and days, with their arguments,
// so that a benchmark can run them bare on SQLite beside it: the keys, then the rows of the items
// it returned.
func ChecklistQueries(today model.Date, days int, items []model.ChecklistItem) []BareQuery {
	return append(ChecklistIndexQueries(today, days, items), detailQueries(items)...)
}

// greetingQueries are the reads of the greetings' keys, in one statement a source without a
// limit, or one a range of days with one.
func greetingQueries(today model.Date, days, limit int) []BareQuery {
	from, to := model.GreetingWindow(today, days, model.DefaultGreetingLeadDays)
	out := []BareQuery{
		{"SELECT value FROM settings WHERE key = ?", []any{greetLeadKey}},
		{greetingsSentSQL, []any{from.String()}},
	}
	ranges := model.MonthDayRanges(from, to)
	for _, src := range greetingSources {
		if limit < 0 {
			q, args := greetingSQL(src.head, src.col, ranges, -1)
			out = append(out, BareQuery{q, args})
			continue
		}
		for _, r := range ranges {
			q, args := greetingSQL(src.head, src.col, [][2]string{r}, limit)
			out = append(out, BareQuery{q, args})
		}
	}
	keys := model.YearlyMonthDayKeys(from, to)
	for _, src := range yearlySources {
		q, args := yearlySQL(src.head, src.col, keys)
		out = append(out, BareQuery{q, args})
	}
	return append(out, BareQuery{"SELECT value FROM settings WHERE key = ?", []any{holidaysKey}})
}

// detailQueries are the reads of the rows of the items.
func detailQueries(items []model.ChecklistItem) []BareQuery {
	var keys []itemKey
	for _, it := range items {
		k := itemKey{customer: it.CustomerID}
		switch {
		case it.Due.Planned:
			k.source = fromVisitPlan
		case it.ReminderID != 0:
			k.source, k.record = fromReminder, it.ReminderID
		case it.ComplaintID != 0:
			k.source, k.record = fromComplaint, it.ComplaintID
		case it.DealID != 0:
			k.source, k.record = fromPayment, it.DealID
		default:
			k.source, k.record = fromGreeting, it.Due.ContactID
		}
		keys = append(keys, k)
	}
	out := []BareQuery{{"SELECT value FROM settings WHERE key = ?", []any{plansKey}}, {"SELECT value FROM settings WHERE key = ?", []any{planAnyDayKey}}}
	for what, ids := range detailIDs(keys) {
		out = append(out, BareQuery{detailSQL[what], []any{idList(ids)}})
	}
	return out
}

// GreetingLeadDaysOf exposes the greeting lead a book has, to check the bare queries use the same.
func GreetingLeadDaysOf(s *Store) (int, error) { return greetingLeadDays(context.Background(), s.db) }

// greetingCustomers are the customers of the greetings among the items, whose level and name the
// checklist reads beside the keys.
func greetingCustomers(items []model.ChecklistItem) []int64 {
	var ids []int64
	seen := map[int64]bool{}
	for _, it := range items {
		if it.IsGreeting() && it.CustomerID != 0 && !seen[it.CustomerID] {
			seen[it.CustomerID] = true
			ids = append(ids, it.CustomerID)
		}
	}
	return ids
}

// ChecklistIndexQueries returns the statements ChecklistIndex runs, for a benchmark beside it:
// the keys of every source, the greetings, and the names of the greetings' customers among items.
func ChecklistIndexQueries(today model.Date, days int, items []model.ChecklistItem) []BareQuery {
	sp := allUpTo(today.AddDays(days))
	out := []BareQuery{{trashSQL, nil}}
	for _, src := range recordSources {
		out = append(out, BareQuery{keySQL[src], []any{sp.from, sp.to, sp.limit}})
	}
	out = append(out, greetingQueries(today, days, -1)...)
	return append(out, BareQuery{nameGreetingsSQL, []any{idList(greetingCustomers(items))}})
}

// ChecklistPageQueries returns the statements ChecklistItemsAt runs to read the items given.
func ChecklistPageQueries(items []model.ChecklistItem) []BareQuery { return detailQueries(items) }

// ChecklistHeadQueries returns the statements ChecklistHead runs for the first n items of the
// checklist whose whole items are given, for a benchmark beside it.
func ChecklistHeadQueries(today model.Date, days, n int, whole []model.ChecklistItem) []BareQuery {
	out := []BareQuery{{trashSQL, nil}}
	var broken, overdue int
	for _, it := range whole {
		if it.DueOn.Before(today) {
			overdue++
			if it.Rank().BrokenPromise(today) {
				broken++
			}
		}
	}
	parts := []struct {
		order   headOrder
		from    model.Date
		to      model.Date
		sources []itemSource
		before  int // the items of the parts before
	}{
		{overdueOrder, model.Date{}, today.AddDays(-1), brokenPromiseSources, 0},
		{overdueOrder, model.Date{}, today.AddDays(-1), keptSources, broken},
		{daysOrder, today, today.AddDays(days), recordSources, overdue},
	}
	for _, p := range parts {
		if p.before >= n {
			break
		}
		from := "0000-00-00"
		if !p.from.IsZero() {
			from = p.from.String()
		}
		for _, src := range p.sources {
			out = append(out, BareQuery{headSQL()[src][p.order], []any{from, p.to.String(), n}})
		}
	}
	if greetDays := headGreetingDays(today, days, n, len(whole), func(i int) model.Date { return whole[i].DueOn }); greetDays >= 0 {
		out = append(out, greetingQueries(today, greetDays, -1)...)
		out = append(out, BareQuery{nameGreetingsSQL, []any{idList(greetingCustomers(whole[:min(n, len(whole))]))}})
	}
	return out
}

// ChecklistTailQueries returns the statements ChecklistTail runs for the last n items of the
// checklist whose whole items are given, for a benchmark beside it: each day's counts by level,
// from the last day back, the levels kept of each, the greetings from the first day kept and
// their customers' names, and the overdue only when the days from today hold fewer than n.
func ChecklistTailQueries(today model.Date, days, n int, whole []model.ChecklistItem) []BareQuery {
	out := []BareQuery{{trashSQL, nil}}
	held, day := 0, today.AddDays(days)
	for ; !day.Before(today) && held < n; day = day.AddDays(-1) {
		var ranks []int
		for _, it := range whole {
			if it.DueOn == day && !it.IsGreeting() {
				r := model.LevelRank(it.Level)
				for len(ranks) <= r {
					ranks = append(ranks, 0)
				}
				ranks[r]++
			}
		}
		d := day.String()
		for _, src := range recordSources {
			out = append(out, BareQuery{daysBackSQL()[src][0], []any{d, d}})
		}
		cut := len(ranks)
		for cut > 0 && held < n {
			cut--
			held += ranks[cut]
		}
		if len(ranks) > 0 {
			for _, src := range recordSources {
				out = append(out, BareQuery{daysBackSQL()[src][1], []any{d, d, cut, -1}})
			}
		}
	}
	from := day.AddDays(1)
	first := from.AddDays(model.DefaultGreetingLeadDays)
	if held < n || !from.After(today) {
		out = append(out, greetingQueries(today, days, -1)...)
	} else {
		out = append(out, greetingQueries(first, today.AddDays(days).DaysSince(first), -1)...)
	}
	tail := whole[max(len(whole)-n, 0):]
	out = append(out, BareQuery{nameGreetingsSQL, []any{idList(greetingCustomers(tail))}})
	if held < n {
		for _, src := range append(append([]itemSource{}, keptSources...), brokenPromiseSources...) {
			out = append(out, BareQuery{tailSQL()[src][overdueOrder], []any{"0000-00-00", today.AddDays(-1).String(), n}})
		}
	}
	return out
}
