package sample

import (
	"slices"
	"time"

	"guanxi/model"
)

// contactEntry is one logged contact before it is written: how many days ago and on which channel.
type contactEntry struct {
	ago int
	ch  model.Channel
}

var (
	historyChannels = []model.Channel{model.ChannelVisit, model.ChannelCall, model.ChannelWeChat, model.ChannelEmail,
		model.ChannelMeeting, model.ChannelOther}
	historyWeights = []int{30, 25, 22, 8, 8, 7}
	lightChannels  = []model.Channel{model.ChannelWeChat, model.ChannelEmail, model.ChannelOther}
	lightWeights   = []int{70, 20, 10}
)

// interactions writes the communication log and returns how many days ago it began.
//
// The log follows the customer's visit plan, as a salesperson who keeps to it would have it: the
// latest visit (and call, where the plan asks for calls) lies within one interval of today for
// most customers, exactly one interval back for a few (due today), and more than one interval
// back for about one in thirteen (overdue). So the follow-up list shows some overdue items, not
// hundreds. Earlier contacts go back from there on every channel.
func (g *generator) interactions(rec *record, who []string, firstDeal int, cityName string) int {
	r := g.r
	c := &rec.cust
	n := g.contactCount(c)
	plan := c.Plan(g.plans)
	entries := make([]contactEntry, 0, n+2)
	newest := 0 // the most recent contact the plan asks for
	if v := plan.VisitEveryDays; v > 0 {
		newest = g.lastPlanned(v, 55, 40)
		ch := model.ChannelVisit
		if g.chance(15) {
			ch = model.ChannelMeeting
		}
		entries = append(entries, contactEntry{newest, ch})
	}
	if cv := plan.CallEveryDays; cv > 0 {
		call := g.lastPlanned(cv, 40, 30)
		if newest == 0 || call < newest {
			entries = append(entries, contactEntry{call, model.ChannelCall})
		}
		newest = max(newest, call)
	}
	if newest == 0 {
		// No plan: the last contact was whenever it happened to be.
		newest = g.between(5, 240)
		if c.Stage == model.StageLost {
			newest = g.between(60, 420)
		}
		entries = append(entries, contactEntry{newest, pickWeighted(r, historyChannels, historyWeights)})
	}
	// A message or an e-mail since the last planned contact keeps "last contact" fresh without
	// changing when the next visit is due.
	if newest >= 2 && len(entries) < n && g.chance(40) {
		entries = append(entries, contactEntry{g.between(1, newest-1), pickWeighted(r, lightChannels, lightWeights)})
	}
	gapLo, gapHi := 7, 45
	if v := plan.VisitEveryDays; v > 0 {
		gapLo, gapHi = max(2, v/2), v+v/3
	}
	cursor := newest
	for len(entries) < n {
		cursor += g.between(gapLo, gapHi)
		entries = append(entries, contactEntry{cursor, pickWeighted(r, historyChannels, historyWeights)})
	}
	// Oldest first, so the log's ids run in the order things happened.
	slices.SortStableFunc(entries, func(a, b contactEntry) int { return b.ago - a.ago })

	lastDeal := 0 // days ago of the latest deal
	if len(rec.deals) > 0 {
		lastDeal = g.o.Today.DaysSince(rec.deals[0].On)
		for _, d := range rec.deals {
			lastDeal = min(lastDeal, g.o.Today.DaysSince(d.On))
		}
	}
	var used []string // the texts this customer's log already holds
	// Sized once: grown by doubling, these two were a seventh of what a generated book allocates.
	rec.interactions = slices.Grow(rec.interactions, len(entries))
	rec.withContact = slices.Grow(rec.withContact, len(entries))
	for k, e := range entries {
		person := -1
		if len(rec.contacts) > 0 {
			person = pickWeighted(r, []int{0, 1, 2}[:len(rec.contacts)], []int{50, 30, 20}[:len(rec.contacts)])
		}
		name := who[max(person, 0)]
		presale := firstDeal == 0 || e.ago > firstDeal
		prod := g.textProduct(rec, presale)
		summaries, steps := serviceSummaries, serviceNextSteps
		switch {
		case presale:
			summaries, steps = presaleSummaries, presaleNextSteps
		case e.ago < lastDeal && (c.Level == model.LevelDormant || c.Stage == model.StageLost):
			summaries, steps = winBackSummaries, winBackNextSteps
		}
		in := model.Interaction{
			UID:     g.nextUID(),
			At:      g.at(e.ago, g.hourFor(e.ch), 5*r.IntN(12)),
			Channel: e.ch,
			Summary: fill(r, g.fresh(summaries[e.ch], &used), name, prod, cityName),
		}
		if g.chance(65) || (k == len(entries)-1 && g.chance(60)) {
			in.NextStep = fill(r, g.fresh(steps, &used), name, prod, cityName)
		}
		rec.interactions = append(rec.interactions, in)
		rec.withContact = append(rec.withContact, person)
	}
	return entries[0].ago
}

