package sample

import (
	"guanxi/model"
)

// What a generated customer bought: their deals by level and stage, the product that fits them,
// and what is still owed on credit.

// deals writes the purchase record and returns how many days ago the first deal was (0: none).
func (g *generator) deals(rec *record, ex extra) int {
	c := &rec.cust
	if !isBuyer(c.Stage) {
		return 0
	}
	// first and last: how many days ago the first and the latest deal were.
	var first, last, n int
	switch {
	case c.Level == model.LevelDormant:
		first, n = g.between(400, 1100), 1
		last = first
	case c.Stage == model.StageLost:
		last = g.between(380, 700)
		first = last + g.between(60, 900)
	case c.Level == model.LevelNew:
		first = g.between(5, 90)
		last = g.between(2, first)
	case c.Stage == model.StageLoyal:
		first, last = g.between(700, 2900), g.between(3, 120)
	default:
		first, last = g.between(120, 1400), g.between(3, 150)
	}
	if n == 0 {
		n = g.dealCount(c.Level)
	}
	if n == 1 {
		last = first
	}
	credit := 10
	switch {
	case c.Level == model.LevelFree || c.Level == model.LevelLow:
		credit = 5
	case c.Level == model.LevelStrategic || c.Level == model.LevelVIP || c.Level == model.LevelKey ||
		c.Level == model.LevelReference || c.Relation != model.RelationTransactional:
		credit = 35
	}
	add := func(ago int, p product, amount int) {
		d := model.Deal{UID: g.nextUID(), On: g.day(ago), Product: productLabel(g.r, p), Amount: model.Money(amount) * 100}
		if g.chance(credit) {
			g.onCredit(&d, ago)
		}
		rec.deals = append(rec.deals, d)
		rec.products = append(rec.products, p)
	}
	switch c.Level {
	case model.LevelVIP:
		// A VIP's orders of the last twelve months reach the VIP threshold of ¥5,000,000.
		recent := max(2, n*2/3)
		total := g.between(5_200, 12_000) * 1_000
		shares := make([]int, recent)
		sum := 0
		for k := range shares {
			shares[k] = g.between(1, 4)
			sum += shares[k]
		}
		for k := range recent {
			ago := last
			if k > 0 {
				ago = g.between(last, 330)
			}
			amount := (total*shares[k]/sum + 9_999) / 10_000 * 10_000
			big := productsOfTier.get()[2]
			add(ago, big[g.r.IntN(len(big)-1)], amount) // the last, training rigs, go to colleges
		}
		for range n - recent {
			p := g.productFor(c)
			add(g.between(366, max(first, 400)), p, amountIn(g.r, p.min, p.max))
		}
	case model.LevelStrategic:
		// An annual supply agreement each year, and orders besides.
		years := min(n, 1+first/365)
		for y := range years {
			ago := max(last, min(first, 20+y*365+g.between(0, 30)))
			add(ago, productsOfTier.get()[3][0], g.between(100, 600)*10_000)
		}
		for range n - years {
			p := g.productFor(c)
			add(g.between(last, first), p, amountIn(g.r, p.min, p.max))
		}
	default:
		for k := range n {
			ago := g.between(last, first)
			switch k {
			case 0:
				ago = first
			case 1:
				ago = last
			}
			p := g.productFor(c)
			add(ago, p, amountIn(g.r, p.min, p.max))
		}
	}
	switch ex {
	case extraPaymentSoon:
		due := g.between(1, 5)
		p := productsOfTier.get()[1][g.r.IntN(len(productsOfTier.get()[1]))]
		d := model.Deal{UID: g.nextUID(), On: g.day(60 - due), Product: p.name, Amount: model.Money(amountIn(g.r, p.min, p.max)) * 100,
			CreditDueOn: g.day(-due)}
		rec.deals = append(rec.deals, d)
		rec.products = append(rec.products, p)
	case extraPaymentOverdue:
		late := g.between(3, 12)
		p := productsOfTier.get()[1][g.r.IntN(len(productsOfTier.get()[1]))]
		d := model.Deal{UID: g.nextUID(), On: g.day(45 + late), Product: p.name, Amount: model.Money(amountIn(g.r, p.min, p.max)) * 100,
			CreditDueOn: g.day(late)}
		d.Paid = d.Amount * 3 / 10
		rec.deals = append(rec.deals, d)
		rec.products = append(rec.products, p)
	}
	for _, d := range rec.deals {
		first = max(first, g.o.Today.DaysSince(d.On))
	}
	return first
}

// dealCount is how many deals a buying customer has: in a scale book three per customer on
// average over all customers, prospects (who have none) included.
func (g *generator) dealCount(l model.Level) int {
	if g.o.Scale {
		return max(1, g.around(scaleDealsPerBuyer))
	}
	switch l {
	case model.LevelStrategic:
		return g.between(4, 8)
	case model.LevelVIP:
		return g.between(3, 7)
	case model.LevelKey, model.LevelReference:
		return g.between(2, 5)
	case model.LevelNew:
		return g.between(1, 2)
	}
	return g.between(1, 4)
}

// scaleDealsPerBuyer makes three deals per customer when 72% of customers have bought and the
// dormant among them have one.
const scaleDealsPerBuyer = 4.35

// productFor picks what a customer typically orders: by their level, small things for a person
// buying for a workshop, training rigs for a college.
func (g *generator) productFor(c *model.Customer) product {
	var weights []int // by tier 0, 1, 2
	switch l := c.Level; {
	case c.Kind == model.KindPerson:
		weights = []int{65, 35, 0}
	case l == model.LevelStrategic || l == model.LevelVIP:
		weights = []int{10, 50, 40}
	case l == model.LevelKey:
		weights = []int{0, 60, 40}
	case l == model.LevelLow:
		weights = []int{100, 0, 0}
	case l == model.LevelDormant:
		weights = []int{50, 50, 0}
	default:
		weights = []int{40, 55, 5}
	}
	tier := pickWeighted(g.r, []int{0, 1, 2}, weights)
	list := productsOfTier.get()[tier]
	if tier == 2 {
		// Training rigs are what colleges buy, and only they.
		rigs := list[len(list)-1]
		if g.institution && g.chance(60) {
			return rigs
		}
		list = list[:len(list)-1]
	}
	return list[g.r.IntN(len(list))]
}

// onCredit sells a deal on credit: due 30 to 90 days later. Every debt that fell due more than
// two months ago has been paid; of the more recent ones a few are late.
func (g *generator) onCredit(d *model.Deal, ago int) {
	term := []int{30, 45, 60, 90}[g.r.IntN(4)]
	d.CreditDueOn = d.On.AddDays(term)
	dueAgo := ago - term
	switch {
	case dueAgo > 60 || dueAgo > 0 && g.chance(92):
		d.Paid = d.Amount
	case dueAgo > 0:
		d.Paid = d.Amount * model.Money(g.between(0, 7)) / 10
	case g.chance(50):
		d.Paid = d.Amount * 3 / 10
	}
}
