package store

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"guanxi/model"
)

// The head of the checklist: its first items in its order, read without reading the whole
// checklist. A book of 100,000 customers has tens of thousands of items due in a week, and reading
// and sorting all their keys takes a good part of a second; the first screen needs a hundred. Each
// source is read in the checklist's own order, as far as the first n of its items: within the
// overdue block by level, then lateness, then name (its pinyin key, then itself); in the days from
// today on by day, then level, then name. Whatever the first n items of the whole checklist are, each source's share of them is
// among that source's first n, so sorting what was read gives them exactly. SQL orders the names
// by their bytes, not as pinyin (model.RankPlace): so when a source's read stops at its n-th item,
// every item of that source on the same day at the same level is read too, and the sort in Go puts
// them in their order. The greetings, which
// need their customers' level and name from another table, are read only for the days up to the
// day of the n-th item so far: those after it cannot come before it.

// headOrder is the order of a source's keys in one part of the checklist, as SQL.
type headOrder int

const (
	overdueOrder headOrder = iota // level, then the day due, then name key and name
	daysOrder                     // the day due, then level, then name key and name
)

// headSQL reads the keys of one source in a span in the checklist's order for overdue items or
// for the days from today on; its arguments are the span's first and last day and the limit. It is
// made on first use, as the levels it orders by are decoded then.
var headSQL = sync.OnceValue(func() map[itemSource][2]string { return edgeSQL("") })

// edgeSQL are the statements of headSQL, each term of their order followed by dir: "" for the
// checklist's order, " DESC" for the same order backwards (tailSQL).
func edgeSQL(dir string) map[itemSource][2]string {
	out := map[itemSource][2]string{}
	for src, k := range keySources {
		rank := levelRankSQL(k.level) + dir
		tie := k.nameKey + dir + ", " + k.name + dir + ", " + k.customer + dir
		if k.recordCol != "" {
			tie += ", " + k.recordCol + dir
		}
		head := "SELECT " + k.cols + " " + k.from + " ORDER BY "
		out[src] = [2]string{
			overdueOrder: head + rank + ", " + k.due + dir + ", " + tie + " LIMIT ?",
			daysOrder:    head + k.due + dir + ", " + rank + ", " + tie + " LIMIT ?",
		}
	}
	return out
}

// headTiesSQL reads the keys of one source due in a span (a single day) whose level has a given
// place in the order (model.LevelRank); its arguments are the day twice, the place and the limit.
var headTiesSQL = sync.OnceValue(func() map[itemSource]string {
	out := map[itemSource]string{}
	for src, k := range keySources {
		out[src] = "SELECT " + k.cols + " " + k.from + " AND " + levelRankSQL(k.level) + " = ? LIMIT ?"
	}
	return out
})

// readEdge reads the first keys of a source in a part of the head by the statement q (headSQL's,
// or tailSQL's for the last keys), in the order of SQL, and when the read stops at the limit, all
// the keys tied with the last in SQL's order but for the name (the same day and level's place):
// the checklist orders those by their names read as pinyin.
func (r *keyReader) readEdge(ctx context.Context, q string, src itemSource, sp span) ([]itemKey, bool, error) {
	got, full, err := r.readWith(ctx, q, src, sp)
	if err != nil || !full || len(got) == 0 {
		return got, full, err
	}
	last := got[len(got)-1]
	tied := func(k itemKey) bool {
		return k.due == last.due && model.LevelRank(k.level) == model.LevelRank(last.level)
	}
	day := last.due.String()
	ties, _, err := r.query(ctx, headTiesSQL()[src], src, span{day, day, -1}, -1, model.LevelRank(last.level))
	if err != nil {
		return nil, false, err
	}
	keys := slices.DeleteFunc(got, tied)
	return append(keys, ties...), true, nil
}

// levelRankSQL is model.LevelRank of a level column, as SQL: the levels' places in model.Levels,
// a level the program does not know last. It is made from the model's table, not written twice.
func levelRankSQL(col string) string {
	var b strings.Builder
	b.WriteString("CASE " + col)
	levels := model.Levels()
	for _, info := range levels {
		b.WriteString(" WHEN '" + string(info.Code) + "' THEN " + strconv.Itoa(model.LevelRank(info.Code)))
	}
	b.WriteString(" ELSE " + strconv.Itoa(len(levels)) + " END")
	return b.String()
}

