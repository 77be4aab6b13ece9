package model

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

// The classifications of a customer (客户分类) that follow from the records: value class A/B/C, old or new,
// dormant or lost, activity, and the money × loyalty quadrant. Each is computed here from figures
// the store gathers, and each comes with the reason in both languages.

// Class is one classification of a customer: its code in a code list, and why.
type Class struct {
	Code string `json:"code"`
	Why  Text   `json:"why"`
}

// The value classes.
const (
	ABCA = "A"
	ABCB = "B"
	ABCC = "C"
)

// ABCCodes lists the value classes.
var ABCCodes = []Code{
	{ABCA, Text{"A类", "Class A"}},
	{ABCB, Text{"B类", "Class B"}},
	{ABCC, Text{"C类", "Class C"}},
}

// The tenures: how long a customer has been buying from us.
const (
	TenureOld  = "old"
	TenureNew  = "new"
	TenureNone = "none"
)

// TenureCodes lists the tenures.
var TenureCodes = []Code{
	{TenureOld, Text{"老客户", "Old customer"}},
	{TenureNew, Text{"新客户", "New customer"}},
	{TenureNone, Text{"未成交", "No deal yet"}},
}

// The lapses: whether a customer still deals with us.
const (
	LapseCurrent = "current"
	LapseDormant = "dormant"
	LapseLost    = "lost"
)

// LapseCodes lists the lapses.
var LapseCodes = []Code{
	{LapseCurrent, Text{"往来正常", "Current"}},
	{LapseDormant, Text{"休眠", "Dormant"}},
	{LapseLost, Text{"流失", "Lost"}},
}

// The activity classes.
const (
	ActivityActive = "active"
	ActivityNormal = "normal"
	ActivityLow    = "low"
)

// ActivityCodes lists the activity classes.
var ActivityCodes = []Code{
	{ActivityActive, Text{"活跃", "Active"}},
	{ActivityNormal, Text{"一般", "Normal"}},
	{ActivityLow, Text{"低活跃", "Low"}},
}

// The money × loyalty quadrants.
const (
	QuadrantRichLoyal    = "rich_loyal"
	QuadrantRichDisloyal = "rich_disloyal"
	QuadrantPoorLoyal    = "poor_loyal"
	QuadrantPoorDisloyal = "poor_disloyal"
	QuadrantNone         = "none" // no deal yet: neither money nor loyalty to speak of
)

// QuadrantCodes lists the money × loyalty quadrants.
var QuadrantCodes = []Code{
	{QuadrantRichLoyal, Text{"有钱且忠诚", "Spends much, loyal"}},
	{QuadrantRichDisloyal, Text{"有钱不忠诚", "Spends much, not loyal"}},
	{QuadrantPoorLoyal, Text{"缺钱但忠诚", "Spends little, loyal"}},
	{QuadrantPoorDisloyal, Text{"缺钱不忠诚", "Spends little, not loyal"}},
	{QuadrantNone, Text{"未成交", "No deal yet"}},
}

// Figures are what one customer's classifications are computed from. The store gathers them.
type Figures struct {
	Revenue        Money // deals in the value period (ClassSettings.PeriodMonths)
	Higher         int   // customers with more revenue in the period than this one
	Customers      int   // customers in the book
	PeriodDeals    int   // deals in the value period
	Orders12m      Money // deals in the last 12 months
	Deals          int   // every deal ever
	FirstDeal      Date
	LastDeal       Date
	LastContact    Date
	RecentDeals    int  // deals in the activity window
	RecentContacts int  // logged contacts in the activity window
	Kind           Kind // a person or an organisation, for how the reasons speak of them
}

// ABCCounts returns how many customers of n the top classes hold: a in class A, ab in A and B
// together. Each is the percent of n rounded up, so a book with any revenue has an A customer.
func ABCCounts(n int, s ClassSettings) (a, ab int) {
	share := func(p float64) int {
		// The number of ranks h = 0, 1, … with h×100 < n×p: the test the store runs in SQL.
		limit := float64(n) * p
		k := int(limit / 100)
		if float64(k)*100 < limit {
			k++
		}
		return max(0, min(k, n))
	}
	return share(s.APercent), share(s.APercent + s.BPercent)
}

