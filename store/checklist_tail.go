package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"guanxi/model"
)

// The tail of the checklist: its last items in its order, read without reading the whole
// checklist, as the head is (checklist_head.go) but backwards, so that the follow-up view's end
// pressed first shows the last items at once. Each source is read in the checklist's order
// backwards, as far as its last n items (and every item tied with the n-th on its day and level,
// whose names SQL does not order as pinyin): whatever the last n items of the whole checklist
// are, each source's share of them is among that source's last n, so sorting what was read gives
// them exactly. The parts are read from the end: the days from today on, with the greetings due
// on or after the day of the n-th item from the end so far (those before it cannot come after
// it); then, only when those hold fewer than n items, the overdue that are not broken promises,
// then the broken promises.

// tailSQL reads the keys of one source in a span in the checklist's order backwards, for overdue
// items or for the days from today on; its arguments are those of headSQL.
var tailSQL = sync.OnceValue(func() map[itemSource][2]string { return edgeSQL(" DESC") })

// ChecklistTail reads the last n items of the checklist of today and the days after it, in the
// checklist's order, without reading the whole of it: the same keys, in the same order, as the
// last n of ChecklistIndex. When the checklist has more than n items, or may have, the index is
// Partial and Tail: it holds those n only, and its counts are not known; otherwise it is the
// whole checklist.
func (s *Store) ChecklistTail(ctx context.Context, today model.Date, days, n int) (*ChecklistIndex, error) {
	if n <= 0 {
		return &ChecklistIndex{Today: today, Days: days, Partial: true, Tail: true}, nil
	}
	r, err := s.newKeyReader(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	keys, partial, err := r.readDaysBackwards(ctx, today, days, n)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	// The greetings are never overdue: those due on or after the n-th item from the end so far.
	from := today
	if len(keys) >= n {
		sortKeys(keys, today)
		from = keys[len(keys)-n].due
	}
	greetings, err := s.namedGreetings(ctx, r, today, days, from)
	if err != nil {
		return nil, err
	}
	keys = append(keys, greetings...)
	// The overdue, read backwards: the rest, then the broken promises. A part is read only when the
	// parts after it hold fewer than n items.
	e := edgeParts{r: r, sqls: tailSQL(), keys: keys, partial: partial}
	overdue := span{"0000-00-00", today.AddDays(-1).String(), n}
	if err := e.read(ctx, n, edgePart{overdueOrder, overdue, keptSources}, edgePart{overdueOrder, overdue, brokenPromiseSources}); err != nil {
		return nil, err
	}
	keys, partial = e.keys, e.partial
	sortKeys(keys, today)
	if len(keys) > n {
		keys, partial = keys[len(keys)-n:], true
	}
	x := &ChecklistIndex{Today: today, Days: days, keys: keys, Partial: partial, Tail: partial}
	if !partial {
		x.count()
	}
	return x, nil
}

// greetingKeysFrom returns the keys of the greetings of the checklist of today and days after it
// that are due on or after a day: all of greetingKeys when that day is today; otherwise only the
// occasions lead days or more after it are read, since a greeting is listed lead days before its
// occasion (model.GreetingListedOn), and each is dated as the checklist of today dates it.
func (r *keyReader) greetingKeysFrom(ctx context.Context, today model.Date, days int, from model.Date) ([]itemKey, error) {
	if !from.After(today) {
		keys, _, err := r.greetingKeys(ctx, today, days, -1)
		return keys, err
	}
	lead, err := greetingLeadDays(ctx, r.db)
	if err != nil {
		return nil, err
	}
	// Read as the checklist of the day of the first occasion that can be listed on or after from,
	// whose window ends where today's does.
	first := from.AddDays(lead)
	keys, _, err := r.greetingKeys(ctx, first, today.AddDays(days).DaysSince(first), -1)
	if err != nil {
		return nil, err
	}
	out := keys[:0]
	for _, k := range keys {
		k.due = model.GreetingListedOn(k.occasionOn, lead, today)
		if !k.due.Before(from) {
			out = append(out, k)
		}
	}
	return out, nil
}

// readDaysBackwards reads the keys of the sources due from today to days after it that may be
// among the last n of the checklist: the days from the last back, each day's levels from the last
// (model.LevelRank) back, until they hold n items, whole levels of a day at a time, since the
// checklist orders a day's level by the names read as pinyin, which SQL does not. Each day's
// items are first counted by source and level off the same indexes, so that only the levels kept
// are read. full tells that items before those read were left unread. The greetings are not
// among them: those on the days read are read apart.
func (r *keyReader) readDaysBackwards(ctx context.Context, today model.Date, days, n int) (keys []itemKey, full bool, err error) {
	day := today.AddDays(days)
	for ; !day.Before(today) && len(keys) < n; day = day.AddDays(-1) {
		d := day.String()
		var ranks []int // how many items each place of a level has this day, all sources
		for _, src := range recordSources {
			err := eachRowOf(ctx, r.db, daysBackSQL()[src][0], []any{d, d}, func(rows *sql.Rows) error {
				var level model.Level
				var count int
				if err := rows.Scan(&level, &count); err != nil {
					return err
				}
				rank := model.LevelRank(level)
				for len(ranks) <= rank {
					ranks = append(ranks, 0)
				}
				ranks[rank] += count
				return nil
			})
			if err != nil {
				return nil, false, err
			}
		}
		if len(ranks) == 0 {
			continue // nothing due this day
		}
		// The lowest place of a level kept: the levels from the last back until n items.
		cut, held := len(ranks), len(keys)
		for cut > 0 && held < n {
			cut--
			held += ranks[cut]
		}
		read := func(cut int) ([]itemKey, error) {
			var out []itemKey
			for _, src := range recordSources {
				got, _, err := r.query(ctx, daysBackSQL()[src][1], src, span{d, d, -1}, -1, cut)
				if err != nil {
					return nil, err
				}
				out = append(out, got...)
			}
			return out, nil
		}
		got, err := read(cut)
		if err != nil {
			return nil, false, err
		}
		if cut > 0 && len(keys)+len(got) < n {
			// Customers in the trash took some away: the day is read whole.
			if got, err = read(0); err != nil {
				return nil, false, err
			}
			cut = 0
		}
		keys = append(keys, got...)
		full = full || cut > 0
	}
	return keys, full || !day.Before(today), nil // levels or days left unread
}

// daysBackSQL are, for each source, the statements of readDaysBackwards: how many of its items are
// due on a day by their level (arguments: the day twice), and the keys of those due
// on a day whose level's place is at least a given one (the day twice, the place, the limit).
var daysBackSQL = sync.OnceValue(func() map[itemSource][2]string {
	out := map[itemSource][2]string{}
	for src, k := range keySources {
		rank := levelRankSQL(k.level)
		out[src] = [2]string{
			// By the level itself, as the indexes of the planned contacts hold a day's items.
			"SELECT " + k.level + ", count(*) " + k.from + " GROUP BY 1",
			"SELECT " + k.cols + " " + k.from + " AND " + rank + " >= ? LIMIT ?",
		}
	}
	return out
})
