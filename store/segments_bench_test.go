package store_test

import (
	"context"
	"testing"
	"time"

	"guanxi/internal/benchbook"
	"guanxi/model"
)

// classTwin is a saved list of one class and the SQL the query language ran for it while the class
// was written a second time in SQL beside model's rule: the figure the list is held against.
type classTwin struct {
	query string
	twin  func(today model.Date, cs model.ClassSettings, customers int) (string, []any)
}

const countLive = "SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND "

// twinRanked is the former abc: SQL, every customer with revenue in the period ranked by it.
const twinRanked = `c.id IN (SELECT customer_id FROM (SELECT d.customer_id, rank() OVER (ORDER BY sum(d.amount) DESC) AS rk
	FROM deals d JOIN customers c2 ON c2.id = d.customer_id AND c2.deleted_at IS NULL
	WHERE d.on_date >= ? GROUP BY d.customer_id) WHERE rk <= ?)`

// twinRecent is the former activity: SQL, the deals and contacts of the window counted per customer.
const twinRecent = `((SELECT count(*) FROM deals WHERE customer_id = c.id AND on_date >= ?1) +
	(SELECT count(*) FROM interactions WHERE customer_id = c.id AND at >= ?1))`

// twinLost is the former lapse: SQL's lost customer.
const twinLost = `(max(coalesce(c.last_deal_on, ''), coalesce(c.last_contact_on, '')) != '' AND
	max(coalesce(c.last_deal_on, ''), coalesce(c.last_contact_on, '')) <= ?1)`

var classTwins = []classTwin{
	{"abc:A", func(today model.Date, cs model.ClassSettings, n int) (string, []any) {
		a, _ := model.ABCCounts(n, cs)
		return countLive + twinRanked, []any{cs.PeriodStart(today).String(), a}
	}},
	{"abc:C", func(today model.Date, cs model.ClassSettings, n int) (string, []any) {
		_, ab := model.ABCCounts(n, cs)
		return countLive + "NOT " + twinRanked, []any{cs.PeriodStart(today).String(), ab}
	}},
	{"tenure:old", func(today model.Date, cs model.ClassSettings, _ int) (string, []any) {
		return countLive + "c.first_deal_on <= ?", []any{cs.OldCutoff(today).String()}
	}},
	{"tenure:new", func(today model.Date, cs model.ClassSettings, _ int) (string, []any) {
		return countLive + "c.first_deal_on > ?", []any{cs.OldCutoff(today).String()}
	}},
	{"activity:active", func(today model.Date, cs model.ClassSettings, _ int) (string, []any) {
		return countLive + twinRecent + " >= ?2", []any{cs.ActiveStart(today).String(), cs.ActiveMin}
	}},
	{"activity:low", func(today model.Date, cs model.ClassSettings, _ int) (string, []any) {
		return countLive + twinRecent + " = 0", []any{cs.ActiveStart(today).String()}
	}},
	{"lapse:dormant", func(today model.Date, cs model.ClassSettings, _ int) (string, []any) {
		return countLive + "NOT " + twinLost + " AND c.deal_count = 1 AND c.last_deal_on <= ?2",
			[]any{cs.LostCutoff(today).String(), cs.DormantCutoff(today).String()}
	}},
}

// BenchmarkSegmentClass counts a saved list of one class (abc:, tenure:, activity:, lapse:) in the
// book of 100,000, as the list of saved lists does, through model's rule; beside it the SQL twin of
// the rule the query language ran before, on the book's own connection (old) and bare on SQLite
// (bare): the same count, the same customers. cpu-ms/op, old-cpu-ms and bare-cpu-ms are the
// processor time of one count each, the figures to read on a shared machine; x-old is the first
// over the second.
func BenchmarkSegmentClass(b *testing.B) {
	s := benchbook.Open(b, benchbook.Scale)
	db := benchbook.Bare(b, benchbook.Scale)
	ctx := context.Background()
	cs := model.DefaultClassSettings()
	n, err := s.CountCustomers(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, tw := range classTwins {
		b.Run(tw.query, func(b *testing.B) {
			q, err := model.ParseQuery(tw.query)
			if err != nil {
				b.Fatal(err)
			}
			sqlText, args := tw.twin(benchbook.Today, cs, n)
			var want int
			// Each once untimed, so every side reads a warm cache.
			if err := db.QueryRow(sqlText, args...).Scan(&want); err != nil {
				b.Fatal(err)
			}
			if _, err := s.CountQuery(ctx, q); err != nil {
				b.Fatal(err)
			}
			if _, err := s.CountSQL(ctx, sqlText, args...); err != nil {
				b.Fatal(err)
			}
			cpuOf := func(count func() (int, error)) time.Duration {
				c0 := benchbook.CPU()
				for range 3 {
					got, err := count()
					if err != nil || got != want {
						b.Fatalf("%s: %d, bare %d, %v", tw.query, got, want, err)
					}
				}
				return (benchbook.CPU() - c0) / 3
			}
			bare := cpuOf(func() (int, error) {
				var got int
				err := db.QueryRow(sqlText, args...).Scan(&got)
				return got, err
			})
			old := cpuOf(func() (int, error) { return s.CountSQL(ctx, sqlText, args...) })
			b.ResetTimer()
			c0 := benchbook.CPU()
			for b.Loop() {
				got, err := s.CountQuery(ctx, q)
				if err != nil || got != want {
					b.Fatalf("%s counts %d, its former SQL %d, %v", tw.query, got, want, err)
				}
			}
			cpu := benchbook.ReportCPU(b, c0)
			b.ReportMetric(float64(want), "customers")
			b.ReportMetric(float64(old.Microseconds())/1000, "old-cpu-ms")
			b.ReportMetric(float64(bare.Microseconds())/1000, "bare-cpu-ms")
			b.ReportMetric(float64(cpu)/float64(old), "x-old")
		})
	}
}