// lastPlanned returns how many days ago the latest planned contact of an interval was: overdue
// for overdue per mille of customers, due today for today per mille, otherwise within the interval.
func (g *generator) lastPlanned(every, overdue, today int) int {
	switch s := g.r.IntN(1000); {
	case s < overdue:
		return every + g.between(1, 10)
	case s < overdue+today:
		return every
	}
	return g.between(1, max(1, every-1))
}

// contactCount is how many contacts a customer's log holds: ten on average in a scale book; in
// the demo more for the accounts that matter most.
func (g *generator) contactCount(c *model.Customer) int {
	if g.o.Scale {
		return g.between(4, 16)
	}
	if !isBuyer(c.Stage) {
		return g.between(2, 6)
	}
	switch c.Level {
	case model.LevelStrategic:
		return g.between(8, 14)
	case model.LevelVIP:
		return g.between(9, 15)
	case model.LevelKey, model.LevelHonored:
		return g.between(6, 11)
	case model.LevelReference, model.LevelFree:
		return g.between(5, 9)
	case model.LevelNew:
		return g.between(4, 9)
	case model.LevelDormant:
		return g.between(3, 6)
	}
	return g.between(1, 4)
}

// hourFor is when in the day contacts on a channel happen: visits in office hours, messages
// into the evening.
func (g *generator) hourFor(ch model.Channel) int {
	switch ch {
	case model.ChannelVisit, model.ChannelMeeting:
		return g.between(9, 16)
	case model.ChannelWeChat:
		return g.between(8, 21)
	}
	return g.between(9, 17)
}

// fresh picks a text from list, avoiding those in used while it can, and notes it as used.
func (g *generator) fresh(list []string, used *[]string) string {
	var t string
	for range 4 {
		t = list[g.r.IntN(len(list))]
		if !slices.Contains(*used, t) {
			break
		}
	}
	*used = append(*used, t)
	return t
}

// textProduct is the product a text talks about: one the customer bought, or before the first
// purchase the product they were interested in.
func (g *generator) textProduct(rec *record, presale bool) string {
	if !presale && len(rec.products) > 0 {
		if p := rec.products[g.r.IntN(len(rec.products))]; p.equipment {
			return p.name
		}
	}
	return rec.interest
}

var reminderKinds = []model.ReminderKind{model.ReminderCall, model.ReminderVisit, model.ReminderOther}

