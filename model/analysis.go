package model

import (
	"cmp"
	"slices"
)

// The analysis of a book (客户分析): the questions a salesperson asks of it — who are the gold customers,
// how many old ones, who sleeps or left, was last year's largest still large this year, who buys
// only one or two products, what is owed and for how long, who complained more than once. The
// store gathers the figures; the rules that shape them are here.

// Report is the whole analysis of a book on one day.
type Report struct {
	Today     Date
	Settings  ClassSettings
	Customers int
	// Revenue is every customer's revenue in the value period; ABC splits it by class.
	Revenue Money
	ABC     [3]ABCShare
	Pareto  []ParetoPoint
	Levels  []CodeCount
	Stages  []CodeCount
	Rels    []CodeCount
	Tenure  TenureSplit
	Dormant RefList
	Lost    RefList
	Top     YearTop
	Few     RefList
	// FewAmong is how many of the largest customers were looked at for Few.
	FewAmong int
	Owed     [4]AgeBucket
	Owing    []CustomerRef
	Plaints  RefList
}

// CustomerRef is one customer as a row of the analysis shows them, with the figure that put them
// there (an amount, a count, a day).
type CustomerRef struct {
	ID      int64
	Name    string
	Company string
	Level   Level
	Amount  Money
	Count   int
	Day     Date
}

// RefList is how many customers a section holds and the first of them to show.
type RefList struct {
	Count int
	Rows  []CustomerRef
}

// ABCShare is one value class: how many customers, and their revenue.
type ABCShare struct {
	Class     string
	Customers int
	Revenue   Money
}

// ParetoPoint is a point of the Pareto curve: the top CustomerPct percent of customers earn
// RevenuePct percent of the revenue.
type ParetoPoint struct {
	CustomerPct int
	RevenuePct  float64
}

// CodeCount is how many customers carry a code of a list (a level, a stage, a relation).
type CodeCount struct {
	Code  string
	Count int
}

// TenureSplit is the old-customer analysis (老客户分析): how many are old, new or have not
// bought, and what old and new customers brought in the period.
type TenureSplit struct {
	Old        int
	New        int
	None       int
	OldRevenue Money
	NewRevenue Money
}

// YearTop compares the largest customers of this calendar year with last year's.
type YearTop struct {
	ThisYear int
	LastYear []TopRow
	This     []TopRow
}

// TopRow is a customer among the largest of a year, with both years' revenue and ranks (0: no
// revenue that year).
type TopRow struct {
	CustomerRef
	LastYear Money
	ThisYear Money
	LastRank int
	ThisRank int
}

// TopRows is how many customers each list of the analysis shows.
const TopRows = 10

// ParetoSteps are the shares of customers the Pareto curve is drawn at.
var ParetoSteps = []int{5, 10, 20, 30, 40, 50, 60, 80, 100}

// Pareto returns the Pareto curve of revenues sorted largest first, for a book of n customers (the
// rest earned nothing): at each step, the share of revenue the top share of customers earned.
func Pareto(sorted []Money, n int) []ParetoPoint {
	n = max(n, len(sorted))
	var total Money
	for _, r := range sorted {
		total += r
	}
	out := make([]ParetoPoint, len(ParetoSteps))
	var sum Money
	k := 0
	for i, pct := range ParetoSteps {
		upto := (n*pct + 99) / 100 // the top pct% of customers, rounded up
		for ; k < upto && k < len(sorted); k++ {
			sum += sorted[k]
		}
		share := 0.0
		if total > 0 {
			share = float64(sum) * 100 / float64(total)
		}
		out[i] = ParetoPoint{pct, share}
	}
	return out
}

