package store

import (
	"context"
	"testing"

	"guanxi/model"
)

// The analysis reads only the deals of its windows and the figures kept on the customers' rows;
// whatever the value period (all time, shorter than this year, longer than last year), its sums
// and counts agree with each customer's own classification, read from every deal of theirs.
func TestAnalysisAgreesWithEachCustomersFigures(t *testing.T) {
	b := newClassBook(t)
	ctx := context.Background()
	today := b.s.Today()
	for _, months := range []int{12, 0, 1, 2, 30} {
		cs := model.DefaultClassSettings()
		cs.PeriodMonths = months
		if err := b.s.SetClassSettings(ctx, cs); err != nil {
			t.Fatal(err)
		}
		r, err := b.s.Analysis(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var revenue, oldRevenue model.Money
		var old, fresh, none, dormant, lost int
		abc := map[string]int{}
		var thisYear, lastYear model.Money // the largest of each calendar year
		for _, id := range b.all {
			_, f, err := figures(ctx, b.s.db, id, today, cs)
			if err != nil {
				t.Fatal(err)
			}
			c := model.Classify(model.LevelNew, f, today, cs)
			abc[c.ABC.Code]++
			revenue += f.Revenue
			switch {
			case f.Deals == 0:
				none++
			case c.Tenure.Code == model.TenureOld:
				old++
				oldRevenue += f.Revenue
			default:
				fresh++
			}
			switch c.Lapse.Code {
			case model.LapseDormant:
				dormant++
			case model.LapseLost:
				lost++
			}
			deals, err := b.s.Deals(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			var this, last model.Money
			for _, d := range deals {
				switch d.On.Y {
				case today.Y:
					this += d.Amount
				case today.Y - 1:
					last += d.Amount
				}
			}
			thisYear, lastYear = max(thisYear, this), max(lastYear, last)
		}
		if r.Revenue != revenue || r.Tenure.OldRevenue != oldRevenue || r.Tenure.NewRevenue != revenue-oldRevenue {
			t.Errorf("%d months: revenue %v (old %v, new %v), the customers' figures give %v (old %v)", months,
				r.Revenue, r.Tenure.OldRevenue, r.Tenure.NewRevenue, revenue, oldRevenue)
		}
		if r.Tenure.Old != old || r.Tenure.New != fresh || r.Tenure.None != none {
			t.Errorf("%d months: tenure %+v, want old %d, new %d, none %d", months, r.Tenure, old, fresh, none)
		}
		if r.ABC[0].Customers != abc[model.ABCA] || r.ABC[1].Customers != abc[model.ABCB] || r.ABC[2].Customers != abc[model.ABCC] {
			t.Errorf("%d months: ABC %+v, the customers' classes %v", months, r.ABC, abc)
		}
		if r.Dormant.Count != dormant || r.Lost.Count != lost {
			t.Errorf("%d months: %d dormant and %d lost, want %d and %d", months, r.Dormant.Count, r.Lost.Count, dormant, lost)
		}
		if len(r.Top.This) == 0 || r.Top.This[0].ThisYear != thisYear || len(r.Top.LastYear) == 0 || r.Top.LastYear[0].LastYear != lastYear {
			t.Errorf("%d months: the years' largest %+v and %+v, want %v and %v", months, r.Top.This, r.Top.LastYear, thisYear, lastYear)
		}
	}
}

// The days are cut into spans at each window's start, and each span counts in the windows it lies in.
func TestDealSpans(t *testing.T) {
	today := model.MustDate("2026-03-10")
	type span struct {
		from, to                   string
		period, thisYear, lastYear bool
	}
	for _, tc := range []struct {
		months int
		first  string
		want   []span
	}{
		{12, "2025-01-01", []span{
			{"2025-01-01", "2025-03-11", false, false, true},
			{"2025-03-11", "2026-01-01", true, false, true},
			{"2026-01-01", "", true, true, false},
		}},
		{1, "2025-01-01", []span{
			{"2025-01-01", "2026-01-01", false, false, true},
			{"2026-01-01", "2026-02-11", false, true, false},
			{"2026-02-11", "", true, true, false},
		}},
		{0, "2019-05-01", []span{
			{"2019-05-01", "2025-01-01", true, false, false},
			{"2025-01-01", "2026-01-01", true, false, true},
			{"2026-01-01", "", true, true, false},
		}},
	} {
		cs := model.DefaultClassSettings()
		cs.PeriodMonths = tc.months
		got := windowsOf(today, cs).spans(tc.first)
		if len(got) != len(tc.want) {
			t.Errorf("%d months: spans %+v", tc.months, got)
			continue
		}
		for i, g := range got {
			if (span{g.from, g.to, g.period, g.thisYear, g.lastYear}) != tc.want[i] {
				t.Errorf("%d months: span %d is %+v, want %+v", tc.months, i, g, tc.want[i])
			}
		}
	}
}