// ClassifyABC puts a customer in class A, B or C by their revenue in the period, given how many
// customers earned more (higher) out of n. Customers with equal revenue share a class: the better
// one, so a tie at the line never splits. No revenue is always class C.
func ClassifyABC(revenue Money, higher, n int, s ClassSettings) Class {
	period := s.PeriodText()
	if revenue <= 0 {
		return Class{ABCC, Text{period.Zh + "没有成交，归 C 类", "no revenue in " + period.En + ": class C"}}
	}
	a, ab := ABCCounts(n, s)
	rank := higher + 1
	pct := func(p float64) string { return trimZero(fmt.Sprintf("%.1f", p)) }
	switch abcCode(revenue, higher, n, s) {
	case ABCA:
		return Class{ABCA, Text{
			fmt.Sprintf("%s成交 %s，在 %d 位客户中排第 %d，位于前 %s%%（前 %d 位）", period.Zh, revenue, n, rank, pct(s.APercent), a),
			fmt.Sprintf("revenue in %s %s ranks %d of %d, within the top %s%% (first %d)", period.En, revenue, rank, n, pct(s.APercent), a)}}
	case ABCB:
		return Class{ABCB, Text{
			fmt.Sprintf("%s成交 %s，在 %d 位客户中排第 %d，位于前 %s%%（前 %d 位）", period.Zh, revenue, n, rank, pct(s.APercent+s.BPercent), ab),
			fmt.Sprintf("revenue in %s %s ranks %d of %d, within the top %s%% (first %d)", period.En, revenue, rank, n, pct(s.APercent+s.BPercent), ab)}}
	}
	return Class{ABCC, Text{
		fmt.Sprintf("%s成交 %s，在 %d 位客户中排第 %d，在前 %s%% 之外", period.Zh, revenue, n, rank, pct(s.APercent+s.BPercent)),
		fmt.Sprintf("revenue in %s %s ranks %d of %d, outside the top %s%%", period.En, revenue, rank, n, pct(s.APercent+s.BPercent))}}
}

// abcCode is ClassifyABC's class without the words of why: A within the first APercent of n
// customers, B within the next BPercent, C below them and without revenue.
func abcCode(revenue Money, higher, n int, s ClassSettings) string {
	if revenue <= 0 {
		return ABCC
	}
	a, ab := ABCCounts(n, s)
	switch {
	case higher < a:
		return ABCA
	case higher < ab:
		return ABCB
	}
	return ABCC
}

// ABCOfAllIn classifies at once, in the same order, the customers with revenue in the period in a
// book of n customers: the others, without revenue, are class C and rank below all of these.
func ABCOfAllIn(revenues []Money, n int, s ClassSettings) []string {
	sorted := append([]Money(nil), revenues...)
	slices.SortFunc(sorted, func(a, b Money) int { return cmp.Compare(b, a) })
	out := make([]string, len(revenues))
	for i, r := range revenues {
		higher := sort.Search(len(sorted), func(k int) bool { return sorted[k] <= r })
		out[i] = abcCode(r, higher, max(n, len(revenues)), s)
	}
	return out
}

// ClassifyTenureOf is ClassifyTenure speaking of the customer as what they are: an organisation
// that has not ordered yet is a company, not a "he".
func ClassifyTenureOf(kind Kind, firstDeal, today Date, s ClassSettings) Class {
	c := ClassifyTenure(firstDeal, today, s)
	if kind == KindOrganisation && c.Code == TenureNone {
		c.Why = Text{"新老从首单算起，这家公司还没有下过单", "old or new counts from the first deal, and this company has not ordered yet"}
	}
	return c
}

