package store

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"guanxi/model"
)

// Analysis computes the analysis view of the book on the store's today (see model.Report). It reads
// covering indexes rather than tables: on one connection the deals inside the windows that move
// with today (the value period, this year and last); meanwhile, on another, the customers' counts
// by level, stage and relation, the new ones, the dormant and the lost ones by the deal figures
// kept on their rows, what is owed and the year's complaints.
func (s *Store) Analysis(ctx context.Context) (*model.Report, error) {
	cs, err := classSettings(ctx, s.db)
	if err != nil {
		return nil, err
	}
	today := s.Today()
	r := &model.Report{Today: today, Settings: cs}
	var sums []windowSums
	var errDeals error
	done := make(chan struct{})
	go func() {
		defer close(done)
		sums, errDeals = s.sumWindows(ctx, today, cs)
	}()
	rest, errRest := s.customerFigures(ctx, r, today, cs)
	<-done
	if err := errors.Join(errDeals, errRest); err != nil {
		return nil, fmt.Errorf("analyse the book: %w", err)
	}

	var period, thisYear, lastYear []model.IDAmount
	for id, w := range sums {
		if !w.any() || rest.trash[int64(id)] {
			continue
		}
		period = append(period, model.IDAmount{ID: int64(id), Amount: w.period})
		thisYear = append(thisYear, model.IDAmount{ID: int64(id), Amount: w.thisYear})
		lastYear = append(lastYear, model.IDAmount{ID: int64(id), Amount: w.lastYear})
	}
	sumOf := func(id int64) windowSums {
		if id < int64(len(sums)) {
			return sums[id]
		}
		return windowSums{}
	}

	// The new customers by id; one without deals in the windows (an id past sums) earned nothing.
	isNew := make([]bool, len(sums))
	for _, id := range rest.newIDs {
		if id < int64(len(isNew)) {
			isNew[id] = true
		}
	}
	ranked := model.Rank(period)
	sorted := make([]model.Money, len(ranked))
	for i, a := range ranked {
		sorted[i] = a.Amount
		r.Revenue = r.Revenue.Plus(a.Amount)
		if isNew[a.ID] {
			r.Tenure.NewRevenue = r.Tenure.NewRevenue.Plus(a.Amount)
		} else {
			r.Tenure.OldRevenue = r.Tenure.OldRevenue.Plus(a.Amount)
		}
	}
	r.Tenure.New = len(rest.newIDs)
	r.Tenure.None = rest.noDeals
	r.Tenure.Old = max(r.Customers-rest.noDeals-r.Tenure.New, 0)
	r.ABC = model.ABCSplit(sorted, r.Customers, cs)
	r.Pareto = model.Pareto(sorted, r.Customers)

	r.Top.ThisYear = today.Y
	byThis, byLast := model.Top(thisYear, model.TopRows), model.Top(lastYear, model.TopRows)
	thisRank, lastRank := map[int64]int{}, map[int64]int{}
	for _, a := range append(slices.Clone(byThis), byLast...) {
		thisRank[a.ID], lastRank[a.ID] = model.PlaceOf(thisYear, a.ID), model.PlaceOf(lastYear, a.ID)
	}
	top := func(list []model.IDAmount) []model.TopRow {
		out := make([]model.TopRow, 0, len(list))
		for _, a := range list {
			w := sumOf(a.ID)
			out = append(out, model.TopRow{CustomerRef: model.CustomerRef{ID: a.ID}, LastYear: w.lastYear,
				ThisYear: w.thisYear, LastRank: lastRank[a.ID], ThisRank: thisRank[a.ID]})
		}
		return out
	}
	r.Top.LastYear, r.Top.This = top(byLast), top(byThis)

	r.Lost = refList(rest.lapsed[model.LapseLost])
	r.Dormant = refList(rest.lapsed[model.LapseDormant])
	r.Plaints = refList(rest.plaints)
	r.FewAmong = min(len(ranked), r.ABC[0].Customers+r.ABC[1].Customers, model.FewProductsAmong)
	if r.Few, err = s.fewProducts(ctx, ranked[:r.FewAmong], cs.PeriodStart(today)); err != nil {
		return nil, fmt.Errorf("analyse the book: %w", err)
	}
	if err := s.nameRefs(ctx, r); err != nil {
		return nil, fmt.Errorf("analyse the book: %w", err)
	}
	return r, nil
}

