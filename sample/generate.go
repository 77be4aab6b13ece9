package sample

import (
	"fmt"
	"math/rand/v2"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// generator makes one customer after another from one random stream (and a second, again).
type generator struct {
	o Options
	r *rand.Rand
	// again draws the second complaints of the few who complain twice, from a stream of its own so
	// that adding them changed nothing else of a book made from the same seed.
	again *rand.Rand
	plans map[model.Level]model.VisitPlan
	uid   uint64 // the book's UID prefix; records are numbered after it
	seq   uint64
	// names already given to customers of a small book, which keeps them apart so a name finds one
	// customer; a large book has namesakes, as real ones do.
	names map[string]bool
	// recent customers' names, for "referred by".
	referrers []string
	// indexes of the customers that carry a required situation in a small book.
	cover map[int]coverage
	// institution tells whether the customer being made is a college, hospital or utility.
	institution bool
}

// coverage is a situation the demo must show at least once: every level, stage and relationship,
// a payment coming due, one overdue, and open complaints.
type coverage struct {
	level    model.Level
	stage    model.Stage
	relation model.Relation
	extra    extra
}

type extra int

const (
	extraNone extra = iota
	extraPaymentSoon
	extraPaymentOverdue
	extraComplaintOpen
	extraComplaintLate
)

var coverageList = []coverage{
	{model.LevelStrategic, model.StageLoyal, model.RelationAlliance, extraPaymentSoon},
	{model.LevelVIP, model.StageLoyal, model.RelationPartner, extraComplaintOpen},
	{model.LevelKey, model.StageCustomer, model.RelationPreferred, extraPaymentOverdue},
	{model.LevelHonored, model.StageQualified, model.RelationTransactional, extraNone},
	{model.LevelReference, model.StageLoyal, model.RelationPreferred, extraNone},
	{model.LevelFree, model.StageCustomer, model.RelationTransactional, extraComplaintLate},
	{model.LevelNew, model.StageProspect, model.RelationTransactional, extraNone},
	{model.LevelVIP, model.StageCustomer, model.RelationPreferred, extraPaymentSoon},
	{model.LevelNew, model.StageTarget, model.RelationTransactional, extraNone},
	{model.LevelDormant, model.StageLost, model.RelationTransactional, extraNone},
	{model.LevelLow, model.StageCustomer, model.RelationTransactional, extraNone},
}

// uniqueNamesUpTo is the largest book whose customers all get different names.
const uniqueNamesUpTo = 20_000

func newGenerator(o Options, plans map[model.Level]model.VisitPlan) *generator {
	g := &generator{o: o, r: newRand(o.Seed), again: rand.New(rand.NewPCG(uint64(o.Seed), 2)), plans: plans}
	g.uid = g.r.Uint64()
	if o.Customers <= uniqueNamesUpTo {
		g.names = map[string]bool{}
	}
	g.cover = map[int]coverage{}
	if o.Customers >= len(coverageList) {
		for i, c := range coverageList {
			g.cover[(2*i+1)*o.Customers/(2*len(coverageList))] = c
		}
	}
	return g
}

// nextUID numbers records after the book's prefix: stable for a seed, unique within the book,
// and in ascending order, which keeps the unique indexes cheap to fill.
func (g *generator) nextUID() string {
	g.seq++
	return fmt.Sprintf("%016x%016x", g.uid, g.seq)
}

// day returns the date n days before today.
func (g *generator) day(ago int) model.Date { return g.o.Today.AddDays(-ago) }

// at returns a local time on the day n days before today.
func (g *generator) at(ago, hour, minute int) time.Time {
	d := g.day(ago)
	return time.Date(d.Y, d.M, d.D, hour, minute, 0, 0, time.Local)
}

func (g *generator) chance(pct int) bool { return g.r.IntN(100) < pct }

// between returns an integer in [lo, hi].
func (g *generator) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.r.IntN(hi-lo+1)
}

// around returns a count whose average is mean, spread over roughly 40% to 160% of it.
func (g *generator) around(mean float64) int {
	lo := int(mean * 0.4)
	span := 2 * (mean - float64(lo)) // lo + uniform[0, span] averages mean
	whole := int(span)
	n := lo + g.r.IntN(whole+1)
	if g.r.Float64() < span-float64(whole) {
		n += g.r.IntN(2)
	}
	return n
}

func pickWeighted[T any](r *rand.Rand, items []T, weights []int) T {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return items[i]
		}
		n -= w
	}
	return items[len(items)-1]
}