// ClassifyTenure tells an old customer from a new one by the days since their first deal: it is
// TenureOf's class with the reason for it.
func ClassifyTenure(firstDeal, today Date, s ClassSettings) Class {
	days := today.DaysSince(firstDeal)
	switch TenureOf(firstDeal, today, s) {
	case TenureNone:
		return Class{TenureNone, Text{"新老从首单算起，他还没有下过单", "old or new counts from the first deal, and there is none yet"}}
	case TenureOld:
		return Class{TenureOld, Text{
			fmt.Sprintf("首单 %s，已 %d 天 ≥ %d 天", firstDeal, days, s.OldAfterDays),
			fmt.Sprintf("first deal %s, %d days ago ≥ %d", firstDeal, days, s.OldAfterDays)}}
	}
	if days == 0 {
		// "0 days ago" is how no one says today.
		return Class{TenureNew, Text{
			fmt.Sprintf("首单就在今天（%s），不到 %d 天", firstDeal, s.OldAfterDays),
			fmt.Sprintf("first deal today (%s), < %d days", firstDeal, s.OldAfterDays)}}
	}
	return Class{TenureNew, Text{
		fmt.Sprintf("首单 %s，才 %d 天，不到 %d 天", firstDeal, days, s.OldAfterDays),
		fmt.Sprintf("first deal %s, %d days ago < %d", firstDeal, days, s.OldAfterDays)}}
}

// LastDealing returns the later of the last deal and the last contact: the last time there was
// anything between us and the customer.
func LastDealing(lastDeal, lastContact Date) Date {
	if lastDeal.After(lastContact) {
		return lastDeal
	}
	return lastContact
}

// LapseOf is the lapse class's code of a customer on today, by LapseSpan: the first class of
// LapseOrder whose bounds hold the customer's last deal, last contact and number of deals, else
// current. ClassifyLapse words the reason, the query language's lapse: runs the same rule inside
// SQLite (the store registers it as an SQL function), and the analysis compares the customers'
// rows with LapseSpan's bounds, so the list, the analysis and the archive cannot disagree.
func LapseOf(lastDeal, lastContact Date, deals int, today Date, s ClassSettings) string {
	return LapseRuleOn(today, s).Of(lastDeal, lastContact, deals)
}

// LapseRule is the lapse rule of one day under one set of settings: the bounds of every class of
// LapseOrder, worked out once, for deciding the class of many customers (working out the day's
// bounds costs more than testing a customer against them).
type LapseRule []lapseClass

// lapseClass is a lapse class and its bounds on the rule's day.
type lapseClass struct {
	code   string
	bounds LapseBounds
}

// LapseRuleOn works out the lapse rule of today under s, by LapseSpan.
func LapseRuleOn(today Date, s ClassSettings) LapseRule {
	r := make(LapseRule, 0, len(LapseOrder))
	for _, code := range LapseOrder {
		if b, ok := LapseSpan(code, today, s); ok {
			r = append(r, lapseClass{code, b})
		}
	}
	return r
}

// Of is the lapse class's code of a customer: the first class whose bounds hold their last deal,
// last contact and number of deals, else current.
func (r LapseRule) Of(lastDeal, lastContact Date, deals int) string {
	for _, c := range r {
		if c.bounds.Holds(lastDeal, lastContact, deals) {
			return c.code
		}
	}
	return LapseCurrent
}

// ClassifyLapse is LapseOf's class of a customer with the reason for it.
func ClassifyLapse(f Figures, today Date, s ClassSettings) Class {
	last := LastDealing(f.LastDeal, f.LastContact)
	switch LapseOf(f.LastDeal, f.LastContact, f.Deals, today, s) {
	case LapseLost:
		days := today.DaysSince(last)
		return Class{LapseLost, Text{
			fmt.Sprintf("最后一次成交或联系在 %s，已 %d 天 ≥ %d 天", last, days, s.LostAfterDays),
			fmt.Sprintf("last deal or contact %s, %d days ago ≥ %d", last, days, s.LostAfterDays)}}
	case LapseDormant:
		d := today.DaysSince(f.LastDeal)
		return Class{LapseDormant, Text{
			fmt.Sprintf("只成交过一次（%s），已 %d 天 ≥ %d 天没有再买", f.LastDeal, d, s.DormantAfterDays),
			fmt.Sprintf("one deal only (%s), none since for %d days ≥ %d", f.LastDeal, d, s.DormantAfterDays)}}
	}
	if last.IsZero() {
		return Class{LapseCurrent, Text{"刚建档，还谈不上休眠或流失", "new to the book, neither dormant nor lost"}}
	}
	ago := daysAgo(today.DaysSince(last)) // "就在今天", not "在 0 天前"
	return Class{LapseCurrent, Text{"最后一次成交或联系" + ago.Zh, "last deal or contact " + ago.En}}
}

