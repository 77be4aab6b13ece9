package model

import (
	"slices"
	"testing"
)

func TestPareto(t *testing.T) {
	// Twenty customers, four with revenue: 700, 200, 60, 40 (of 1,000).
	sorted := []Money{yuan(700), yuan(200), yuan(60), yuan(40)}
	got := Pareto(sorted, 20)
	want := map[int]float64{5: 70, 10: 90, 20: 100, 100: 100}
	for _, p := range got {
		if w, ok := want[p.CustomerPct]; ok && (p.RevenuePct < w-1e-9 || p.RevenuePct > w+1e-9) {
			t.Errorf("top %d%% earn %.2f%%, want %.2f%%", p.CustomerPct, p.RevenuePct, w)
		}
	}
	if len(got) != len(ParetoSteps) {
		t.Errorf("%d points", len(got))
	}
	for _, p := range Pareto(nil, 0) {
		if p.RevenuePct != 0 {
			t.Errorf("no revenue: %+v", p)
		}
	}
	// One customer: they are every share.
	if p := Pareto([]Money{yuan(5)}, 1)[0]; p.RevenuePct != 100 {
		t.Errorf("one customer: %+v", p)
	}
}

func TestABCSplit(t *testing.T) {
	s := DefaultClassSettings()
	cases := []struct {
		name   string
		sorted []Money
		n      int
		want   [3]int // customers in A, B, C
	}{
		{"none", nil, 0, [3]int{0, 0, 0}},
		{"one customer", []Money{yuan(10)}, 1, [3]int{1, 0, 0}},
		{"one customer without revenue", nil, 1, [3]int{0, 0, 1}},
		{"twenty, four with revenue", []Money{yuan(9), yuan(8), yuan(7), yuan(6)}, 20, [3]int{1, 3, 16}},
		{"a tie at the A line", []Money{yuan(9), yuan(9), yuan(7)}, 20, [3]int{2, 1, 17}},
		{"a tie across the B line", []Money{yuan(9), yuan(8), yuan(7), yuan(6), yuan(6), yuan(6), yuan(1)}, 20, [3]int{1, 5, 14}},
	}
	for _, c := range cases {
		got := ABCSplit(c.sorted, c.n, s)
		if counts := [3]int{got[0].Customers, got[1].Customers, got[2].Customers}; counts != c.want {
			t.Errorf("%s: %v, want %v", c.name, counts, c.want)
		}
		// The split must agree with the classes of each customer.
		revs := append(slices.Clone(c.sorted), make([]Money, max(c.n-len(c.sorted), 0))...)
		var fromClasses [3]int
		for _, cl := range ABCOfAllIn(revs, len(revs), s) {
			fromClasses[map[string]int{ABCA: 0, ABCB: 1, ABCC: 2}[cl]]++
		}
		if fromClasses != c.want {
			t.Errorf("%s: ABCOfAllIn gives %v", c.name, fromClasses)
		}
	}
	got := ABCSplit([]Money{yuan(9), yuan(8), yuan(7), yuan(6)}, 20, s)
	if got[0].Revenue != yuan(9) || got[1].Revenue != yuan(21) || got[2].Revenue != 0 {
		t.Errorf("revenues %+v", got)
	}
}

func TestRank(t *testing.T) {
	got := Rank([]IDAmount{{3, yuan(5)}, {1, yuan(5)}, {2, yuan(9)}, {4, 0}})
	if want := []IDAmount{{2, yuan(9)}, {1, yuan(5)}, {3, yuan(5)}}; !slices.Equal(got, want) {
		t.Errorf("ranked %v: largest first, ties by id, zero left out", got)
	}
	if len(Rank(nil)) != 0 {
		t.Error("nothing to rank")
	}
}

func TestTopAndPlace(t *testing.T) {
	list := []IDAmount{{5, yuan(3)}, {3, yuan(5)}, {1, yuan(5)}, {2, yuan(9)}, {4, 0}, {6, yuan(1)}}
	ranked := Rank(slices.Clone(list))
	for k := 0; k <= 6; k++ {
		want := ranked[:min(k, len(ranked))]
		if got := Top(list, k); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("Top(%d) = %v, want %v", k, got, want)
		}
	}
	for i, a := range ranked {
		if got := PlaceOf(list, a.ID); got != i+1 {
			t.Errorf("PlaceOf(%d) = %d, want %d", a.ID, got, i+1)
		}
	}
	if PlaceOf(list, 4) != 0 || PlaceOf(list, 99) != 0 {
		t.Error("no amount, no place")
	}
}

// TestAgeBucketStarts tests the receivables' ages by the days a deal was made before today, at
// each edge: 0–30, 31–60, 61–90, over 90 days, a deal dated ahead counting as new.
func TestAgeBucketStarts(t *testing.T) {
	today := MustDate("2026-03-10")
	starts := AgeBucketStarts(today)
	bucketOf := func(day Date) int {
		for i, s := range starts {
			if !day.Before(s) {
				return i
			}
		}
		return len(starts)
	}
	for ago, want := range map[int]int{-3: 0, 0: 0, 30: 0, 31: 1, 60: 1, 61: 2, 90: 2, 91: 3, 400: 3} {
		if got := bucketOf(today.AddDays(-ago)); got != want {
			t.Errorf("a deal %d days ago: bucket %d, want %d", ago, got, want)
		}
	}
	if len(AgeBuckets) != len(starts)+1 {
		t.Error("one bucket after each start, and the oldest")
	}
}

func TestBuysFew(t *testing.T) {
	for n, want := range map[int]bool{0: false, 1: true, 2: true, 3: false} {
		if BuysFew(n) != want {
			t.Errorf("BuysFew(%d)", n)
		}
	}
}