var (
	allStages    = []model.Stage{model.StageProspect, model.StageTarget, model.StageQualified, model.StageCustomer, model.StageLoyal, model.StageLost}
	stageWeights = []int{9, 9, 7, 45, 22, 8}
	allLevels    = []model.Level{model.LevelStrategic, model.LevelVIP, model.LevelKey, model.LevelHonored, model.LevelReference,
		model.LevelFree, model.LevelNew, model.LevelDormant, model.LevelLow}
	levelWeights = map[model.Stage][]int{
		model.StageProspect:  {0, 0, 25, 15, 0, 10, 50, 0, 0},
		model.StageCustomer:  {5, 8, 13, 8, 8, 12, 22, 14, 10},
		model.StageLoyal:     {18, 20, 14, 10, 25, 8, 0, 0, 5},
		model.StageLost:      {0, 0, 0, 0, 0, 0, 0, 55, 45},
		model.StageTarget:    {0, 0, 25, 15, 0, 10, 50, 0, 0},
		model.StageQualified: {0, 0, 25, 15, 0, 10, 50, 0, 0},
	}
	allRelations    = []model.Relation{model.RelationTransactional, model.RelationPreferred, model.RelationPartner, model.RelationAlliance}
	relationWeights = map[model.Level][]int{
		model.LevelStrategic: {0, 0, 60, 40},
		model.LevelVIP:       {0, 50, 45, 5},
		model.LevelKey:       {30, 60, 10, 0},
		model.LevelHonored:   {30, 50, 20, 0},
		model.LevelReference: {10, 60, 30, 0},
		model.LevelFree:      {80, 20, 0, 0},
		model.LevelNew:       {85, 15, 0, 0},
		model.LevelDormant:   {100, 0, 0, 0},
		model.LevelLow:       {100, 0, 0, 0},
	}
	orgShare = map[model.Level]int{
		model.LevelStrategic: 100, model.LevelVIP: 100, model.LevelKey: 100, model.LevelHonored: 50, model.LevelReference: 60,
		model.LevelFree: 55, model.LevelNew: 60, model.LevelDormant: 55, model.LevelLow: 40,
	}
)

func isBuyer(st model.Stage) bool {
	return st == model.StageCustomer || st == model.StageLoyal || st == model.StageLost
}

// customer generates the i-th customer of the book with all their records.
func (g *generator) customer(i int) *record {
	r := g.r
	cov, covered := g.cover[i]
	rec := &record{}
	c := &rec.cust
	c.UID = g.nextUID()
	if covered {
		c.Level, c.Stage, c.Relation = cov.level, cov.stage, cov.relation
	} else {
		c.Stage = pickWeighted(r, allStages, stageWeights)
		c.Level = pickWeighted(r, allLevels, levelWeights[c.Stage])
		c.Relation = pickWeighted(r, allRelations, relationWeights[c.Level])
	}
	if c.Stage == model.StageLost && g.chance(80) {
		c.PlanPaused = true // the salesperson has stopped calling on them
	}
	org := g.chance(orgShare[c.Level])
	g.institution = false
	place := cities.get().pick(r)
	var who []string // how the people of the account are addressed, for the texts
	if org {
		who = g.organisation(rec, place)
	} else {
		who = g.person(rec, place)
	}

	firstDeal := g.deals(rec, cov.extra)
	// What the talks were about: the first purchase, or what suits them; equipment, since the texts
	// speak of demonstrations and installations.
	rec.interest = ""
	for k, d := range rec.deals {
		if g.o.Today.DaysSince(d.On) == firstDeal && rec.products[k].equipment {
			rec.interest = rec.products[k].name
		}
	}
	for tries := 0; rec.interest == ""; tries++ {
		if p := g.productFor(c); p.equipment || tries > 20 {
			rec.interest = p.name
		}
	}
	history := g.interactions(rec, who, firstDeal, place.name)
	created := max(history, firstDeal) + g.between(3, 60)
	c.CreatedAt = g.at(created, 9, 30)
	g.profileNotes(rec, place.name)
	g.reminders(rec, who, created)
	g.complaints(rec, who, firstDeal, cov.extra)

	g.derive(rec)

	if len(g.referrers) < 500 {
		g.referrers = append(g.referrers, c.Name)
	} else {
		g.referrers[r.IntN(len(g.referrers))] = c.Name
	}
	return rec
}

