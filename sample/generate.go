package sample

import (
	"math/rand/v2"
	"time"

	"guanxi/model"
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
	// As fmt's "%016x%016x" writes them, without its cost: two million of them make a large book.
	var b [32]byte
	hex16(b[:16], g.uid)
	hex16(b[16:], g.seq)
	return string(b[:])
}

// hex16 writes n into b as 16 lowercase hexadecimal digits, zeros in front.
func hex16(b []byte, n uint64) {
	const digits = "0123456789abcdef"
	for i := 15; i >= 0; i-- {
		b[i] = digits[n&0xf]
		n >>= 4
	}
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
