package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"guanxi/model"
)

// Analysis computes the analysis view of the book on the store's today (see model.Report). It reads
// covering indexes rather than tables: every deal once in customer order, the customers' counts by
// level, stage and relation, what is owed, the lost customers and the year's complaints. The deals
// are read on one connection while the rest is read on another.
func (s *Store) Analysis(ctx context.Context) (*model.Report, error) {
	cs, err := classSettings(ctx, s.db)
	if err != nil {
		return nil, err
	}
	today := s.Today()
	r := &model.Report{Today: today, Settings: cs}
	trash, err := s.trashed(ctx)
	if err != nil {
		return nil, fmt.Errorf("analyse the book: %w", err)
	}
	// The deals are read in two halves by customer, side by side; the rest meanwhile.
	var mid int64
	if err := s.db.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) / 2 + 1 FROM customers").Scan(&mid); err != nil {
		return nil, fmt.Errorf("analyse the book: %w", err)
	}
	var halves [2][]dealSum
	var errHalves [2]error
	var lost, plaints []idAmount
	var wg sync.WaitGroup
	for i, span := range [2][2]int64{{0, mid}, {mid, 1 << 62}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			halves[i], errHalves[i] = s.sumDeals(ctx, today, cs, trash, span[0], span[1])
		}()
	}
	errRest := s.countCustomers(ctx, r)
	if errRest == nil {
		lost, errRest = s.lostCustomers(ctx, cs.LostCutoff(today))
	}
	if errRest == nil {
		errRest = s.receivables(ctx, r, today, trash)
	}
	if errRest == nil {
		plaints, errRest = s.complainers(ctx, model.YearStart(today))
	}
	wg.Wait()
	dealt := append(halves[0], halves[1]...)
	for _, err := range []error{errHalves[0], errHalves[1], errRest} {
		if err != nil {
			return nil, fmt.Errorf("analyse the book: %w", err)
		}
	}

	lostSet := make(map[int64]bool, len(lost))
	for _, l := range lost {
		lostSet[l.id] = true
	}
	oldCut, dormantCut := cs.OldCutoff(today).String(), cs.DormantCutoff(today).String()
	period := make([]model.IDAmount, len(dealt))
	thisYear := make([]model.IDAmount, len(dealt))
	lastYear := make([]model.IDAmount, len(dealt))
	var dormant []idAmount
	for i, d := range dealt {
		period[i], thisYear[i], lastYear[i] = model.IDAmount{ID: d.id, Amount: d.period},
			model.IDAmount{ID: d.id, Amount: d.thisYear}, model.IDAmount{ID: d.id, Amount: d.lastYear}
		if d.first <= oldCut {
			r.Tenure.Old++
			r.Tenure.OldRevenue += d.period
		} else {
			r.Tenure.New++
			r.Tenure.NewRevenue += d.period
		}
		if d.deals == 1 && d.last <= dormantCut && !lostSet[d.id] {
			dormant = append(dormant, idAmount{d.id, d.total, d.deals})
		}
	}
	r.Tenure.None = max(r.Customers-len(dealt), 0)

	ranked := model.Rank(period)
	sorted := make([]model.Money, len(ranked))
	for i, a := range ranked {
		sorted[i] = a.Amount
		r.Revenue += a.Amount
	}
	r.ABC = model.ABCSplit(sorted, r.Customers, cs)
	r.Pareto = model.Pareto(sorted, r.Customers)

	r.Top.ThisYear = today.Y
	byThis, byLast := model.Top(thisYear, model.TopRows), model.Top(lastYear, model.TopRows)
	thisRank, lastRank := map[int64]int{}, map[int64]int{}
	sums := map[int64]dealSum{}
	for _, a := range append(slices.Clone(byThis), byLast...) {
		thisRank[a.ID], lastRank[a.ID] = model.PlaceOf(thisYear, a.ID), model.PlaceOf(lastYear, a.ID)
	}
	for _, d := range dealt {
		if _, ok := thisRank[d.id]; ok {
			sums[d.id] = d
		}
	}
	top := func(list []model.IDAmount) []model.TopRow {
		out := make([]model.TopRow, 0, len(list))
		for _, a := range list {
			d := sums[a.ID]
			out = append(out, model.TopRow{CustomerRef: model.CustomerRef{ID: a.ID}, LastYear: d.lastYear,
				ThisYear: d.thisYear, LastRank: lastRank[a.ID], ThisRank: thisRank[a.ID]})
		}
		return out
	}
	r.Top.LastYear, r.Top.This = top(byLast), top(byThis)

	r.Lost = refList(lost)
	r.Dormant = refList(dormant)
	r.Plaints = refList(plaints)
	r.FewAmong = min(len(ranked), r.ABC[0].Customers+r.ABC[1].Customers, model.FewProductsAmong)
	if r.Few, err = s.fewProducts(ctx, ranked[:r.FewAmong], cs.PeriodStart(today)); err != nil {
		return nil, fmt.Errorf("analyse the book: %w", err)
	}
	if err := s.nameRefs(ctx, r); err != nil {
		return nil, fmt.Errorf("analyse the book: %w", err)
	}
	return r, nil
}