// uniqueName keeps drawing until the name is new to a small book.
func (g *generator) uniqueName(draw func() string) string {
	for tries := 0; ; tries++ {
		name := draw()
		if g.names == nil || !g.names[name] || tries > 50 {
			if g.names != nil {
				g.names[name] = true
			}
			return name
		}
	}
}

// person fills a person customer: someone who buys for their own workshop or trade.
func (g *generator) person(rec *record, place city) []string {
	r := g.r
	c := &rec.cust
	var p person
	c.Name = g.uniqueName(func() string { p = newPerson(r, g.o.Today.Y, 26); return p.name })
	c.Kind = model.KindPerson
	c.Title = personTitles[r.IntN(len(personTitles))]
	district := place.districts[r.IntN(len(place.districts))]
	if g.chance(60) {
		c.Company = shopName(r, place, district)
		c.Industry = "个体经营"
	}
	c.Region = place.region
	c.Phone = mobile(r)
	if g.chance(55) {
		c.Email = privateEmail(r, p)
	}
	if g.chance(80) {
		c.WeChat = wechatID(r, p, c.Phone)
	}
	if g.chance(40) {
		c.Address = address(r, district, false)
	}
	if g.chance(70) {
		c.Birthday = g.birthday(p.born)
	}
	if g.chance(40) {
		rec.custTags = g.typeTags(true)
	}
	return []string{honorific(p.surname, c.Title, p.female)}
}

// organisation fills a company or institution and its one to three contact people.
func (g *generator) organisation(rec *record, place city) []string {
	r := g.r
	c := &rec.cust
	size := "小"
	switch {
	case c.Level == model.LevelStrategic || c.Level == model.LevelVIP:
		size = pickWeighted(r, []string{"大", "中"}, []int{70, 30})
	case c.Level == model.LevelKey:
		size = pickWeighted(r, []string{"大", "中", "小"}, []int{50, 40, 10})
	default:
		size = pickWeighted(r, []string{"大", "中", "小"}, []int{10, 40, 50})
	}
	var co company
	c.Name = g.uniqueName(func() string {
		co = newCompany(r, place, size, c.Level == model.LevelKey)
		return co.name
	})
	g.institution = co.institution
	c.Kind = model.KindOrganisation
	c.Company = co.name
	c.Industry = co.industry.label
	c.Region = co.city.region
	c.Size = size
	c.RegisteredCapital = model.Money(co.capital * 100)
	c.Phone = landline(r, co.city.area)
	if g.chance(60) {
		c.Email = []string{"info@", "sales@", "purchase@", "service@"}[r.IntN(4)] + co.domain
	}
	c.Address = address(r, co.city.districts[r.IntN(len(co.city.districts))], true)
	if g.chance(45) {
		c.Anniversary = model.Date{Y: g.between(1993, g.o.Today.Y-3), M: time.Month(g.between(1, 12)), D: g.between(1, 28)}
	}

	n := pickWeighted(r, []int{1, 2, 3}, []int{35, 40, 25})
	roles := []model.Role{model.RoleKeyPerson, model.RoleDecisionMaker, pickWeighted(r, []model.Role{model.RoleUser, model.RoleOther}, []int{70, 30})}
	if (c.Level == model.LevelStrategic || c.Level == model.LevelVIP) && n == 1 {
		n = 2
	}
	titles := titlesByRole
	switch {
	case co.institution && (co.industry.label == "教育" || co.industry.label == "医疗卫生"):
		titles = academyTitles
	case co.institution:
		titles = utilityTitles
	}
	var who []string
	for k := range n {
		role := roles[k]
		minAge := 23
		switch role {
		case model.RoleDecisionMaker:
			minAge = 36
		case model.RoleKeyPerson:
			minAge = 29
		}
		p := newPerson(r, g.o.Today.Y, minAge)
		ct := model.Contact{UID: g.nextUID(), Name: p.name, Role: role}
		ct.Title = titles[role][r.IntN(len(titles[role]))]
		ct.Phone = mobile(r)
		if g.chance(60) {
			ct.Email = workEmail(r, p, co.domain)
		}
		if g.chance(70) {
			ct.WeChat = wechatID(r, p, ct.Phone)
		}
		if g.chance(35) {
			ct.Birthday = g.birthday(p.born)
		}
		if g.chance(15) {
			ct.Notes = []string{"老乡，聊得来", "刚从别的公司跳槽过来", "主管设备采购多年", "说话算数", "经常出差，微信联系最快"}[r.IntN(5)]
		}
		var tags []store.PersonTag
		if g.chance(40) {
			tags = g.typeTags(false)
		}
		rec.contacts = append(rec.contacts, ct)
		rec.contactTags = append(rec.contactTags, tags)
		who = append(who, honorific(p.surname, ct.Title, p.female))
	}
	return who
}

