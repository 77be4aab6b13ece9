package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"guanxi/model"
)

// TestLapseBoundsInSQLAreTheModels holds the analysis' SQL of each lapse class's bounds to
// model.LapseBounds.Holds, and the classes the analysis finds to model.LapseOf, on every edge: a
// last deal and a last contact a day before, at and after each cutoff, today, or none, with no
// deal, one or two, as the store keeps them on the customer's row.
func TestLapseBoundsInSQLAreTheModels(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	today := s.Today()
	cs := model.DefaultClassSettings()
	days := []model.Date{{}, today}
	for _, cut := range []int{cs.LostAfterDays, cs.DormantAfterDays} {
		for _, off := range []int{-1, 0, 1} {
			days = append(days, today.AddDays(-cut+off))
		}
	}
	type row struct {
		deal, contact model.Date
		deals         int
	}
	rows := map[int64]row{}
	for _, deal := range days {
		for _, contact := range days {
			for _, deals := range []int{0, 1, 2} {
				r := row{deal, contact, deals}
				c := addCustomer(t, s, model.Customer{Name: fmt.Sprint(r), Level: model.LevelFree})
				if _, err := s.db.ExecContext(ctx, `UPDATE customers SET last_deal_on = ?, last_contact_on = ?, deal_count = ? WHERE id = ?`,
					dateArg(deal), dateArg(contact), deals, c.ID); err != nil {
					t.Fatal(err)
				}
				rows[c.ID] = r
			}
		}
	}
	lapsed, err := s.lapsed(ctx, today, cs)
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range model.LapseOrder {
		bounds, _ := model.LapseSpan(code, today, cs)
		query, args, _ := lapseQuery(code, today, cs)
		got, err := readIDs(ctx, s.db, "SELECT id FROM ("+query+")", args...)
		if err != nil {
			t.Fatal(err)
		}
		var held, classed []int64
		for id, r := range rows {
			if bounds.Holds(r.deal, r.contact, r.deals) {
				held = append(held, id)
			}
			if model.LapseOf(r.deal, r.contact, r.deals, today, cs) == code {
				classed = append(classed, id)
			}
		}
		var found []int64
		for _, f := range lapsed[code] {
			found = append(found, f.id)
		}
		for _, ids := range [][]int64{got, held, classed, found} {
			slices.Sort(ids)
		}
		if !slices.Equal(got, held) {
			t.Errorf("%s: the SQL of the bounds finds %d customers, the bounds hold %d", code, len(got), len(held))
			for id, r := range rows {
				if slices.Contains(got, id) != slices.Contains(held, id) {
					t.Errorf("%s: %+v: SQL %v", code, r, slices.Contains(got, id))
				}
			}
		}
		if !slices.Equal(found, classed) || len(classed) == 0 {
			t.Errorf("%s: the analysis finds %v, LapseOf classes %v", code, found, classed)
		}
	}
}

// TestLapseQueriesReadIndexes holds the analysis' reads of the lapse classes to the plans that
// keep the analysis within its bar at 100,000 customers (BenchmarkAnalysis): the lost are the two
// ranges of the last contacts' index (none, or on or before the cutoff), the dormant a range of the
// index of the deal figures, which holds every column read.
func TestLapseQueriesReadIndexes(t *testing.T) {
	s := openTemp(t)
	cases := map[string]string{
		model.LapseLost:    "MULTI-INDEX OR",
		model.LapseDormant: "SEARCH c USING INDEX customers_deal_count (deal_count=? AND last_deal_on<?)",
	}
	for code, want := range cases {
		query, args, _ := lapseQuery(code, s.Today(), model.DefaultClassSettings())
		plan := queryPlan(t, s, query, args...)
		if !strings.Contains(plan, want) || strings.Contains(plan, "SCAN") {
			t.Errorf("%s: %s\nruns as\n%s\nwant %s", code, query, plan, want)
		}
		if code == model.LapseLost && strings.Count(plan, "customers_last_contact") != 2 {
			t.Errorf("%s runs as\n%s\nwant both ranges of customers_last_contact", code, plan)
		}
	}
}
