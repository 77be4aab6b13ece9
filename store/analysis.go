package store

import (
	"context"
	"database/sql"
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

	lostSet := make(map[int64]bool, len(rest.lost))
	for _, l := range rest.lost {
		lostSet[l.id] = true
	}
	dormant := slices.DeleteFunc(rest.oneDeal, func(d idAmount) bool { return lostSet[d.id] })
	r.Lost = refList(rest.lost)
	r.Dormant = refList(dormant)
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
// the trash, how many customers have not dealt, the new ones (first deal within OldAfterDays), those
// with one deal long ago (the dormant, once the lost are taken out), the lost and the complainers.
type customerRest struct {
	trash   map[int64]bool
	noDeals int
	newIDs  []int64
	oneDeal []idAmount
	lost    []idAmount
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
	if err := s.tenure(ctx, &out, cs.OldCutoff(today)); err != nil {
		return nil, err
	}
	if out.oneDeal, err = s.oneDealBefore(ctx, cs.DormantCutoff(today)); err != nil {
		return nil, err
	}
	if out.lost, err = s.lostCustomers(ctx, cs.LostCutoff(today)); err != nil {
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
		WHERE deleted_at IS NULL AND first_deal_on > ?`
)

// tenure counts the customers outside the trash who have not dealt (fewer index entries to count
// than those who have), and finds the new ones: first deal after oldCut.
func (s *Store) tenure(ctx context.Context, out *customerRest, oldCut model.Date) error {
	err := s.db.QueryRowContext(ctx, noDealsSQL).Scan(&out.noDeals)
	if err != nil {
		return fmt.Errorf("count the customers who have not bought: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, newCustomersSQL, oldCut.String())
	if err != nil {
		return fmt.Errorf("find the new customers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		out.newIDs = append(out.newIDs, id)
	}
	return rows.Err()
}

const oneDealSQL = `SELECT id, order_total FROM customers INDEXED BY customers_deal_count
	WHERE deleted_at IS NULL AND deal_count = 1 AND last_deal_on <= ?`

// oneDealBefore finds the customers outside the trash whose one deal was on or before cutoff, by
// their order total: the dormant ones, unless they are lost.
func (s *Store) oneDealBefore(ctx context.Context, cutoff model.Date) ([]idAmount, error) {
	rows, err := s.db.QueryContext(ctx, oneDealSQL, cutoff.String())
	if err != nil {
		return nil, fmt.Errorf("find the dormant customers: %w", err)
	}
	defer rows.Close()
	var out []idAmount
	for rows.Next() {
		f := idAmount{count: 1}
		if err := rows.Scan(&f.id, &f.amount); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

const trashedSQL = "SELECT id FROM customers INDEXED BY customers_trash WHERE deleted_at IS NOT NULL"

// trashed returns the ids of the customers in the trash, whose records the analysis leaves out.
func (s *Store) trashed(ctx context.Context) (map[int64]bool, error) {
	rows, err := s.db.QueryContext(ctx, trashedSQL)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
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
	r.Levels, r.Stages, r.Rels = codeCounts(model.LevelCodes, levels), codeCounts(model.Stages, stages), codeCounts(model.Relations, rels)
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

// idAmount is a customer found by a section, with the figure that orders the section.
type idAmount struct {
	id     int64
	amount model.Money
	count  int
}

// refList orders found customers by their figure, largest first, and keeps the first to show.
func refList(found []idAmount) model.RefList {
	slices.SortFunc(found, func(a, b idAmount) int {
		if a.amount != b.amount {
			if a.amount > b.amount {
				return -1
			}
			return 1
		}
		return int(a.id - b.id)
	})
	out := model.RefList{Count: len(found)}
	for _, f := range found[:min(len(found), model.TopRows)] {
		out.Rows = append(out.Rows, model.CustomerRef{ID: f.id, Amount: f.amount, Count: f.count})
	}
	return out
}

// lostSQL reads the last deal and contact kept on the customer's row, no deal itself.
const lostSQL = `SELECT c.id, c.order_total FROM customers c
	WHERE c.deleted_at IS NULL AND (c.last_contact_on IS NULL OR c.last_contact_on <= ?1)
	AND max(coalesce(c.last_deal_on, ''), coalesce(c.last_contact_on, '')) BETWEEN '0' AND ?1`

// lostCustomers finds the customers with neither a deal nor a contact since cutoff, by their order
// total; those never dealt with at all are not lost, only not yet won.
func (s *Store) lostCustomers(ctx context.Context, cutoff model.Date) ([]idAmount, error) {
	rows, err := s.db.QueryContext(ctx, lostSQL, cutoff.String())
	if err != nil {
		return nil, fmt.Errorf("find the lost customers: %w", err)
	}
	defer rows.Close()
	var out []idAmount
	for rows.Next() {
		var f idAmount
		if err := rows.Scan(&f.id, &f.amount); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

const receivablesSQL = `SELECT customer_id, on_date, amount - paid FROM deals INDEXED BY deals_owed
	WHERE credit_due_on IS NOT NULL AND paid < amount`

// receivables sums what is owed by the age of the deal, and finds who owes most.
func (s *Store) receivables(ctx context.Context, r *model.Report, today model.Date, trash map[int64]bool) error {
	rows, err := s.db.QueryContext(ctx, receivablesSQL)
	if err != nil {
		return fmt.Errorf("read what is owed: %w", err)
	}
	defer rows.Close()
	// Days are compared as the book's text, which orders as the dates do.
	var starts [3]string
	for i, d := range model.AgeBucketStarts(today) {
		starts[i] = d.String()
	}
	type owes struct {
		ref    model.CustomerRef
		oldest string
	}
	owing := map[int64]*owes{}
	var idv, owedv any
	var on string
	for rows.Next() {
		if err := rows.Scan(&idv, &on, &owedv); err != nil {
			return err
		}
		id, _ := idv.(int64)
		o, _ := owedv.(int64)
		owed := model.Money(o)
		if trash[id] {
			continue
		}
		b := 3
		for i, start := range starts {
			if on >= start {
				b = i
				break
			}
		}
		r.Owed[b].Amount += owed
		r.Owed[b].Deals++
		w := owing[id]
		if w == nil {
			w = &owes{ref: model.CustomerRef{ID: id}, oldest: on}
			owing[id] = w
		}
		w.ref.Amount += owed
		w.ref.Count++
		w.oldest = min(w.oldest, on) // the oldest deal still owed
	}
	if err := rows.Err(); err != nil {
		return err
	}
	all := make([]model.CustomerRef, 0, len(owing))
	for _, w := range owing {
		w.ref.Day = parseStoredDate(sql.NullString{String: w.oldest, Valid: true})
		all = append(all, w.ref)
	}
	slices.SortFunc(all, func(a, b model.CustomerRef) int {
		if a.Amount != b.Amount {
			if a.Amount > b.Amount {
				return -1
			}
			return 1
		}
		return int(a.ID - b.ID)
	})
	r.Owing = all[:min(len(all), model.TopRows*2)]
	return nil
}

// complainersSQL counts the complaints by customer first, off the index, and only then reads the
// rows of the few who complained more than once.
const complainersSQL = `SELECT p.customer_id, c.order_total, p.n FROM (SELECT customer_id, count(*) AS n
	FROM complaints INDEXED BY complaints_on WHERE on_date >= ?1 GROUP BY customer_id HAVING count(*) > ?2) p
	JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL`

// complainers finds the customers with more than one complaint since the day given, with their
// order total: the large ones matter most.
func (s *Store) complainers(ctx context.Context, since model.Date) ([]idAmount, error) {
	rows, err := s.db.QueryContext(ctx, complainersSQL, since.String(), model.ComplaintsMoreThan)
	if err != nil {
		return nil, fmt.Errorf("find repeated complaints: %w", err)
	}
	defer rows.Close()
	var out []idAmount
	for rows.Next() {
		var f idAmount
		if err := rows.Scan(&f.id, &f.amount, &f.count); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// fewProducts looks among the largest customers given (of classes A and B, FewProductsAmong at
// most) for those whose deals in the period are of only one or two products.
func (s *Store) fewProducts(ctx context.Context, largest []model.IDAmount, since model.Date) (model.RefList, error) {
	if len(largest) == 0 {
		return model.RefList{}, nil
	}
	ids := make([]int64, len(largest))
	period := make(map[int64]model.Money, len(largest))
	for i, a := range largest {
		ids[i], period[a.ID] = a.ID, a.Amount
	}
	rows, err := s.db.QueryContext(ctx, `SELECT customer_id, count(DISTINCT product) FROM deals
		WHERE customer_id IN (SELECT value FROM json_each(?)) AND on_date >= ? AND product != '' GROUP BY customer_id`,
		idList(ids), dayArg(since))
	if err != nil {
		return model.RefList{}, fmt.Errorf("count the products bought: %w", err)
	}
	defer rows.Close()
	var found []idAmount
	for rows.Next() {
		var id int64
		var products int
		if err := rows.Scan(&id, &products); err != nil {
			return model.RefList{}, err
		}
		if model.BuysFew(products) {
			found = append(found, idAmount{id, period[id], products})
		}
	}
	if err := rows.Err(); err != nil {
		return model.RefList{}, err
	}
	return refList(found), nil
}

// nameRefs reads the name, company and level of every customer the report shows, in one query,
// and drops rows of customers now in the trash.
func (s *Store) nameRefs(ctx context.Context, r *model.Report) error {
	var refs []*model.CustomerRef
	for _, list := range []*model.RefList{&r.Dormant, &r.Lost, &r.Few, &r.Plaints} {
		for i := range list.Rows {
			refs = append(refs, &list.Rows[i])
		}
	}
	for _, rows := range [][]model.TopRow{r.Top.LastYear, r.Top.This} {
		for i := range rows {
			refs = append(refs, &rows[i].CustomerRef)
		}
	}
	for i := range r.Owing {
		refs = append(refs, &r.Owing[i])
	}
	if len(refs) == 0 {
		return nil
	}
	ids := make([]int64, len(refs))
	for i, ref := range refs {
		ids[i] = ref.ID
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, company, level FROM customers
		WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`, idList(ids))
	if err != nil {
		return fmt.Errorf("read the customers' names: %w", err)
	}
	defer rows.Close()
	type named struct {
		name, company string
		level         model.Level
	}
	names := map[int64]named{}
	for rows.Next() {
		var id int64
		var n named
		if err := rows.Scan(&id, &n.name, &n.company, &n.level); err != nil {
			return err
		}
		names[id] = n
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, ref := range refs {
		n := names[ref.ID]
		ref.Name, ref.Company, ref.Level = n.name, n.company, n.level
	}
	kept := r.Owing[:0]
	for _, ref := range r.Owing {
		if _, ok := names[ref.ID]; ok {
			kept = append(kept, ref)
		}
	}
	r.Owing = kept[:min(len(kept), model.TopRows)]
	return nil
}
