package store

import (
	"context"
	"fmt"

	"guanxi/model"
)

// ChecklistCounts are how many items the checklist has: overdue, due today, and in all.
type ChecklistCounts struct {
	Overdue, DueToday, All int
}

// countSQL counts the items of one source in a span, off the same indexes and with the same
// conditions as the source's keys (keySources): the span's first and last day are its arguments.
var countSQL = func() map[itemSource]string {
	out := map[itemSource]string{}
	for src, k := range keySources {
		out[src] = "SELECT count(*) " + k.from
	}
	return out
}()

// ChecklistCounts counts the items of the checklist of today and the days after it without
// reading them: the records by counting their index entries, the greetings, which depend on rules
// of the calendar, by reading their keys. The counts are ChecklistIndex's, for a view that shows the
// checklist's head (ChecklistHead) and must say how much there is before the whole is read.
func (s *Store) ChecklistCounts(ctx context.Context, today model.Date, days int) (ChecklistCounts, error) {
	var n ChecklistCounts
	r, err := s.newKeyReader(ctx)
	if err != nil {
		return n, fmt.Errorf("count the checklist: %w", err)
	}
	parts := []struct {
		sp   span
		into *int
	}{
		{span{from: "0000-00-00", to: today.AddDays(-1).String()}, &n.Overdue},
		{span{from: today.String(), to: today.String()}, &n.DueToday},
		{span{from: today.AddDays(1).String(), to: today.AddDays(days).String()}, nil},
	}
	for _, src := range recordSources {
		for _, p := range parts {
			if p.sp.to < p.sp.from {
				continue // no days after today
			}
			var c int
			if err := r.db.QueryRowContext(ctx, countSQL[src], p.sp.from, p.sp.to).Scan(&c); err != nil {
				return n, fmt.Errorf("count the checklist: %w", err)
			}
			if p.into != nil {
				*p.into += c
			}
			n.All += c
		}
	}
	greetings, _, err := r.greetingKeys(ctx, today, days, -1)
	if err != nil {
		return n, fmt.Errorf("count the checklist: %w", err)
	}
	for _, k := range greetings {
		switch {
		case k.due.Before(today):
			n.Overdue++
		case k.due == today:
			n.DueToday++
		}
	}
	n.All += len(greetings)
	return n, nil
}
