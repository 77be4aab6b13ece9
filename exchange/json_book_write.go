package exchange

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"guanxi/model"
	"guanxi/store"
)

// What a whole-book JSON file brings beyond its customers' profiles: the settings and catalog, and
// each customer's records written with their lasting identifiers.

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
	if err := eachNew(exists, "interactions", br.interactions, func(i model.Interaction) string { return i.UID }, func(_ int, i model.Interaction) error {
		i.CustomerID = id
		if i.ContactID > 0 {
			i.ContactID = contactIDs[i.ContactID-1]
		}
		logged = append(logged, i)
		return nil
	}); err != nil {
		return err
	}
	if err := b.LogInteractions(logged); err != nil {
		return err
	}
	if err := eachNew(exists, "deals", br.deals, func(d model.Deal) string { return d.UID }, func(k int, d model.Deal) error {
		d.CustomerID = id
		if err := b.AddDeal(&d); err != nil {
			return err
		}
		for _, p := range br.payments[k] {
			p.CustomerID, p.DealID = id, d.ID
			if err := b.AddPayment(&p); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if err := eachNew(exists, "reminders", br.reminders, func(r model.Reminder) string { return r.UID }, func(_ int, r model.Reminder) error {
		r.CustomerID = id
		return b.AddReminder(&r)
	}); err != nil {
		return err
	}
	if err := eachNew(exists, "complaints", br.complaints, func(p model.Complaint) string { return p.UID }, func(_ int, p model.Complaint) error {
		p.CustomerID = id
		return b.AddComplaint(&p)
	}); err != nil {
		return err
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
		if !br.nextDue.IsZero() {
			remind := model.Reminder{Kind: model.ReminderOther,
				Note: tr(im.o.Lang, "下次跟进（导入的表格写的日子）", "Next follow-up (the day the imported sheet gave)")}
			if err := b.KeepNextDue(id, br.nextDue, remind); err != nil {
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

// eachNew calls write with each record of recs, and its place among them, whose lasting
// identifier (uid) the book does not hold yet in table, as exists says; a record it holds is left
// as it is.
func eachNew[T any](exists func(table, uid string) (int64, bool, error), table string, recs []T, uid func(T) string,
	write func(k int, r T) error) error {
	for k, r := range recs {
		if _, ok, err := exists(table, uid(r)); err != nil {
			return err
		} else if ok {
			continue
		}
		if err := write(k, r); err != nil {
			return err
		}
	}
	return nil
}
