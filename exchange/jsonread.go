package exchange

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// bookRecords is everything of a customer from a whole-book file besides the profile, checked and
// ready to write. Contacts are referred to by their position: ContactID k means contacts[k-1].
type bookRecords struct {
	tags         []jsonTag
	contacts     []model.Contact
	contactTags  [][]jsonTag
	interactions []model.Interaction
	deals        []model.Deal
	payments     [][]model.Payment // of each deal
	reminders    []model.Reminder
	complaints   []model.Complaint
	levelChanges []model.LevelChange
	putOff       map[model.ItemKind]model.PlanSnooze
	greetings    []store.GreetingSent // ContactID k means contacts[k-1], as above
}

// jsonSource streams the customers of a whole-book JSON document, one at a time.
type jsonSource struct {
	dec    *json.Decoder
	meta   *jsonBook
	inList bool // inside the customers array
	done   bool
	n      int
}

func newJSONSource(br *bufio.Reader) (*jsonSource, error) {
	dec := json.NewDecoder(br)
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fileErrorf("不是 guanxi 导出的 JSON 客户簿", "not a guanxi JSON book: it does not start with {")
	}
	return &jsonSource{dec: dec, meta: &jsonBook{}}, nil
}

func (src *jsonSource) encoding() string    { return "UTF-8" }
func (src *jsonSource) warnings() []Problem { return nil }