// ClassifyActivity rates how active a customer is from their deals and contacts in the window: it
// is ActivityOf's class of the two together, with the reason for it.
func ClassifyActivity(deals, contacts int, s ClassSettings) Class {
	n := deals + contacts
	zh := fmt.Sprintf("近 %d 天成交 %d 次、联系 %d 次", s.ActiveDays, deals, contacts)
	en := fmt.Sprintf("%s and %s in the last %d days", enCount(deals, "deal", "deals"), enCount(contacts, "contact", "contacts"), s.ActiveDays)
	switch ActivityOf(n, s) {
	case ActivityActive:
		return Class{ActivityActive, Text{fmt.Sprintf("%s，共 %d 次 ≥ %d", zh, n, s.ActiveMin), fmt.Sprintf("%s, %d ≥ %d", en, n, s.ActiveMin)}}
	case ActivityNormal:
		return Class{ActivityNormal, Text{fmt.Sprintf("%s，共 %d 次 < %d", zh, n, s.ActiveMin), fmt.Sprintf("%s, %d < %d", en, n, s.ActiveMin)}}
	}
	return Class{ActivityLow, Text{zh, en}}
}

// ClassifyQuadrant places a customer in the money × loyalty quadrant: money means value class A or
// B, loyalty at least LoyalMinDeals deals in the period.
func ClassifyQuadrant(abc string, periodDeals int, s ClassSettings) Class {
	rich := abc == ABCA || abc == ABCB
	loyal := periodDeals >= s.LoyalMinDeals
	period := s.PeriodText()
	cmp := map[bool]string{true: "≥", false: "<"}[loyal]
	money := Text{abc + " 类", "class " + abc}
	zh := fmt.Sprintf("价值 %s；%s成交 %d 次 %s %d", money.Zh, period.Zh, periodDeals, cmp, s.LoyalMinDeals)
	en := fmt.Sprintf("value %s; %s in %s %s %d", money.En, enCount(periodDeals, "deal", "deals"), period.En, cmp, s.LoyalMinDeals)
	code := QuadrantPoorDisloyal
	switch {
	case rich && loyal:
		code = QuadrantRichLoyal
	case rich:
		code = QuadrantRichDisloyal
	case loyal:
		code = QuadrantPoorLoyal
	}
	return Class{code, Text{zh, en}}
}

// classifyQuadrantOf places a customer in the quadrant, or in none before their first deal: a
// prospect is not "spends little, not loyal".
func classifyQuadrantOf(abc string, f Figures, s ClassSettings) Class {
	if f.Deals == 0 {
		return Class{QuadrantNone, Text{"要有成交才谈得上钱与忠诚", "placed once there is a deal"}}
	}
	return ClassifyQuadrant(abc, f.PeriodDeals, s)
}

// Classification is every class of one customer with its reason, and the level the rules suggest.
type Classification struct {
	ABC      Class `json:"abc"`
	Tenure   Class `json:"tenure"`
	Lapse    Class `json:"lapse"`
	Activity Class `json:"activity"`
	Quadrant Class `json:"quadrant"`
	// Suggestion is the level the rules suggest; its Level is "" when no rule applies.
	Suggestion Suggestion `json:"suggestion"`
}

// Classify computes every class of a customer at level current from their figures.
func Classify(current Level, f Figures, today Date, s ClassSettings) Classification {
	abc := ClassifyABC(f.Revenue, f.Higher, f.Customers, s)
	return Classification{
		ABC:        abc,
		Tenure:     ClassifyTenureOf(f.Kind, f.FirstDeal, today, s),
		Lapse:      ClassifyLapse(f, today, s),
		Activity:   ClassifyActivity(f.RecentDeals, f.RecentContacts, s),
		Quadrant:   classifyQuadrantOf(abc.Code, f, s),
		Suggestion: SuggestLevel(current, f, today, s),
	}
}