// customerRest is what the analysis reads of the customers while the deals are read: the ids in
// the trash, how many customers have not dealt, the new ones (first deal within OldAfterDays), the
// customers of each lapse class but current (lapsed, by model.LapseOrder: the lost and the dormant)
// and the complainers.
type customerRest struct {
	trash   map[int64]bool
	noDeals int
	newIDs  []int64
	lapsed  map[string][]idAmount
	plaints []idAmount
}

// customerFigures reads the customers' side of the analysis into r (counts, receivables) and the
// returned customerRest, one query after another.
func (s *Store) customerFigures(ctx context.Context, r *model.Report, today model.Date, cs model.ClassSettings) (*customerRest, error) {
	var out customerRest
	var err error
	if out.trash, err = s.trashed(ctx); err != nil {
		return nil, err
	}
	if err := s.countCustomers(ctx, r); err != nil {
		return nil, err
	}
	if err := s.tenure(ctx, &out, newFrom(today, cs)); err != nil {
		return nil, err
	}
	if out.lapsed, err = s.lapsed(ctx, today, cs); err != nil {
		return nil, err
	}
	if err := s.receivables(ctx, r, today, out.trash); err != nil {
		return nil, err
	}
	if out.plaints, err = s.complainers(ctx, model.YearStart(today)); err != nil {
		return nil, err
	}
	return &out, nil
}

const (
	noDealsSQL = `SELECT count(*) FROM customers INDEXED BY customers_deal_count
		WHERE deleted_at IS NULL AND deal_count = 0`
	newCustomersSQL = `SELECT id FROM customers INDEXED BY customers_first_deal
		WHERE deleted_at IS NULL AND first_deal_on >= ?`
)

// newFrom is the first day of the new customers' first deals, from model.TenureSpan: an open
// span, so the new are a range of the first deals' index.
func newFrom(today model.Date, cs model.ClassSettings) model.Date {
	sp, _ := model.TenureSpan(model.TenureNew, today, cs)
	return sp.First
}

// tenure counts the customers outside the trash who have not dealt (fewer index entries to count
// than those who have), and finds the new ones: first deal on or after newFrom, the first day of
// model.TenureSpan's span of the new.
func (s *Store) tenure(ctx context.Context, out *customerRest, newFrom model.Date) error {
	err := s.db.QueryRowContext(ctx, noDealsSQL).Scan(&out.noDeals)
	if err != nil {
		return fmt.Errorf("count the customers who have not bought: %w", err)
	}
	if out.newIDs, err = readIDs(ctx, s.db, newCustomersSQL, newFrom.String()); err != nil {
		return fmt.Errorf("find the new customers: %w", err)
	}
	return nil
}

const trashedSQL = "SELECT id FROM customers INDEXED BY customers_trash WHERE deleted_at IS NOT NULL"

// trashed returns the ids of the customers in the trash, whose records the analysis leaves out.
func (s *Store) trashed(ctx context.Context) (map[int64]bool, error) {
	ids, err := readIDs(ctx, s.db, trashedSQL)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

const countCustomersSQL = `SELECT level, stage, relation, count(*) FROM customers INDEXED BY customers_classes
	WHERE deleted_at IS NULL GROUP BY level, stage, relation`

// countCustomers fills the counts by level, stage and relation, and the book's size.
func (s *Store) countCustomers(ctx context.Context, r *model.Report) error {
	rows, err := s.db.QueryContext(ctx, countCustomersSQL)
	if err != nil {
		return fmt.Errorf("count the customers: %w", err)
	}
	defer rows.Close()
	levels, stages, rels := map[string]int{}, map[string]int{}, map[string]int{}
	for rows.Next() {
		var level, stage, rel string
		var n int
		if err := rows.Scan(&level, &stage, &rel, &n); err != nil {
			return err
		}
		levels[level] += n
		stages[stage] += n
		rels[rel] += n
		r.Customers += n
	}
	if err := rows.Err(); err != nil {
		return err
	}
	r.Levels, r.Stages, r.Rels = codeCounts(model.LevelCodes(), levels), codeCounts(model.Stages, stages), codeCounts(model.Relations, rels)
	return nil
}

// codeCounts lists the counts in the code list's order, then any code the list does not know.
func codeCounts(list []model.Code, counts map[string]int) []model.CodeCount {
	out := make([]model.CodeCount, 0, len(list))
	for _, c := range list {
		out = append(out, model.CodeCount{Code: c.Code, Count: counts[c.Code]})
		delete(counts, c.Code)
	}
	var rest []string
	for code := range counts {
		rest = append(rest, code)
	}
	slices.Sort(rest)
	for _, code := range rest {
		out = append(out, model.CodeCount{Code: code, Count: counts[code]})
	}
	return out
}