func (src *jsonSource) next() (*record, error) {
	for {
		if src.done {
			return nil, io.EOF
		}
		if src.inList {
			if !src.dec.More() {
				src.dec.Token() // ]
				src.inList = false
				continue
			}
			var jc jsonCustomer
			src.n++
			if err := src.dec.Decode(&jc); err != nil {
				return nil, fmt.Errorf("customer %d of the file: %w", src.n, err)
			}
			return customerFromJSON(src.n, &jc), nil
		}
		tok, err := src.dec.Token()
		if err != nil {
			return nil, fmt.Errorf("read the JSON book: %w", err)
		}
		if tok == json.Delim('}') {
			src.done = true
			continue
		}
		key, _ := tok.(string)
		switch key {
		case "format":
			if err := src.dec.Decode(&src.meta.Format); err != nil || src.meta.Format != bookFormat {
				return nil, fileErrorf("不是 guanxi 导出的 JSON 客户簿（format 是 %q）", "not a guanxi JSON book (format %q)", src.meta.Format)
			}
		case "version":
			if err := src.dec.Decode(&src.meta.Version); err != nil || src.meta.Version < 1 || src.meta.Version > bookVersion {
				return nil, fileErrorf("这个 guanxi 只读得懂第 %d 版的 JSON 客户簿，文件是第 %d 版：请升级 guanxi", "this guanxi reads JSON books of version %d, not %d: update guanxi", bookVersion, src.meta.Version)
			}
		case "settings":
			if err := src.dec.Decode(&src.meta.Settings); err != nil {
				return nil, fmt.Errorf("read the settings: %w", err)
			}
		case "typologies":
			if err := src.dec.Decode(&src.meta.Typologies); err != nil {
				return nil, fmt.Errorf("read the typologies: %w", err)
			}
		case "types":
			if err := src.dec.Decode(&src.meta.Types); err != nil {
				return nil, fmt.Errorf("read the personality types: %w", err)
			}
		case "holiday_greetings_sent":
			if err := src.dec.Decode(&src.meta.HolidayGreetings); err != nil {
				return nil, fmt.Errorf("read the greetings sent: %w", err)
			}
		case "segments":
			if err := src.dec.Decode(&src.meta.Segments); err != nil {
				return nil, fmt.Errorf("read the saved lists: %w", err)
			}
		case "customers":
			if src.meta.Format != bookFormat {
				return nil, fileErrorf("不是 guanxi 导出的 JSON 客户簿", "not a guanxi JSON book: the format comes before the customers")
			}
			if tok, err := src.dec.Token(); err != nil || tok != json.Delim('[') {
				return nil, errors.New("read the customers: not a list")
			}
			src.inList = true
			meta := src.meta
			src.meta = &jsonBook{Format: meta.Format, Version: meta.Version}
			return &record{meta: meta}, nil
		default:
			var skip json.RawMessage
			if err := src.dec.Decode(&skip); err != nil {
				return nil, fmt.Errorf("read the JSON book: %w", err)
			}
		}
	}
}

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
	date := func(zh, en, s string) (model.Date, error) {
		d, err := model.ParseISODate(s)
		if err != nil {
			badDate = bad(fmt.Sprintf("%s“%s”不是日期", zh, quote(s)), fmt.Sprintf("%s %q is not a date", en, quote(s)))
		}
		return d, err
	}
	// A lunar date or one without a year, as model.YearlyDate writes it.
	yearly := func(zh, en, s string) (model.YearlyDate, error) {
		y, err := model.ParseYearlyDate(s)
		if err != nil {
			badDate = bad(fmt.Sprintf("%s“%s”不是日期", zh, quote(s)), fmt.Sprintf("%s %q is not a date", en, quote(s)))
		}
		return y, err
	}
	var err error
	c := model.Customer{UID: cleanUID(jc.UID), Kind: model.Kind(jc.Kind), Name: jc.Name, Company: jc.Company, ShortName: jc.ShortName,
		Title: jc.Title, Industry: jc.Industry, Region: jc.Region, Size: jc.Size,
		RegisteredCapital: model.MoneyFromYuan(jc.RegisteredCapital), Phone: jc.Phone, Email: jc.Email,
		WeChat: jc.WeChat, Address: jc.Address, Source: jc.Source, ReferredBy: jc.ReferredBy,
		Level: model.Level(jc.Level), Stage: model.Stage(jc.Stage), Relation: model.Relation(jc.Relation),
		Tags: jc.Tags, Notes: jc.Notes, PlanPaused: jc.PlanPaused}
	if c.Birthday, err = date("生日", "birthday", jc.Birthday); err != nil {
		return badDate
	}
	if c.Anniversary, err = date("纪念日", "anniversary", jc.Anniversary); err != nil {
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
		if ct.Birthday, err = date("联系人“"+quote(jct.Name)+"”的生日", "birthday of contact "+quote(jct.Name), jct.Birthday); err != nil {
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
		at, err := time.ParseInLocation("2006-01-02 15:04", ji.At, time.Local)
		if err != nil {
			return bad(fmt.Sprintf("联系记录的时间“%s”读不出来", quote(ji.At)), fmt.Sprintf("logged contact at %q cannot be read", quote(ji.At)))
		}
		i := model.Interaction{UID: cleanUID(ji.UID), At: at, Channel: model.Channel(ji.Channel),
			Summary: ji.Summary, NextStep: ji.NextStep, ContactID: contactIndex[ji.Contact]}
		if err := i.Validate(); err != nil {
			zh, en := fieldMsgs(err)
			return bad(quote(ji.At)+" 的联系记录："+zh, "logged contact of "+quote(ji.At)+": "+en)
		}
		br.interactions = append(br.interactions, i)
	}
	for _, jd := range jc.Deals {
		d := model.Deal{UID: cleanUID(jd.UID), Product: jd.Product, Amount: model.MoneyFromYuan(jd.Amount),
			Paid: model.MoneyFromYuan(jd.Paid)}
		if d.On, err = date("成交日期", "deal date", jd.On); err != nil {
			return badDate
		}
		if d.CreditDueOn, err = date("还款日", "credit due date", jd.CreditDueOn); err != nil {
			return badDate
		}
		if err := d.Validate(); err != nil {
			zh, en := fieldMsgs(err)
			return bad(quote(jd.On)+" 的成交："+zh, "deal of "+quote(jd.On)+": "+en)
		}
		var pays []model.Payment
		for _, jp := range jd.Payments {
			p := model.Payment{UID: cleanUID(jp.UID), Amount: model.MoneyFromYuan(jp.Amount), Note: jp.Note}
			if p.On, err = date("收款日期", "payment date", jp.On); err != nil {
				return badDate
			}
			if err := p.Validate(); err != nil {
				zh, en := fieldMsgs(err)
				return bad(quote(jp.On)+" 的收款："+zh, "payment of "+quote(jp.On)+": "+en)
			}
			pays = append(pays, p)
		}
		br.deals = append(br.deals, d)
		br.payments = append(br.payments, pays)
	}
	for _, jr := range jc.Reminders {
		r := model.Reminder{UID: cleanUID(jr.UID), Kind: model.ReminderKind(jr.Kind), Note: jr.Note}
		if r.DueOn, err = date("提醒日期", "reminder date", jr.DueOn); err != nil {
			return badDate
		}
		if r.Anchor, err = date("重复起始日", "repeat start", jr.Anchor); err != nil {
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
			zh, en := fieldMsgs(err)
			return bad(quote(jr.DueOn)+" 的提醒："+zh, "reminder of "+quote(jr.DueOn)+": "+en)
		}
		br.reminders = append(br.reminders, r)
	}
	for _, jp := range jc.Complaints {
		p := model.Complaint{UID: cleanUID(jp.UID), What: jp.What, Severity: jp.Severity, GoodFaith: jp.GoodFaith,
			Handler: jp.Handler, Summary: jp.Summary}
		if p.On, err = date("投诉日期", "complaint date", jp.On); err != nil {
			return badDate
		}
		if p.ReplyBy, err = date("答复期限", "reply date", jp.ReplyBy); err != nil {
			return badDate
		}
		if p.ResolvedOn, err = date("解决日期", "resolved date", jp.ResolvedOn); err != nil {
			return badDate
		}
		if err := p.Validate(); err != nil {
			zh, en := fieldMsgs(err)
			return bad(quote(jp.On)+" 的投诉："+zh, "complaint of "+quote(jp.On)+": "+en)
		}
		br.complaints = append(br.complaints, p)
	}
	for _, jl := range jc.LevelChanges {
		at, err := time.ParseInLocation("2006-01-02 15:04", jl.At, time.Local)
		if err != nil {
			return bad(fmt.Sprintf("调整级别的时间“%s”读不出来", quote(jl.At)), fmt.Sprintf("level change at %q cannot be read", quote(jl.At)))
		}
		c := model.LevelChange{At: at, From: model.Level(jl.From), To: model.Level(jl.To), Source: model.LevelSource(jl.Source), Why: jl.Why}
		if err := c.Validate(); err != nil {
			zh, en := fieldMsgs(err)
			return bad(quote(jl.At)+" 的级别调整："+zh, "level change of "+quote(jl.At)+": "+en)
		}
		br.levelChanges = append(br.levelChanges, c)
	}
	for kind, jp := range jc.PutOff {
		k := model.ItemKind(kind)
		if k != model.ItemVisit && k != model.ItemCall {
			return bad(fmt.Sprintf("推迟的“%s”不是拜访或电话", quote(kind)), fmt.Sprintf("put off %q is neither a visit nor a call", quote(kind)))
		}
		var sn model.PlanSnooze
		if sn.From, err = date("推迟前的日子", "put off from", jp.From); err != nil {
			return badDate
		}
		if sn.Until, err = date("推迟到的日子", "put off until", jp.Until); err != nil {
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
		if g.On, err = date("送过祝福的日子", "greeting sent on", jg.On); err != nil {
			return badDate
		}
		br.greetings = append(br.greetings, g)
	}
	rec.book = br
	return rec
}

// fieldMsgs returns the message of a validation error in both languages.
func fieldMsgs(err error) (zh, en string) {
	var fe *model.FieldError
	if errors.As(err, &fe) {
		return fe.Msg.Zh, fe.Msg.En
	}
	return err.Error(), err.Error()
}

// applyMeta takes the settings and catalog of a whole-book file. Into an empty book they go
// whole; a book with customers keeps its own settings and types, and gains only the types it
// lacks, so that the tags of the file find them.
func (im *importer) applyMeta(meta *jsonBook) error {
	have := map[string]bool{}
	for _, t := range im.catalog {
		have[t.Code] = true
	}
	for _, jt := range meta.Types {
		t := model.PersonalityType{Code: jt.Code, Typology: jt.Typology, Name: jt.Name, Traits: jt.Traits,
			Approach: jt.Approach, Avoid: jt.Avoid, BuiltIn: jt.BuiltIn}
		if !have[t.Code] {
			im.catalog = append(im.catalog, t)
			have[t.Code] = true
			im.typeCodes = nil // a new type may be what a way of writing one now finds first
		}
	}
	if !im.empty && len(meta.Settings) > 0 {
		im.sum.Warnings = append(im.sum.Warnings, problemf(0, "客户簿里已有客户，文件中的设置（拜访计划等）没有套用",
			"the book already holds customers: the settings of the file (visit plans and others) were not applied"))
	}
	if im.empty {
		for _, k := range sortedKeys(meta.Settings) {
			if err := store.CheckSetting(k, meta.Settings[k]); err != nil {
				im.sum.Warnings = append(im.sum.Warnings, Problem{Msg: model.Text{
					Zh: fmt.Sprintf("文件中的设置 %s 不合规则，没有套用（%s）", quote(k), quote(err.Error())),
					En: fmt.Sprintf("the setting %s of the file breaks its rules and was not applied (%s)", quote(k), quote(err.Error()))}})
			}
		}
	}
	if im.b == nil {
		return nil
	}
	for i, t := range meta.Typologies {
		if err := im.b.PutTypology(t, i, im.empty); err != nil {
			return err
		}
	}
	for i, jt := range meta.Types {
		t := model.PersonalityType{Code: jt.Code, Typology: jt.Typology, Name: jt.Name, Traits: jt.Traits,
			Approach: jt.Approach, Avoid: jt.Avoid, BuiltIn: jt.BuiltIn}
		if err := im.b.PutType(t, i, im.empty); err != nil {
			return fmt.Errorf("personality type %s of the file: %w", jt.Code, err)
		}
	}
	if im.empty {
		for _, k := range sortedKeys(meta.Settings) {
			if store.CheckSetting(k, meta.Settings[k]) != nil {
				continue // said above
			}
			if err := im.b.PutSetting(k, meta.Settings[k]); err != nil {
				return err
			}
		}
	}
	for _, jg := range meta.HolidayGreetings {
		on, err := model.ParseISODate(jg.On)
		if err != nil || jg.Holiday == nil {
			continue // a mark of no day or no holiday marks nothing
		}
		if err := im.b.MarkGreetingSent(0, store.GreetingSent{Occasion: model.OccasionHoliday, Holiday: *jg.Holiday, On: on}); err != nil {
			return err
		}
	}
	for _, g := range meta.Segments {
		added, err := im.b.PutSegment(g.Name, g.Query)
		if err != nil {
			im.sum.Warnings = append(im.sum.Warnings, problemf(0, "已保存的列表“%s”没有导入：%v", "the saved list %q was not imported: %v", quote(g.Name), err))
			continue
		}
		if !added {
			im.sum.Warnings = append(im.sum.Warnings, problemf(0, "客户簿里已有叫“%s”的列表，保留了原来的", "the book has a saved list called %q already; it was kept as it was", quote(g.Name)))
		}
	}
	return nil
}

func sortedKeys(m map[string]json.RawMessage) []string { return slices.Sorted(maps.Keys(m)) }

// resolveBookTypes checks the personality types of a whole-book record's contacts.
func (im *importer) resolveBookTypes(rec *record) *Problem {
	for _, tags := range rec.book.contactTags {
		for _, t := range tags {
			if _, bad := im.resolveTypes(rec, []string{t.Type}); bad != nil {
				return bad
			}
		}
	}
	return nil
}

// writeBook writes the records of a whole-book customer to customer id. When merging, a record
// whose lasting identifier the book holds already is left as it is.
func (im *importer) writeBook(id int64, br *bookRecords, merging bool) error {
	b := im.b
	exists := func(table, uid string) (int64, bool, error) {
		if !merging || uid == "" {
			return 0, false, nil
		}
		return b.RecordID(table, uid)
	}
	contactIDs := make([]int64, len(br.contacts))
	for k := range br.contacts {
		ct := br.contacts[k]
		if got, ok, err := exists("contacts", ct.UID); err != nil {
			return err
		} else if ok {
			contactIDs[k] = got
			continue
		}
		ct.CustomerID = id
		if err := b.AddContact(&ct); err != nil {
			return err
		}
		contactIDs[k] = ct.ID
		for _, t := range br.contactTags[k] {
			if err := b.Tag(store.PersonTag{CustomerID: id, ContactID: ct.ID, Type: t.Type, Note: t.Note}); err != nil {
				return err
			}
		}
	}
	var logged []model.Interaction
	for _, i := range br.interactions {
		if _, ok, err := exists("interactions", i.UID); err != nil {
			return err
		} else if ok {
			continue
		}
		i.CustomerID = id
		if i.ContactID > 0 {
			i.ContactID = contactIDs[i.ContactID-1]
		}
		logged = append(logged, i)
	}
	if err := b.LogInteractions(logged); err != nil {
		return err
	}
	for k, d := range br.deals {
		if _, ok, err := exists("deals", d.UID); err != nil {
			return err
		} else if ok {
			continue
		}
		d.CustomerID = id
		if err := b.AddDealID(&d); err != nil {
			return err
		}
		for _, p := range br.payments[k] {
			p.CustomerID, p.DealID = id, d.ID
			if err := b.AddPayment(&p); err != nil {
				return err
			}
		}
	}
	for _, r := range br.reminders {
		if _, ok, err := exists("reminders", r.UID); err != nil {
			return err
		} else if ok {
			continue
		}
		r.CustomerID = id
		if err := b.AddReminderWhole(&r); err != nil {
			return err
		}
	}
	for _, p := range br.complaints {
		if _, ok, err := exists("complaints", p.UID); err != nil {
			return err
		} else if ok {
			continue
		}
		p.CustomerID = id
		if err := b.AddComplaint(&p); err != nil {
			return err
		}
	}
	// A customer merged into one the book holds keeps the book's own put-off visits and calls, and
	// its own timeline of levels: level changes have no lasting identifier, and a second import
	// would write them twice.
	if !merging {
		for kind, sn := range br.putOff {
			if err := b.PutOff(id, kind, sn); err != nil {
				return err
			}
		}
		for _, c := range br.levelChanges {
			c.CustomerID = id
			if err := b.AddLevelChange(&c); err != nil {
				return err
			}
		}
	}
	for _, g := range br.greetings {
		if g.ContactID > 0 {
			g.ContactID = contactIDs[g.ContactID-1]
		}
		if err := b.MarkGreetingSent(id, g); err != nil {
			return err
		}
	}
	return nil
}
