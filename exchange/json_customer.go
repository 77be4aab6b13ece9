package exchange

import (
	"errors"
	"fmt"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// A customer of a whole-book JSON file checked and turned into a record, with the records that come
// with them.

// customerFromJSON checks a customer of the document and turns it into a record; the record
// number n stands for the line in messages.
func customerFromJSON(n int, jc *jsonCustomer) *record {
	rec := &record{number: n}
	bad := func(zh, en string) *record {
		p := Problem{Record: n, Msg: model.Text{Zh: fmt.Sprintf("（%s）%s", quote(jc.Name), zh),
			En: fmt.Sprintf("(%s) %s", quote(jc.Name), en)}}
		rec.bad = &p
		return rec
	}
	var badDate *record
	notADate := func(zh, en, s string) {
		badDate = bad(fmt.Sprintf("%s“%s”不是日期", zh, quote(s)), fmt.Sprintf("%s %q is not a date", en, quote(s)))
	}
	// dates reads each of a record's dates in turn into its place; at the first that is not a date
	// it stops and says so, with badDate the record that names it.
	dates := func(fields ...dateField) bool {
		for _, f := range fields {
			d, err := model.ParseISODate(f.text)
			if err != nil {
				notADate(f.zh, f.en, f.text)
				return false
			}
			*f.to = d
		}
		return true
	}
	// A lunar date or one without a year, as model.YearlyDate writes it.
	yearly := func(zh, en, s string) (model.YearlyDate, error) {
		y, err := model.ParseYearlyDate(s)
		if err != nil {
			notADate(zh, en, s)
		}
		return y, err
	}
	// A time of a record, as the book writes it, in the local zone.
	localTime := func(zh, en, s string) (time.Time, error) {
		at, err := time.ParseInLocation("2006-01-02 15:04", s, time.Local)
		if err != nil {
			badDate = bad(fmt.Sprintf("%s“%s”读不出来", zh, quote(s)), fmt.Sprintf("%s %q cannot be read", en, quote(s)))
		}
		return at, err
	}
	// refused is a record the model's own check refused, named by what it is and the value of
	// it that tells it apart (its day or time).
	refused := func(err error, of, zh, en string) *record {
		whyZh, whyEn := fieldMsgs(err)
		return bad(quote(of)+" 的"+zh+"："+whyZh, en+" of "+quote(of)+": "+whyEn)
	}
	var err error
	c := model.Customer{UID: cleanUID(jc.UID), Kind: model.Kind(jc.Kind), Name: jc.Name, Company: jc.Company, ShortName: jc.ShortName,
		Title: jc.Title, Industry: jc.Industry, Region: jc.Region, Size: jc.Size,
		RegisteredCapital: model.MoneyFromYuan(jc.RegisteredCapital), Phone: jc.Phone, Email: jc.Email,
		WeChat: jc.WeChat, Address: jc.Address, Source: jc.Source, ReferredBy: jc.ReferredBy,
		Level: model.Level(jc.Level), Stage: model.Stage(jc.Stage), Relation: model.Relation(jc.Relation),
		Tags: jc.Tags, Notes: jc.Notes, PlanPaused: jc.PlanPaused}
	if !dates(
		dateField{&c.Birthday, "生日", "birthday", jc.Birthday},
		dateField{&c.Anniversary, "纪念日", "anniversary", jc.Anniversary},
	) {
		return badDate
	}
	if c.BirthdayYearly, err = yearly("生日", "birthday", jc.BirthdayYearly); err != nil {
		return badDate
	}
	if c.AnniversaryYearly, err = yearly("纪念日", "anniversary", jc.AnniversaryYearly); err != nil {
		return badDate
	}
	if jc.Plan != nil {
		c.PlanOverride = &model.VisitPlan{VisitEveryDays: jc.Plan.VisitEveryDays, CallEveryDays: jc.Plan.CallEveryDays}
	}
	if jc.CreatedAt != "" {
		at, err := time.Parse(time.RFC3339, jc.CreatedAt)
		if err != nil {
			return bad(fmt.Sprintf("建档时间“%s”读不出来", quote(jc.CreatedAt)), fmt.Sprintf("created_at %q cannot be read", quote(jc.CreatedAt)))
		}
		c.CreatedAt = at
	}
	rec.customer = c
	br := &bookRecords{tags: jc.Types}
	for _, t := range jc.Types {
		rec.typeRefs = append(rec.typeRefs, t.Type)
	}
	contactIndex := map[string]int64{}
	for k, jct := range jc.Contacts {
		ct := model.Contact{UID: cleanUID(jct.UID), Name: jct.Name, Title: jct.Title, Role: model.Role(jct.Role),
			Phone: jct.Phone, Email: jct.Email, WeChat: jct.WeChat, Notes: jct.Notes}
		if !dates(dateField{&ct.Birthday, "联系人“" + quote(jct.Name) + "”的生日", "birthday of contact " + quote(jct.Name), jct.Birthday}) {
			return badDate
		}
		if ct.BirthdayYearly, err = yearly("联系人“"+quote(jct.Name)+"”的生日", "birthday of contact "+quote(jct.Name), jct.BirthdayYearly); err != nil {
			return badDate
		}
		ct.Normalize()
		if err := ct.Validate(); err != nil {
			zh, en := fieldMsgs(err)
			return bad("联系人“"+quote(jct.Name)+"”："+zh, "contact "+quote(jct.Name)+": "+en)
		}
		br.contacts = append(br.contacts, ct)
		br.contactTags = append(br.contactTags, jct.Types)
		if ct.UID != "" {
			contactIndex[ct.UID] = int64(k + 1)
		}
	}
	for _, ji := range jc.Interactions {
		at, err := localTime("联系记录的时间", "logged contact at", ji.At)
		if err != nil {
			return badDate
		}
		i := model.Interaction{UID: cleanUID(ji.UID), At: at, Channel: model.Channel(ji.Channel),
			Summary: ji.Summary, NextStep: ji.NextStep, ContactID: contactIndex[ji.Contact]}
		if err := i.Validate(); err != nil {
			return refused(err, ji.At, "联系记录", "logged contact")
		}
		br.interactions = append(br.interactions, i)
	}
	for _, jd := range jc.Deals {
		d := model.Deal{UID: cleanUID(jd.UID), Product: jd.Product, Amount: model.MoneyFromYuan(jd.Amount),
			Paid: model.MoneyFromYuan(jd.Paid)}
		if !dates(
			dateField{&d.On, "成交日期", "deal date", jd.On},
			dateField{&d.CreditDueOn, "还款日", "credit due date", jd.CreditDueOn},
		) {
			return badDate
		}
		if err := d.Validate(); err != nil {
			return refused(err, jd.On, "成交", "deal")
		}
		var pays []model.Payment
		for _, jp := range jd.Payments {
			p := model.Payment{UID: cleanUID(jp.UID), Amount: model.MoneyFromYuan(jp.Amount), Note: jp.Note}
			if !dates(dateField{&p.On, "收款日期", "payment date", jp.On}) {
				return badDate
			}
			if err := p.Validate(); err != nil {
				return refused(err, jp.On, "收款", "payment")
			}
			pays = append(pays, p)
		}
		br.deals = append(br.deals, d)
		br.payments = append(br.payments, pays)
	}
	for _, jr := range jc.Reminders {
		r := model.Reminder{UID: cleanUID(jr.UID), Kind: model.ReminderKind(jr.Kind), Note: jr.Note}
		if !dates(
			dateField{&r.DueOn, "提醒日期", "reminder date", jr.DueOn},
			dateField{&r.Anchor, "重复起始日", "repeat start", jr.Anchor},
		) {
			return badDate
		}
		if jr.Repeat != "" {
			if r.Repeat, err = model.ParseRepeat(jr.Repeat); err != nil {
				return bad(fmt.Sprintf("提醒的重复“%s”读不出来", quote(jr.Repeat)), fmt.Sprintf("reminder repeat %q cannot be read", quote(jr.Repeat)))
			}
		}
		if jr.DoneAt != "" {
			if r.DoneAt, err = time.Parse(time.RFC3339, jr.DoneAt); err != nil {
				return bad(fmt.Sprintf("提醒的完成时间“%s”读不出来", quote(jr.DoneAt)), fmt.Sprintf("reminder done_at %q cannot be read", quote(jr.DoneAt)))
			}
		}
		if err := r.Validate(); err != nil {
			return refused(err, jr.DueOn, "提醒", "reminder")
		}
		br.reminders = append(br.reminders, r)
	}
	for _, jp := range jc.Complaints {
		p := model.Complaint{UID: cleanUID(jp.UID), What: jp.What, Severity: jp.Severity, GoodFaith: jp.GoodFaith,
			Handler: jp.Handler, Summary: jp.Summary}
		if !dates(
			dateField{&p.On, "投诉日期", "complaint date", jp.On},
			dateField{&p.ReplyBy, "答复期限", "reply date", jp.ReplyBy},
			dateField{&p.ResolvedOn, "解决日期", "resolved date", jp.ResolvedOn},
		) {
			return badDate
		}
		if err := p.Validate(); err != nil {
			return refused(err, jp.On, "投诉", "complaint")
		}
		br.complaints = append(br.complaints, p)
	}
	for _, jl := range jc.LevelChanges {
		at, err := localTime("调整级别的时间", "level change at", jl.At)
		if err != nil {
			return badDate
		}
		c := model.LevelChange{At: at, From: model.Level(jl.From), To: model.Level(jl.To), Source: model.LevelSource(jl.Source), Why: jl.Why}
		if err := c.Validate(); err != nil {
			return refused(err, jl.At, "级别调整", "level change")
		}
		br.levelChanges = append(br.levelChanges, c)
	}
	for kind, jp := range jc.PutOff {
		k := model.ItemKind(kind)
		if k != model.ItemVisit && k != model.ItemCall {
			return bad(fmt.Sprintf("推迟的“%s”不是拜访或电话", quote(kind)), fmt.Sprintf("put off %q is neither a visit nor a call", quote(kind)))
		}
		var sn model.PlanSnooze
		if !dates(
			dateField{&sn.From, "推迟前的日子", "put off from", jp.From},
			dateField{&sn.Until, "推迟到的日子", "put off until", jp.Until},
		) {
			return badDate
		}
		if br.putOff == nil {
			br.putOff = map[model.ItemKind]model.PlanSnooze{}
		}
		br.putOff[k] = sn
	}
	for _, jg := range jc.GreetingsSent {
		g := store.GreetingSent{Occasion: model.Occasion(jg.Occasion), ContactID: contactIndex[jg.Contact]}
		if _, err := model.LookupCode(model.Occasions, "occasion", jg.Occasion); err != nil || g.Occasion == model.OccasionHoliday {
			return bad(fmt.Sprintf("送过的祝福“%s”不是生日或纪念日", quote(jg.Occasion)), fmt.Sprintf("greeting sent for %q, not a birthday or an anniversary", quote(jg.Occasion)))
		}
		if jg.Contact != "" && g.ContactID == 0 {
			continue // a contact the file does not hold: the mark would fall on the customer's own day
		}
		if !dates(dateField{&g.On, "送过祝福的日子", "greeting sent on", jg.On}) {
			return badDate
		}
		br.greetings = append(br.greetings, g)
	}
	rec.book = br
	return rec
}

// dateField is a date of a record in the document: where it is read to, what it is called in each
// language, and the text the document holds.
type dateField struct {
	to     *model.Date
	zh, en string
	text   string
}

// fieldMsgs returns the message of a validation error in both languages.
func fieldMsgs(err error) (zh, en string) {
	var fe *model.FieldError
	if errors.As(err, &fe) {
		return fe.Msg.Zh, fe.Msg.En
	}
	return err.Error(), err.Error()
}