// edgeParts gathers the keys of the parts of the checklist read from one of its edges, the head or
// the tail, each source by the statement its edge reads it with (headSQL or tailSQL).
type edgeParts struct {
	r       *keyReader
	sqls    map[itemSource][2]string
	keys    []itemKey
	partial bool // a source holds more keys than were read, or a part was not read
}

// edgePart is a part of the checklist: the keys of its sources in a span, read in an order.
type edgePart struct {
	order   headOrder
	sp      span
	sources []itemSource
}

// read reads the parts in turn, each only while the keys gathered are fewer than n.
func (e *edgeParts) read(ctx context.Context, n int, parts ...edgePart) error {
	for _, p := range parts {
		if len(e.keys) >= n {
			e.partial = true // the parts after are not read
			return nil
		}
		for _, src := range p.sources {
			got, full, err := e.r.readEdge(ctx, e.sqls[src][p.order], src, p.sp)
			if err != nil {
				return fmt.Errorf("read the checklist: %w", err)
			}
			e.keys, e.partial = append(e.keys, got...), e.partial || full
		}
	}
	return nil
}

// brokenPromiseSources are the sources whose overdue items are broken promises, which come first
// in the overdue block (model.ItemRank.BrokenPromise); keptSources the others read through SQL.
var (
	brokenPromiseSources = []itemSource{fromComplaint, fromPayment}
	keptSources          = []itemSource{fromVisitPlan, fromCallPlan, fromReminder}
)

// ChecklistHead reads the first n items of the checklist of today and the days after it, in the
// checklist's order, without reading the whole of it: the same keys, in the same order, as the
// first n of ChecklistIndex. When the checklist has more than n items, or may have, the index is
// Partial: it holds those n only, and its counts are not known.
func (s *Store) ChecklistHead(ctx context.Context, today model.Date, days, n int) (*ChecklistIndex, error) {
	r, err := s.newKeyReader(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the checklist: %w", err)
	}
	end := today.AddDays(days)
	// The parts in the checklist's order: the broken promises, the rest of the overdue, the days
	// from today on. A part is read only when those before it hold fewer than n items.
	e := edgeParts{r: r, sqls: headSQL()}
	overdue := span{"0000-00-00", today.AddDays(-1).String(), n}
	err = e.read(ctx, n, edgePart{overdueOrder, overdue, brokenPromiseSources}, edgePart{overdueOrder, overdue, keptSources},
		edgePart{daysOrder, span{today.String(), end.String(), n}, recordSources})
	if err != nil {
		return nil, err
	}
	keys, partial := e.keys, e.partial
	sortKeys(keys, today)
	greetDays := headGreetingDays(today, days, n, len(keys), func(i int) model.Date { return keys[i].due })
	if len(keys) >= n {
		partial = true
	}
	if greetDays >= 0 {
		greetings, err := s.namedGreetings(ctx, r, today, greetDays, today)
		if err != nil {
			return nil, err
		}
		keys = append(keys, greetings...)
		sortKeys(keys, today)
	}
	if len(keys) > n {
		keys, partial = keys[:n:n], true
	}
	x := &ChecklistIndex{Today: today, Days: days, keys: keys, Partial: partial}
	if !partial {
		x.count()
	}
	return x, nil
}

// headGreetingDays is how many days from today the head of n items of a checklist of days days
// reads the greetings for, the other items (count of them) due in order as due gives: the
// greetings are never overdue, so they are read for the days up to the n-th item's, or all days
// when the others are fewer; none (-1) when n is 0 or the n-th item is overdue.
func headGreetingDays(today model.Date, days, n, count int, due func(i int) model.Date) int {
	switch {
	case count < n:
		return days
	case n == 0 || due(n-1).Before(today):
		return -1
	}
	return due(n - 1).DaysSince(today)
}
