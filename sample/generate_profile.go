package sample

import (
	"time"

	"guanxi/model"
	"guanxi/store"
)

// Who a generated customer is: a person or an organisation with a name new to the book, a
// birthday, personality types and the notes a salesperson would keep.

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
