package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"guanxi/model"
)

// The analysis adds up each customer's deals in the windows of days that move with today: the
// value period, this calendar year and last. Everything else it needs of the deals (the first and
// last day, their count, the order total) is kept on the customer's row, so only the deals inside
// the windows are read, off deals_on_customer_amount by day.

// dealWindows are the first days of the windows, as the book's text, which orders as the dates do.
type dealWindows struct {
	period   string // "" when the period is all time
	thisYear string
	lastYear string
}

// windowsOf gives the windows of today under the settings; this year and last are calendar years,
// as the analysis compares them.
func windowsOf(today model.Date, cs model.ClassSettings) dealWindows {
	return dealWindows{
		period:   dayArg(cs.PeriodStart(today)),
		thisYear: model.Date{Y: today.Y, M: 1, D: 1}.String(),
		lastYear: model.Date{Y: today.Y - 1, M: 1, D: 1}.String(),
	}
}

// windowSums are what one customer's deals add up to in each window.
type windowSums struct {
	period, thisYear, lastYear model.Money
}

func (w windowSums) any() bool { return w.period != 0 || w.thisYear != 0 || w.lastYear != 0 }

// daySpan is a range of days, from from up to to (not included; "" is no end), that no window
// starts inside: every deal in it counts in the same windows, so its day need not be read, which
// halves the cost of a row.
type daySpan struct {
	from, to                   string
	period, thisYear, lastYear bool
}

// spans cuts the days from first on into spans at every window's start.
func (w dealWindows) spans(first string) []daySpan {
	cuts := []string{first, w.thisYear, w.lastYear}
	if w.period != "" {
		cuts = append(cuts, w.period)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	// Nothing before the first day read.
	cuts = slices.DeleteFunc(cuts, func(c string) bool { return c < first })
	out := make([]daySpan, len(cuts))
	for i, from := range cuts {
		to := ""
		if i+1 < len(cuts) {
			to = cuts[i+1]
		}
		out[i] = daySpan{from: from, to: to, period: from >= w.period, thisYear: from >= w.thisYear,
			lastYear: from >= w.lastYear && from < w.thisYear}
	}
	return out
}

// firstDay is the first day whose deals count in a window: the earliest window's start, or the
// first deal of the book when the period is all time ("" when it has none).
func (w dealWindows) firstDay(ctx context.Context, q querier) (string, error) {
	if w.period != "" {
		return min(w.period, w.lastYear), nil
	}
	var first sql.NullString
	err := q.QueryRowContext(ctx, "SELECT min(on_date) FROM deals INDEXED BY deals_on_customer_amount").Scan(&first)
	if err != nil || !first.Valid {
		return "", err
	}
	return min(first.String, w.lastYear), nil
}

// maxCustomerIDSQL is the largest customer id, which sizes the sums.
const maxCustomerIDSQL = "SELECT coalesce(max(id), 0) FROM customers"

// windowDealsSQL read the customer and amount of every deal in a span, with an end and without.
const (
	windowDealsSQL     = "SELECT customer_id, amount FROM deals INDEXED BY deals_on_customer_amount WHERE on_date >= ?1 AND on_date < ?2"
	windowDealsOpenSQL = "SELECT customer_id, amount FROM deals INDEXED BY deals_on_customer_amount WHERE on_date >= ?1"
)

// spanQuery is the statement and arguments that read a span's deals.
func (sp daySpan) query() (string, []any) {
	if sp.to == "" {
		return windowDealsOpenSQL, []any{sp.from}
	}
	return windowDealsSQL, []any{sp.from, sp.to}
}

// sumWindows adds up every customer's deals in the windows, indexed by customer id, span by span
// on one connection: the analysis reads the customers on another meanwhile, which keeps two
// processors busy (a second reader of the deals costs more processor time than it saves). Customers
// in the trash are in it too; the caller leaves them out.
func (s *Store) sumWindows(ctx context.Context, today model.Date, cs model.ClassSettings) ([]windowSums, error) {
	w := windowsOf(today, cs)
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the deals: %w", err)
	}
	defer conn.Close()
	first, err := w.firstDay(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("read the deals: %w", err)
	}
	// Sized for every customer at once: growing it as ids come would copy it again and again.
	var maxID int64
	if err := conn.QueryRowContext(ctx, maxCustomerIDSQL).Scan(&maxID); err != nil {
		return nil, fmt.Errorf("read the deals: %w", err)
	}
	sums := make([]windowSums, maxID+1)
	for _, sp := range w.spans(first) {
		query, args := sp.query()
		if sums, err = sumSpan(ctx, conn, query, args, sp, sums); err != nil {
			return nil, fmt.Errorf("read the deals: %w", err)
		}
	}
	return sums, nil
}

// sumSpan adds the deals of one span to sums, growing it for a customer added since it was sized.
func sumSpan(ctx context.Context, conn *sql.Conn, query string, args []any, sp daySpan, sums []windowSums) ([]windowSums, error) {
	rows, err := conn.QueryContext(ctx, query, args...)
	if err != nil {
		return sums, err
	}
	defer rows.Close()
	// Scanning into any takes database/sql's short way, without reflection.
	var idv, amountv any
	for rows.Next() {
		if err := rows.Scan(&idv, &amountv); err != nil {
			return sums, err
		}
		id, ok1 := idv.(int64)
		a, ok2 := amountv.(int64)
		if !ok1 || !ok2 || id < 0 {
			return sums, fmt.Errorf("a deal of customer %v has the amount %v", idv, amountv)
		}
		if id >= int64(len(sums)) {
			sums = slices.Grow(sums, int(id)+1-len(sums))[:id+1]
		}
		amount := model.Money(a)
		if sp.period {
			sums[id].period += amount
		}
		if sp.thisYear {
			sums[id].thisYear += amount
		}
		if sp.lastYear {
			sums[id].lastYear += amount
		}
	}
	return sums, rows.Err()
}
