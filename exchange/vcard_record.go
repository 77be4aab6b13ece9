package exchange

import (
	"strconv"
	"strings"

	"github.com/emersion/go-vcard"

	"guanxi/model"
)

// A card read into a record: a customer, or a contact person of a customer when guanxi wrote the
// card for one; what has no field of its own goes into the notes.

// textOf returns the first value of a text property, unescaped and trimmed.
func textOf(card vcard.Card, key string) string {
	return strings.TrimSpace(unescapeText(card.Value(key)))
}

// cardRecord turns a card into a customer, or into a contact person of a customer (a card guanxi
// wrote for one). What has no field of its own goes into the notes.
func cardRecord(card vcard.Card, line int, lang model.Lang) *record {
	rec := &record{line: line}
	c := &rec.customer
	var extra []string
	note := func(label, v string) {
		if v = strings.TrimSpace(v); v != "" {
			extra = append(extra, label+tr(lang, "：", ": ")+v)
		}
	}
	fail := func(zh, en string, args ...any) *record {
		p := problemf(line, zh, en, args...)
		rec.bad = &p
		return rec
	}

	// The name: FN, else N, else the organisation, an email or a phone.
	c.Name = textOf(card, vcard.FieldFormattedName)
	if n := card.Get(vcard.FieldName); n != nil {
		parts := splitStructured(n.Value)
		given := strings.TrimSpace(component(parts, 1) + " " + component(parts, 2))
		if c.Name == "" {
			c.Name = model.JoinPersonName(component(parts, 0), given)
		}
	}
	if org := card.Get(vcard.FieldOrganization); org != nil {
		var names []string
		for _, p := range splitStructured(org.Value) {
			if p != "" {
				names = append(names, p)
			}
		}
		c.Company = strings.Join(names, " ")
	}
	kind := strings.ToLower(textOf(card, "X-GUANXI-KIND"))
	switch {
	case kind != "":
		k, err := parseCodeLoose(fKind, kind)
		if err != nil {
			return fail("类型“%s”不认识", "unknown kind %q", quote(kind))
		}
		c.Kind = model.Kind(k)
	case card.Kind() == vcard.KindOrganization || strings.EqualFold(textOf(card, "X-ABSHOWAS"), "COMPANY"):
		c.Kind = model.KindOrganisation
	}
	if c.Name == "" && c.Company != "" {
		c.Name = c.Company
		if c.Kind == "" {
			c.Kind = model.KindOrganisation
		}
	}

	// Phones and emails: the preferred one is the customer's; the others go into the notes.
	phones := orderedValues(card, vcard.FieldTelephone)
	emails := orderedValues(card, vcard.FieldEmail)
	// Each number is read as a phone of the mainland (or of its country code) and normalised; one
	// that cannot be right is kept in the notes and reported. A label of Apple's X-ABLabel stays
	// with its number.
	for _, p := range phones {
		label := appleLabelOf(card, p.group)
		for _, read := range model.ReadPhones(p.value) {
			if read.Label == "" {
				read.Label = label
			}
			switch {
			case read.Problem.Zh != "" || read.Number == "":
				note(phoneLabel(p.types, lang), p.value)
				why := read.Problem
				if why.Zh == "" {
					why = model.Text{Zh: "没有号码", En: "holds no number"}
				}
				rec.warnings = append(rec.warnings, problemf(line, "电话“%[1]s”%[2]s；原文已放进备注",
					"phone %[1]q: %[3]s; the text is kept in the notes", quote(read.Written), why.Zh, why.En))
			case c.Phone == "":
				c.Phone = read.WithLabel()
			default:
				note(phoneLabel(p.types, lang), read.WithLabel())
			}
		}
	}
	if len(emails) > 0 {
		c.Email = emails[0].value
		for _, e := range emails[1:] {
			note(tr(lang, "邮箱", "Email"), e.value)
		}
	}
	if c.Name == "" {
		switch {
		case c.Email != "":
			c.Name = c.Email
		case c.Phone != "":
			c.Name = c.Phone
		default:
			return fail("名片上没有姓名、单位、邮箱或电话，没有导入", "the card has no name, organisation, email or phone; it was not imported")
		}
		rec.warnings = append(rec.warnings, problemf(line, "名片没有姓名，用“%s”作了姓名", "the card has no name; %q was used as the name", quote(c.Name)))
	}

	c.Title = textOf(card, vcard.FieldTitle)
	note(tr(lang, "角色", "Role"), textOf(card, vcard.FieldRole))
	c.Notes = strings.TrimSpace(unescapeText(strings.Join(card.Values(vcard.FieldNote), "\n")))
	if cats := card.Get(vcard.FieldCategories); cats != nil {
		for _, t := range strings.Split(cats.Value, ",") {
			c.Tags = append(c.Tags, model.SplitTags(unescapeText(t))...)
		}
	}
	c.UID = cleanUID(textOf(card, vcard.FieldUID))
	note(tr(lang, "昵称", "Nickname"), textOf(card, vcard.FieldNickname))
	for _, u := range card.Values(vcard.FieldURL) {
		note(tr(lang, "网址", "Web"), unescapeText(u))
	}

	// The address, and the region when the card has one.
	if adr := card.Preferred(vcard.FieldAddress); adr != nil {
		parts := splitStructured(adr.Value)
		c.Address = formatAddress(parts)
		c.Region = strings.TrimSpace(component(parts, 4) + " " + component(parts, 3))
		for _, other := range card[vcard.FieldAddress] {
			if other != adr {
				note(tr(lang, "地址", "Address"), formatAddress(splitStructured(other.Value)))
			}
		}
	}

	// Dates: a lunar birthday and one without a year are kept as such (vcard_birthday.go).
	if bday, v, err := cardBirthday(card); err == nil {
		c.Birthday, c.BirthdayYearly = bday.Solar, bday.Yearly
	} else {
		// One field that cannot be read does not lose the card.
		note(tr(lang, "生日", "Birthday"), v)
		rec.warnings = append(rec.warnings, problemf(line, "生日“%s”不是日期，已记在备注里", "the birthday %q is not a date; it was kept in the notes", quote(v)))
	}
	if v := textOf(card, "X-GUANXI-FOUNDED"); v != "" {
		// An organisation's own date, as the book keeps it in the birthday's place.
		if bday, err := parseCardDate(v, ""); err == nil {
			c.Birthday, c.BirthdayYearly = bday.Solar, bday.Yearly
		} else {
			// One field that cannot be read does not lose the card.
			note(tr(lang, "成立日", "Founded"), v)
			rec.warnings = append(rec.warnings, problemf(line, "成立日“%s”不是日期，已记在备注里", "the founding day %q is not a date; it was kept in the notes", quote(v)))
		}
	}
	if v, omit := anniversaryOf(card); v != "" {
		if b, err := parseCardDate(v, omit); err == nil {
			c.Anniversary, c.AnniversaryYearly = b.Solar, b.Yearly
		} else {
			note(tr(lang, "纪念日", "Anniversary"), v)
		}
	}

	// WeChat: guanxi's own property, the property some apps write, or an IM address.
	c.WeChat = textOf(card, "X-GUANXI-WECHAT")
	if c.WeChat == "" {
		c.WeChat = textOf(card, "X-WECHAT")
	}
	for _, im := range card.Values(vcard.FieldIMPP) {
		if id, ok := strings.CutPrefix(strings.ToLower(im), "weixin:"); ok && (c.WeChat == "" || c.WeChat == strings.TrimSpace(im[len(im)-len(id):])) {
			c.WeChat = strings.TrimSpace(im[len(im)-len(id):])
		} else {
			note(tr(lang, "即时通讯", "Messaging"), im)
		}
	}
	if c.WeChat == "" {
		c.WeChat = socialWeChat(card)
	}

	// What guanxi wrote of its own.
	for _, x := range []struct {
		key string
		dst *string
	}{{"X-GUANXI-REGION", &c.Region}, {"X-GUANXI-INDUSTRY", &c.Industry}, {"X-GUANXI-SIZE", &c.Size},
		{"X-GUANXI-SOURCE", &c.Source}, {"X-GUANXI-REFERRED-BY", &c.ReferredBy}} {
		if v := textOf(card, x.key); v != "" {
			*x.dst = v
		}
	}
	for _, x := range []struct {
		key string
		f   field
	}{{"X-GUANXI-LEVEL", fLevel}, {"X-GUANXI-STAGE", fStage}, {"X-GUANXI-RELATION", fRelation}} {
		v := textOf(card, x.key)
		if v == "" {
			continue
		}
		code, err := parseCodeLoose(x.f, v)
		if err != nil {
			return fail("%s“%s”不认识", "unknown %s %q", label(x.f).Zh, quote(v))
		}
		switch x.f {
		case fLevel:
			c.Level = model.Level(code)
		case fStage:
			c.Stage = model.Stage(code)
		default:
			c.Relation = model.Relation(code)
		}
	}
	if v := textOf(card, "X-GUANXI-CAPITAL"); v != "" {
		m, err := model.ParseAmount(v)
		if err != nil {
			return fail("注册资本“%s”不是金额", "registered capital %q is not an amount", quote(v))
		}
		c.RegisteredCapital = m
	}
	if v := textOf(card, "X-GUANXI-PLAN"); v != "" {
		visit, call, ok := strings.Cut(v, "/")
		vd, err1 := strconv.Atoi(strings.TrimSpace(visit))
		cd, err2 := strconv.Atoi(strings.TrimSpace(call))
		if !ok || err1 != nil || err2 != nil {
			return fail("拜访计划“%s”读不出来", "visit plan %q cannot be read", quote(v))
		}
		c.PlanOverride = &model.VisitPlan{VisitEveryDays: vd, CallEveryDays: cd}
	}
	c.PlanPaused = textOf(card, "X-GUANXI-PLAN-PAUSED") == "1"
	rec.typeRefs = splitList(textOf(card, "X-GUANXI-TYPES"))

	if len(extra) > 0 {
		c.Notes = strings.TrimSpace(c.Notes + "\n" + strings.Join(extra, "\n"))
	}

	// A card guanxi wrote for a contact person of a customer.
	if owner := textOf(card, "X-GUANXI-CONTACT-OF"); owner != "" {
		rec.contactOf = owner
		role := model.RoleOther
		if v := textOf(card, "X-GUANXI-ROLE"); v != "" {
			r, err := model.ParseRole(v)
			if err != nil {
				return fail("角色“%s”不认识", "unknown role %q", quote(v))
			}
			role = r
		}
		rec.contact = &model.Contact{UID: c.UID, Name: c.Name, Title: c.Title, Role: role, Phone: c.Phone,
			Email: c.Email, WeChat: c.WeChat, Birthday: c.Birthday, BirthdayYearly: c.BirthdayYearly, Notes: c.Notes, Types: rec.typeRefs}
	}
	return rec
}