// dealSum is what one customer's deals add up to for the analysis. Days are kept as the book's
// text, which orders as the dates do.
type dealSum struct {
	id                 int64
	deals              int
	first, last        string
	total, period      model.Money
	thisYear, lastYear model.Money
}

// trashed returns the ids of the customers in the trash, whose records the analysis leaves out.
func (s *Store) trashed(ctx context.Context) (map[int64]bool, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM customers INDEXED BY customers_trash WHERE deleted_at IS NOT NULL")
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

// sumDeals reads the deals of the customers with ids from from up to to (not included), in
// customer order off deals_customer_amount, and adds up each customer's figures, in the order of
// their ids; customers in the trash are left out.
func (s *Store) sumDeals(ctx context.Context, today model.Date, cs model.ClassSettings, trash map[int64]bool, from, to int64) ([]dealSum, error) {
	periodStart := dayArg(cs.PeriodStart(today))
	thisYear := model.Date{Y: today.Y, M: 1, D: 1}.String()
	lastYear := model.Date{Y: today.Y - 1, M: 1, D: 1}.String()
	rows, err := s.db.QueryContext(ctx, `SELECT customer_id, on_date, amount FROM deals INDEXED BY deals_customer_amount
		WHERE customer_id >= ? AND customer_id < ? ORDER BY customer_id, on_date`, from, to)
	if err != nil {
		return nil, fmt.Errorf("read the deals: %w", err)
	}
	defer rows.Close()
	var out []dealSum
	var cur *dealSum
	skip := false
	curID := int64(-1)
	// Scanning into any takes database/sql's short way, without reflection: a third of the time
	// on a large book.
	var idv, amountv any
	var on string
	for rows.Next() {
		if err := rows.Scan(&idv, &on, &amountv); err != nil {
			return nil, fmt.Errorf("read the deals: %w", err)
		}
		id, ok1 := idv.(int64)
		a, ok2 := amountv.(int64)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("read the deals: a deal of customer %v has the amount %v", idv, amountv)
		}
		amount := model.Money(a)
		if id != curID {
			curID, skip = id, trash[id]
			if !skip {
				out = append(out, dealSum{id: id, first: on})
				cur = &out[len(out)-1]
			}
		}
		if skip {
			continue
		}
		cur.deals++
		cur.last = on
		cur.total += amount
		if on >= periodStart {
			cur.period += amount
		}
		switch {
		case on >= thisYear:
			cur.thisYear += amount
		case on >= lastYear:
			cur.lastYear += amount
		}
	}
	return out, rows.Err()
}

// countCustomers fills the counts by level, stage and relation, and the book's size.
func (s *Store) countCustomers(ctx context.Context, r *model.Report) error {
	rows, err := s.db.QueryContext(ctx, `SELECT level, stage, relation, count(*) FROM customers INDEXED BY customers_classes
		WHERE deleted_at IS NULL GROUP BY level, stage, relation`)
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

// lostCustomers finds the customers with neither a deal nor a contact since cutoff, by their order
// total; those never dealt with at all are not lost, only not yet won.
func (s *Store) lostCustomers(ctx context.Context, cutoff model.Date) ([]idAmount, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.order_total FROM customers c
		WHERE c.deleted_at IS NULL AND (c.last_contact_on IS NULL OR c.last_contact_on <= ?1)
		AND max(coalesce(`+lastDealSQL+`, ''), coalesce(c.last_contact_on, '')) BETWEEN '0' AND ?1`, cutoff.String())
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

// receivables sums what is owed by the age of the deal, and finds who owes most.
func (s *Store) receivables(ctx context.Context, r *model.Report, today model.Date, trash map[int64]bool) error {
	rows, err := s.db.QueryContext(ctx, `SELECT customer_id, on_date, amount - paid FROM deals INDEXED BY deals_owed
		WHERE credit_due_on IS NOT NULL AND paid < amount`)
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

// complainers finds the customers with more than one complaint since the day given, with their
// order total: the large ones matter most.
func (s *Store) complainers(ctx context.Context, since model.Date) ([]idAmount, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT p.customer_id, c.order_total, count(*) FROM complaints p INDEXED BY complaints_on
		JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
		WHERE p.on_date >= ? GROUP BY p.customer_id HAVING count(*) > ?`, since.String(), model.ComplaintsMoreThan)
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

// idList writes ids as a JSON array, the one parameter json_each reads them from.
func idList(ids []int64) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	b.WriteByte(']')
	return b.String()
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