// ABCSplit sums revenues sorted largest first into the three value classes, for a book of n
// customers, as ClassifyABC classes each one (ties share the better class).
func ABCSplit(sorted []Money, n int, s ClassSettings) [3]ABCShare {
	n = max(n, len(sorted))
	a, ab := ABCCounts(n, s)
	out := [3]ABCShare{{Class: ABCA}, {Class: ABCB}, {Class: ABCC}}
	higher := 0
	for i, r := range sorted {
		if i > 0 && r != sorted[i-1] {
			higher = i
		}
		k := 2
		switch {
		case r > 0 && higher < a:
			k = 0
		case r > 0 && higher < ab:
			k = 1
		}
		out[k].Customers++
		out[k].Revenue = out[k].Revenue.Plus(r)
	}
	out[2].Customers += n - len(sorted)
	return out
}

// IDAmount is a customer with an amount, for ranking.
type IDAmount struct {
	ID     int64
	Amount Money
}

// Rank keeps the customers with an amount above zero and orders them largest first; ties go by id
// so the order is the same on every run. It sorts in place and returns the kept part.
func Rank(list []IDAmount) []IDAmount {
	kept := list[:0]
	for _, a := range list {
		if a.Amount > 0 {
			kept = append(kept, a)
		}
	}
	slices.SortFunc(kept, func(x, y IDAmount) int {
		if c := cmp.Compare(y.Amount, x.Amount); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	return kept
}

// Top returns the k customers with the largest amounts above zero, largest first, ties by id, as
// Rank orders them, without sorting the whole list.
func Top(list []IDAmount, k int) []IDAmount {
	if k <= 0 {
		return nil
	}
	var top []IDAmount
	before := func(x, y IDAmount) bool { return x.Amount > y.Amount || x.Amount == y.Amount && x.ID < y.ID }
	for _, a := range list {
		if a.Amount <= 0 || len(top) == k && !before(a, top[k-1]) {
			continue
		}
		i := len(top)
		if i < k {
			top = append(top, a)
		} else {
			i = k - 1
		}
		for ; i > 0 && before(a, top[i-1]); i-- {
			top[i] = top[i-1]
		}
		top[i] = a
	}
	return top
}

// PlaceOf returns where a customer stands (from 1) in the ranking of list, as Rank orders it; 0
// when their amount is not above zero.
func PlaceOf(list []IDAmount, id int64) int {
	var me IDAmount
	found := false
	for _, a := range list {
		if a.ID == id {
			me, found = a, true
			break
		}
	}
	if !found || me.Amount <= 0 {
		return 0
	}
	place := 1
	for _, a := range list {
		if a.Amount > me.Amount || a.Amount == me.Amount && a.ID < me.ID {
			place++
		}
	}
	return place
}

// FewProductsMax is the most products a "one or two products" customer has bought.
const FewProductsMax = 2

// FewProductsAmong is how many of the largest customers (of classes A and B) the analysis looks at
// for buying only one or two products: beyond that, nobody has the time to act on the list.
const FewProductsAmong = 500

// BuysFew tells whether a customer who bought these many different products in the period buys
// only one or two of ours (and so the rest, likely, elsewhere).
func BuysFew(products int) bool { return products >= 1 && products <= FewProductsMax }

// ComplaintsMoreThan is the count a customer's complaints in the last 12 months must pass to be
// listed as complaining more than once.
const ComplaintsMoreThan = 1

// AgeBuckets name the receivables' ages: days since the deal sold on credit (账龄).
var AgeBuckets = []Text{
	{"0–30 天", "0–30 days"}, {"31–60 天", "31–60 days"}, {"61–90 天", "61–90 days"}, {"90 天以上", "over 90 days"},
}

// AgeBucket is one age of the receivables: what is owed and on how many deals.
type AgeBucket struct {
	Amount Money
	Deals  int
}

// AgeBucketStarts returns the first day of the first three age buckets on a day: a deal on or after
// starts[i] (and before starts[i-1]) is in bucket i; an older one in the last: 0–30, 31–60, 61–90
// or over 90 days old, a deal dated in the future counting as new. It is the one form of the rule:
// the store sorts deals by comparing their dates with these days.
func AgeBucketStarts(today Date) [3]Date {
	return [3]Date{today.AddDays(-30), today.AddDays(-60), today.AddDays(-90)}
}
