package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"guanxi/model"
)

// The analysis's lists of customers: lost, with money owed, complaining more than once, buying
// few products, and the names, companies and levels the report shows them by.

// idAmount is a customer found by a section, with the figure that orders the section.
type idAmount struct {
	id     int64
	amount model.Money
	count  int
}

// largestFirst orders two customers by their figures a and b, the largest first, and on a tie by
// their ids aID and bID, the older customer first.
func largestFirst(a, b model.Money, aID, bID int64) int {
	if a != b {
		if a > b {
			return -1
		}
		return 1
	}
	return int(aID - bID)
}

// refList orders found customers by their figure, largest first, and keeps the first to show.
func refList(found []idAmount) model.RefList {
	slices.SortFunc(found, func(a, b idAmount) int { return largestFirst(a.amount, b.amount, a.id, b.id) })
	out := model.RefList{Count: len(found)}
	for _, f := range found[:min(len(found), model.TopRows)] {
		out.Rows = append(out.Rows, model.CustomerRef{ID: f.id, Amount: f.amount, Count: f.count})
	}
	return out
}

// lapsedSQL reads the customers outside the trash within a lapse class's bounds (cond, made by
// lapseBoundsSQL), with the figures kept on their rows: the order total and the deals.
const lapsedSQL = `SELECT c.id, c.order_total, c.deal_count FROM customers c WHERE c.deleted_at IS NULL AND `

// lapseQuery is the statement and arguments that read the customers within the bounds
// model.LapseSpan gives lapse class code on today, and whether the class has bounds.
func lapseQuery(code string, today model.Date, cs model.ClassSettings) (query string, args []any, ok bool) {
	bounds, ok := model.LapseSpan(code, today, cs)
	if !ok {
		return "", nil, false
	}
	cond := lapseBoundsSQL(bounds, func(v any) string {
		args = append(args, v)
		return "?"
	})
	return lapsedSQL + cond, args, true
}

// lapsed finds the customers of each lapse class of model.LapseOrder on today, by their order
// total: each class's bounds compared in SQL, and a customer an earlier class already holds taken
// out of a later one, as model.LapseOf decides. Those never dealt with at all are in none: they
// are not lost, only not yet won.
func (s *Store) lapsed(ctx context.Context, today model.Date, cs model.ClassSettings) (map[string][]idAmount, error) {
	out := map[string][]idAmount{}
	taken := map[int64]bool{}
	for _, code := range model.LapseOrder {
		query, args, ok := lapseQuery(code, today, cs)
		if !ok {
			continue
		}
		found, err := readAll(ctx, s.db, query, func(rows *sql.Rows) (idAmount, error) {
			var f idAmount
			err := rows.Scan(&f.id, &f.amount, &f.count)
			return f, err
		}, args...)
		if err != nil {
			return nil, fmt.Errorf("find the %s customers: %w", code, err)
		}
		found = slices.DeleteFunc(found, func(f idAmount) bool { return taken[f.id] })
		for _, f := range found {
			taken[f.id] = true
		}
		out[code] = found
	}
	return out, nil
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
	slices.SortFunc(all, func(a, b model.CustomerRef) int { return largestFirst(a.Amount, b.Amount, a.ID, b.ID) })
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
	out, err := readAll(ctx, s.db, complainersSQL, func(rows *sql.Rows) (idAmount, error) {
		var f idAmount
		err := rows.Scan(&f.id, &f.amount, &f.count)
		return f, err
	}, since.String(), model.ComplaintsMoreThan)
	if err != nil {
		return nil, fmt.Errorf("find repeated complaints: %w", err)
	}
	return out, nil
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
