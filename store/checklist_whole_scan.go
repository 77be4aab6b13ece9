package store

import (
	"context"
	"database/sql"
	"math"
	"sync"

	"guanxi/model"
)

// The customers' table read for the whole checklist in parts, each a span of ids read on a
// connection of its own at the same time as the others, and the personality types of every
// customer read beside them. At 100,000 customers the one pass of the table is most of the read,
// and most of that is the driver handing each row over and the name's pinyin made from its key:
// work that one processor does at a time, while the machine has more. Each part keeps its
// customers and its planned visits and calls in slices of its own; they are put together once all
// are read. The order the parts come back in does not matter: the keys are sorted after, on an
// order with no ties (sortKeys).

// wholePartIDs is how many ids of the customers' table a part of the read spans at the least: a
// small book is read in one part, since starting more costs more than it saves.
var wholePartIDs int64 = 20_000

// wholeParts is the most parts the customers' table is read in.
const wholeParts = 2

// wholeChunk is how many customers or keys a part keeps in one slice: slices of a fixed size are
// never copied to grow, where one slice grown by doubling made three times its size in garbage.
const wholeChunk = 4096

// customerPart is what one part of the read kept: the customers, each with its id, and the
// planned visits and calls due.
type customerPart struct {
	from, to  int64 // the span of ids read
	ids       []int64
	customers []*itemCustomer
	plans     [][]itemKey
}

// idTypes are the personality types of one customer as the read of every customer's gives them.
type idTypes struct {
	id    int64
	codes string
}

// customerSpans splits the customers' ids, up to the last, into the spans read at the same time:
// together they hold every id, even one added after the last was read.
func customerSpans(last int64) [][2]int64 {
	n := min(int64(wholeParts), max(last/wholePartIDs, 1))
	spans := make([][2]int64, 0, n)
	from := int64(math.MinInt64)
	for i := range n - 1 {
		to := last * (i + 1) / n
		spans = append(spans, [2]int64{from, to})
		from = to + 1
	}
	return append(spans, [2]int64{from, math.MaxInt64})
}

// readWholeCustomers reads the customers of the whole checklist (wholeCustomersSQL) in parts, at
// the same time, and, in a book of more than manyIDs customers, the personality types of every
// customer beside them (nil otherwise: readWholeDetails reads those of the customers kept, by
// their ids). from, to and named are the statement's first and last day and the ids the records
// and greetings name.
func (s *Store) readWholeCustomers(ctx context.Context, from, to, named string, all map[model.Level]model.VisitPlan) ([]*customerPart, []idTypes, error) {
	var last int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM customers`).Scan(&last); err != nil {
		return nil, nil, err
	}
	// The read that fails first stops the others: its error is the one reported, not theirs of
	// being stopped.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var mu sync.Mutex
	var first error
	fail := func(err error) {
		if err == nil {
			return
		}
		mu.Lock()
		if first == nil {
			first = err
		}
		mu.Unlock()
		cancel()
	}
	var wg sync.WaitGroup
	var types []idTypes
	if last > int64(manyIDs) {
		types = make([]idTypes, 0, 1024) // not nil: read, even if none
		wg.Go(func() {
			fail(eachRowOf(ctx, prepared{s}, detailSQLMany["types"], nil, func(rows *sql.Rows) error {
				var t idTypes
				if err := rows.Scan(&t.id, &t.codes); err != nil {
					return err
				}
				types = append(types, t)
				return nil
			}))
		})
	}
	var parts []*customerPart
	for _, span := range customerSpans(last) {
		p := &customerPart{from: span[0], to: span[1]}
		parts = append(parts, p)
		wg.Go(func() { fail(s.readCustomerPart(ctx, p, from, to, named, all)) })
	}
	wg.Wait()
	if first != nil {
		return nil, nil, first
	}
	return parts, types, nil
}

// readCustomerPart reads the customers of one span of ids into p.
func (s *Store) readCustomerPart(ctx context.Context, p *customerPart, from, to, named string, all map[model.Level]model.VisitPlan) error {
	// Each customer kept in a slab of many (one allocation a slab, not a customer).
	var slab []itemCustomer
	var plans []itemKey
	// Each row scanned into the same variables: every column is written by each Scan, and what
	// is kept is copied out (c.item); made for each of 100,000 rows they were a third of the
	// read's garbage.
	var c customerRow
	var visitDue, callDue bool
	var visitOn, callOn sql.NullString
	var nameKey string
	dests := append([]any{&visitDue, &callDue, &visitOn, &callOn, &nameKey}, c.dests()...)
	plan := func(k itemKey) {
		if len(plans) == cap(plans) {
			plans = make([]itemKey, 0, wholeChunk)
			p.plans = append(p.plans, plans)
		}
		plans = append(plans, k)
		p.plans[len(p.plans)-1] = plans
	}
	return eachRowOf(ctx, prepared{s}, wholeCustomersSQL, []any{from, to, named, p.from, p.to}, func(rows *sql.Rows) error {
		if err := rows.Scan(dests...); err != nil {
			return err
		}
		if len(slab) == cap(slab) {
			slab = make([]itemCustomer, 0, wholeChunk)
		}
		slab = append(slab, c.item(all))
		ic := &slab[len(slab)-1]
		ic.pinyin = pinyinOfKey(nameKey, ic.name)
		p.ids, p.customers = append(p.ids, c.id), append(p.customers, ic)
		k := itemKey{customer: c.id, level: ic.level, name: ic.name, pinyin: ic.pinyin}
		if visitDue {
			k.source, k.due = fromVisitPlan, parseStoredDate(visitOn)
			plan(k)
		}
		if callDue {
			k.source, k.due = fromCallPlan, parseStoredDate(callOn)
			plan(k)
		}
		return nil
	})
}