// reminders writes the manual reminders: in the demo an open one for about two customers in
// five (a few overdue, a few today) and some done ones; in a scale book two per customer.
func (g *generator) reminders(rec *record, who []string, since int) {
	add := func(dueAgo int, done bool) {
		r := g.r
		kind := pickWeighted(r, reminderKinds, []int{35, 30, 35})
		note := reminderNotes[kind][r.IntN(len(reminderNotes[kind]))]
		switch {
		case kind != model.ReminderOther:
		case rec.cust.Level == model.LevelKey && g.chance(40):
			note = tenderNote
		case (rec.cust.Level == model.LevelStrategic || rec.cust.Level == model.LevelVIP) && g.chance(30):
			note = agreementNote
		}
		rem := model.Reminder{UID: g.nextUID(), DueOn: g.day(dueAgo), Kind: kind,
			Note: fill(r, note, who[r.IntN(len(who))], g.textProduct(rec, len(rec.products) == 0), "")}
		if done {
			d := rem.DueOn
			rem.DoneAt = time.Date(d.Y, d.M, d.D, 17, 30, 0, 0, time.Local)
		}
		rec.reminders = append(rec.reminders, rem)
	}
	open := func(overdue, today, horizon int) {
		switch s := g.r.IntN(100); {
		case s < overdue:
			add(g.between(1, 6), false)
		case s < overdue+today:
			add(0, false)
		default:
			add(-g.between(1, horizon), false)
		}
	}
	if g.o.Scale {
		for range g.around(2) {
			if g.chance(60) {
				add(g.between(1, min(300, since)), true)
			} else {
				open(4, 4, 90)
			}
		}
		return
	}
	if g.chance(25) {
		add(g.between(1, min(200, since)), true)
	}
	if g.chance(40) {
		open(6, 9, 25)
	}
}

// complaints writes a few complaints, most of them settled; an open one has a reply promised by a
// day.
func (g *generator) complaints(rec *record, who []string, firstDeal int, ex extra) {
	r := g.r
	rate, settled := 8, 70
	if g.o.Scale {
		rate, settled = 3, 90
	}
	openOne := ex == extraComplaintOpen || ex == extraComplaintLate
	if !openOne && (firstDeal < 3 || !g.chance(rate)) {
		return
	}
	k := r.IntN(len(complaints))
	cp := model.Complaint{
		UID:       g.nextUID(),
		Severity:  pickWeighted(r, []int{1, 2, 3}, []int{50, 35, 15}),
		GoodFaith: k != len(complaints)-1,
		Handler:   complaintHandlers[r.IntN(len(complaintHandlers))],
		What:      fill(r, complaints[k].what, who[0], g.textProduct(rec, false), ""),
	}
	switch {
	case ex == extraComplaintLate:
		cp.On, cp.ReplyBy = g.day(g.between(5, 9)), g.day(g.between(1, 3))
	case ex == extraComplaintOpen:
		cp.On, cp.ReplyBy = g.day(g.between(1, 3)), g.day(-g.between(1, 4))
	case g.chance(settled):
		on := g.between(3, min(firstDeal, 400))
		cp.On = g.day(on)
		cp.ReplyBy = g.day(on - g.between(1, 2))
		cp.ResolvedOn = g.day(on - g.between(1, min(12, on)))
		cp.Summary = complaints[k].summary
	default:
		on := g.between(1, 10)
		cp.On, cp.ReplyBy = g.day(on), g.day(min(on-1, g.between(-5, 2)))
	}
	rec.complaints = append(rec.complaints, cp)
	// Some complain again within the year, which the analysis lists: an earlier one, settled.
	ra := g.again
	if g.o.Scale || firstDeal < 30 || !(openOne || ra.IntN(100) < 30) {
		return
	}
	k = ra.IntN(len(complaints))
	on := 15 + ra.IntN(max(min(firstDeal, 200)-15, 1))
	rec.complaints = append(rec.complaints, model.Complaint{
		UID:        g.nextUID(),
		Severity:   1 + ra.IntN(2),
		GoodFaith:  true,
		Handler:    complaintHandlers[ra.IntN(len(complaintHandlers))],
		What:       fill(ra, complaints[k].what, who[0], rec.interest, ""),
		On:         g.day(on),
		ReplyBy:    g.day(on - 1),
		ResolvedOn: g.day(on - 1 - ra.IntN(5)),
		Summary:    complaints[k].summary,
	})
}