// birthday returns a day in the year of birth; the 29th of February is left out.
func (g *generator) birthday(year int) model.Date {
	m := time.Month(g.between(1, 12))
	days := []int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	return model.Date{Y: year, M: m, D: g.between(1, days)}
}

// typeTags puts one personality type on a person, and sometimes, for someone buying with their own
// money, their spending type too.
func (g *generator) typeTags(spends bool) []store.PersonTag {
	r := g.r
	types := taggableTypes.get()
	code := types.main[r.IntN(len(types.main))]
	tags := []store.PersonTag{g.typeTag(code)}
	if spends && g.chance(30) {
		tags = append(tags, g.typeTag(types.spending[r.IntN(len(types.spending))]))
	}
	return tags
}

func (g *generator) typeTag(code string) store.PersonTag {
	t := store.PersonTag{Type: code}
	if notes := typeNotes[code]; len(notes) > 0 && g.chance(75) {
		t.Note = notes[g.r.IntN(len(notes))]
	}
	return t
}

// profileNotes adds where the customer came from, tags and a note to the profile.
func (g *generator) profileNotes(rec *record, cityName string) {
	r := g.r
	c := &rec.cust
	c.Source = sources.pick(r).name
	if c.Source == "老客户介绍" {
		if len(g.referrers) == 0 {
			c.Source = "展会"
		} else {
			c.ReferredBy = g.referrers[r.IntN(len(g.referrers))]
			c.Tags = append(c.Tags, "转介绍")
		}
	}
	switch c.Level {
	case model.LevelStrategic:
		c.Tags = append(c.Tags, "年度协议")
	case model.LevelReference:
		c.Tags = append(c.Tags, "样板客户")
	case model.LevelKey:
		c.Tags = append(c.Tags, "招投标")
	}
	if c.Source == "展会" {
		c.Tags = append(c.Tags, "展会获客")
	}
	tags, notes := plainTags, customerNotes
	if c.Kind == model.KindOrganisation && g.chance(50) {
		c.Tags = append(c.Tags, ownership[r.IntN(len(ownership))])
	}
	if c.Kind == model.KindOrganisation {
		tags, notes = append(tags[:len(tags):len(tags)], firmTags...), append(notes[:len(notes):len(notes)], firmNotes...)
	}
	for range g.between(0, 2) {
		c.Tags = append(c.Tags, tags[r.IntN(len(tags))])
	}
	if g.chance(50) {
		c.Notes = fill(r, notes[r.IntN(len(notes))], "", "", cityName)
	}
}

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

// derive fills the customer's derived figures from their records by the same rules the book
// applies, so the row is written once with them; the book checks them and corrects any that
// disagree.
func (g *generator) derive(rec *record) {
	c := &rec.cust
	for _, in := range rec.interactions {
		day := model.DateOf(in.At.In(time.Local))
		if c.LastContactOn.IsZero() || day.After(c.LastContactOn) {
			c.LastContactOn = day
		}
		if model.CountsAsVisit(in.Channel) && (c.LastVisitOn.IsZero() || day.After(c.LastVisitOn)) {
			c.LastVisitOn = day
		}
		if model.CountsAsCall(in.Channel) && (c.LastCallOn.IsZero() || day.After(c.LastCallOn)) {
			c.LastCallOn = day
		}
	}
	for i := range rec.deals {
		d := &rec.deals[i]
		c.FirstDealOn = model.EarliestDate(c.FirstDealOn, d.On)
		if c.LastDealOn.IsZero() || d.On.After(c.LastDealOn) {
			c.LastDealOn = d.On
		}
		c.DealCount++
		c.OrderTotal += d.Amount
		c.Owed += d.Owed()
	}
	var reminderDue model.Date
	for i := range rec.reminders {
		if r := &rec.reminders[i]; r.Open() {
			reminderDue = model.EarliestDate(reminderDue, r.DueOn)
		}
	}
	since := model.DateOf(time.Unix(c.CreatedAt.Unix(), 0))
	c.NextVisitOn, c.NextCallOn = model.NextDue(c.Plan(g.plans), c.LastVisitOn, c.LastCallOn, since)
	c.NextDueOn = model.EarliestDate(c.NextVisitOn, c.NextCallOn, reminderDue)
}
