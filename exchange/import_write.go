package exchange

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"guanxi/model"
	"guanxi/store"
)

// The import's writing side: each record checked against the book and the file, then added, merged
// into the customer it duplicates, or skipped, through one store.Bulk.

// importer checks records against the book and each other, and writes them through a Bulk.
type importer struct {
	ctx     context.Context
	s       *store.Store
	o       Options
	sum     *Summary
	b       *store.Bulk // nil in a dry run
	index   *dupIndex
	trashed map[int64]bool // customers of the book in the trash
	catalog []model.PersonalityType
	// typeCodes are the codes the personality types written in the file were found as, so each
	// way of writing one is looked up in the catalog once; emptied when the catalog grows.
	typeCodes map[string]string
	uids      *recordUIDs // the identifiers of the records written from the file
	empty     bool        // the book held no customer when the import began
	fake      int64       // ids handed out in a dry run, below zero
	added     []int64     // the customers added, to say how their first visits were spread
}

func newImporter(ctx context.Context, s *store.Store, o Options, sum *Summary) (*importer, error) {
	keys, err := s.DupKeys(ctx)
	if err != nil {
		return nil, err
	}
	uids, err := s.CustomerUIDs(ctx)
	if err != nil {
		return nil, err
	}
	catalog, err := s.PersonalityTypes(ctx)
	if err != nil {
		return nil, err
	}
	im := &importer{ctx: ctx, s: s, o: o, sum: sum, index: newDupIndex(), trashed: map[int64]bool{}, catalog: catalog,
		uids: newRecordUIDs(), empty: len(keys) == 0}
	live := make(map[int64]bool, len(keys))
	for _, k := range keys {
		live[k.ID] = true
		im.index.add(k.ID, k, "", 0, 0)
	}
	for uid, id := range uids {
		im.index.setUID(uid, id)
		if !live[id] {
			im.trashed[id] = true
		}
	}
	return im, nil
}

// handle checks one record and writes it, merges it or skips it.
func (im *importer) handle(rec *record) error {
	if rec.meta != nil {
		return im.applyMeta(rec.meta)
	}
	im.sum.Read++
	if rec.bad != nil {
		im.sum.Errors = append(im.sum.Errors, *rec.bad)
		return nil
	}
	c := &rec.customer
	if err := rec.invalid; err != nil {
		im.sum.Errors = append(im.sum.Errors, fieldProblem(rec, err, c))
		return nil
	}
	codes, bad := im.resolveTypes(rec, rec.typeRefs)
	if bad != nil && rec.salvage {
		codes, bad = im.salvageTypes(rec), nil
	}
	if bad != nil {
		im.sum.Errors = append(im.sum.Errors, *bad)
		return nil
	}
	if rec.book != nil {
		if bad := im.resolveBookTypes(rec); bad != nil {
			im.sum.Errors = append(im.sum.Errors, *bad)
			return nil
		}
	}
	if id, ok := im.index.byUID(c.UID); ok && c.UID != "" && im.trashed[id] {
		c.UID = ""         // the same record is in the trash: this one comes back as a new customer
		rec.prepared = nil // prepared with the identifier it no longer has
	}
	if rec.contactOf != "" {
		if owner, ok := im.index.byUID(rec.contactOf); ok && !im.trashed[owner] {
			return im.addContact(rec, owner)
		}
		rec.warnings = append(rec.warnings, rec.problem("联系人所属的客户不在客户簿里，已作为客户导入",
			"the customer this contact belongs to is not in the book; imported as a customer"))
	}
	keys := rec.keys
	id, why, found := im.index.find(keys, c.UID, c.Name)
	switch {
	case found && why == sameRecord && im.index.fromFile(id):
		// Two records of one file with one lasting identifier: which is the record is not known.
		im.sum.Errors = append(im.sum.Errors, rec.problem(
			fmt.Sprintf("唯一编号“%s”在文件里出现了两次（%s），没有导入", quote(c.UID), im.index.describe(id, why).Zh),
			fmt.Sprintf("the uid %q appears twice in the file (%s); not imported", quote(c.UID), im.index.describe(id, why).En)))
		return nil
	case found && why != sameRecord && c.UID != "" && !im.o.Merge:
		// A record with a lasting identifier of its own is another record than one of another
		// identifier, however alike the two look: it is added, and the likeness is said so the
		// user can merge the two.
		who := im.index.describe(id, why)
		rec.warnings = append(rec.warnings, rec.problem(who.Zh+"，已导入；如是同一位客户，可用 guanxi merge 合并",
			who.En+"; imported; if they are one customer, guanxi merge combines them"))
	case found:
		return im.duplicate(rec, id, why, codes)
	}
	if rec.book != nil {
		bad, err := im.uidClash(rec)
		if err != nil {
			return err
		}
		if bad != nil {
			im.sum.Errors = append(im.sum.Errors, *bad)
			return nil
		}
		im.keepUIDs(rec)
	}
	id, err := im.add(rec, codes)
	if err != nil {
		return err
	}
	im.index.add(id, keys, c.UID, rec.line, rec.number)
	if im.b != nil {
		im.added = append(im.added, id)
	}
	im.sum.Added++
	im.sum.Warnings = append(im.sum.Warnings, rec.warnings...)
	return nil
}

// written lets go of what found the duplicates, once every record is written, and after a large
// import gives the memory back to the system: the store then builds the indexes it set aside and
// commits (store.WriteBulkMany), when SQLite takes the most memory of the whole import, and the
// Go heap the collector let grow to its limit would otherwise stay resident beside it (about
// 20 MB more at the peak of 100,000 rows, measured).
func (im *importer) written() {
	im.index, im.uids, im.trashed, im.typeCodes = nil, nil, nil, nil
	if im.sum.Added+im.sum.Merged > freeAfterWritingAbove {
		debug.FreeOSMemory()
	}
}

// duplicate skips or merges a record that looks like customer id.
func (im *importer) duplicate(rec *record, id int64, why model.DupReason, codes []string) error {
	if rec.salvage && rec.book != nil && len(rec.book.contacts) > 0 && im.index.who[id].line > 0 && !im.o.Merge {
		// Another CRM's sheet lists a company once for each of its contact people: a later row of
		// a company read earlier in the file brings its contact person, not a duplicate.
		im.sum.Contacts += len(rec.book.contacts)
		im.sum.Warnings = append(im.sum.Warnings, rec.warnings...)
		if im.b == nil {
			return nil
		}
		return im.writeBook(id, &bookRecords{contacts: rec.book.contacts, contactTags: rec.book.contactTags}, true)
	}
	who := im.index.describe(id, why)
	if !im.o.Merge {
		im.sum.Skipped++
		im.sum.Skips = append(im.sum.Skips, rec.problem(who.Zh+"，已跳过", who.En+"; skipped"))
		return nil
	}
	im.sum.Merged++
	im.sum.Warnings = append(im.sum.Warnings, rec.warnings...)
	if im.b == nil {
		return nil
	}
	in := rec.customer
	in.Types = codes
	merged, err := im.b.MergeInto(id, in, im.o.Lang)
	if err != nil {
		var fe *model.FieldError
		if errors.As(err, &fe) {
			im.sum.Merged--
			im.sum.Errors = append(im.sum.Errors, fieldProblem(rec, err, &in))
			return nil
		}
		return err
	}
	if rec.book != nil {
		return im.writeBook(id, knownContactDropped(rec, &merged), true)
	}
	return nil
}

// knownContactDropped is the records of a sheet's row merged into a customer of the book, without
// the last contact it gives when the book knows of one that day or later: merging the same sheet
// twice logs it once.
func knownContactDropped(rec *record, have *model.Customer) *bookRecords {
	br := rec.book
	if !rec.salvage || len(br.interactions) != 1 || !have.HasContactSince(model.DateOf(br.interactions[0].At)) {
		return br
	}
	without := *br
	without.interactions = nil
	return &without
}

// add writes a new customer with their types and records, and returns its id.
func (im *importer) add(rec *record, codes []string) (int64, error) {
	if im.b == nil {
		im.fake--
		return im.fake, nil
	}
	c := rec.customer
	var err error
	switch {
	case rec.prepared != nil && rec.book != nil:
		// A sheet's row, prepared while the records before were written, with its last contact and
		// next due day: the store writes them and the customer's figures with the others.
		var logged *model.Interaction
		if len(rec.book.interactions) == 1 {
			i := rec.book.interactions[0]
			logged = &i
		}
		c.ID, err = im.b.AddPreparedWithDays(rec.prepared, logged, rec.book.nextDue, im.nextDueReminder())
	case rec.prepared != nil:
		// A customer of a spreadsheet or a card, prepared while the records before were written,
		// comes with no records: the store writes their figures with the row.
		c.ID, err = im.b.AddPrepared(rec.prepared)
	default:
		err = im.b.AddCustomer(&c)
	}
	if err != nil {
		return 0, fmt.Errorf("%s: %w", rec.problem("", "").In(model.En), err)
	}
	notes := map[string]string{}
	if rec.book != nil {
		for _, t := range rec.book.tags {
			notes[t.Type] = t.Note
		}
	}
	for _, code := range codes {
		if err := im.b.Tag(store.PersonTag{CustomerID: c.ID, Type: code, Note: notes[code]}); err != nil {
			return 0, err
		}
	}
	if rec.book != nil && rec.prepared == nil {
		if err := im.writeBook(c.ID, rec.book, false); err != nil {
			return 0, err
		}
		if err := im.keepNextDue(c.ID, rec); err != nil {
			return 0, err
		}
	}
	return c.ID, nil
}

// keepNextDue keeps the next due day a sheet's row gave for the new customer id (see
// model.KeepDueOn); a customer merged into the book keeps the book's own days.
func (im *importer) keepNextDue(id int64, rec *record) error {
	if rec.book.nextDue.IsZero() {
		return nil
	}
	return im.b.KeepNextDue(id, rec.book.nextDue, im.nextDueReminder())
}

// nextDueReminder is the reminder that holds a sheet's next due day when no planned contact falls
// on it (see model.KeepDueOn); the store sets its customer and day.
func (im *importer) nextDueReminder() model.Reminder {
	// A follow-up: whatever contact is logged for the customer on or after the day answers it.
	return model.Reminder{Kind: model.ReminderFollowUp,
		Note: tr(im.o.Lang, "下次跟进（导入的表格写的日子）", "Next follow-up (the day the imported sheet gave)")}
}

// addContact adds a contact person card to the customer it belongs to.
func (im *importer) addContact(rec *record, owner int64) error {
	ct := *rec.contact
	if im.b != nil && ct.UID != "" {
		if _, found, err := im.b.RecordID("contacts", ct.UID); err != nil {
			return err
		} else if found {
			im.sum.Skipped++
			im.sum.Skips = append(im.sum.Skips, rec.problem(fmt.Sprintf("联系人“%s”已在客户簿里，已跳过", quote(ct.Name)),
				fmt.Sprintf("the contact %s is in the book already; skipped", quote(ct.Name))))
			return nil
		}
	}
	im.sum.Contacts++
	im.sum.Warnings = append(im.sum.Warnings, rec.warnings...)
	if im.b == nil {
		return nil
	}
	ct.CustomerID = owner
	if err := im.b.AddContact(&ct); err != nil {
		var fe *model.FieldError
		if errors.As(err, &fe) {
			im.sum.Contacts--
			im.sum.Errors = append(im.sum.Errors, rec.problem(fmt.Sprintf("联系人“%s”：%s", quote(ct.Name), fe.Msg.Zh),
				fmt.Sprintf("contact %s: %s", quote(ct.Name), fe.Msg.En)))
			return nil
		}
		return fmt.Errorf("%s: %w", rec.problem("", "").In(model.En), err)
	}
	codes, _ := im.resolveTypes(rec, ct.Types)
	for _, code := range codes {
		if err := im.b.Tag(store.PersonTag{CustomerID: owner, ContactID: ct.ID, Type: code}); err != nil {
			return err
		}
	}
	return nil
}

// resolveTypes finds personality types written as codes or names in the catalog.
func (im *importer) resolveTypes(rec *record, refs []string) ([]string, *Problem) {
	var codes []string
	for _, ref := range refs {
		if code, ok := im.typeCodes[ref]; ok {
			codes = append(codes, code)
			continue
		}
		t, err := model.FindType(im.catalog, ref)
		if err != nil && strings.ContainsAny(ref, " \t") {
			// Several types written with spaces between them.
			if more, bad := im.resolveTypes(rec, strings.Fields(ref)); bad == nil {
				codes = append(codes, more...)
				continue
			}
		}
		if err != nil {
			var closest []string
			var unknown *model.UnknownTypeError
			if errors.As(err, &unknown) {
				for _, c := range unknown.Closest {
					closest = append(closest, c.Name.Zh)
				}
			}
			p := rec.problem(fmt.Sprintf("不认识性格类型“%s”", quote(ref)), fmt.Sprintf("unknown personality type %q", quote(ref)))
			if len(closest) > 0 {
				p.Msg.Zh += "；是不是：" + strings.Join(closest, "、")
				p.Msg.En += "; did you mean: " + strings.Join(closest, ", ")
			}
			return nil, &p
		}
		if im.typeCodes == nil {
			im.typeCodes = map[string]string{}
		}
		im.typeCodes[strings.Clone(ref)] = t.Code // a copy: ref is a cell of the file's line
		codes = append(codes, t.Code)
	}
	return model.CleanTags(codes), nil
}

// salvageTypes resolves a spreadsheet row's personality types one by one: each one the catalog
// does not hold is reported and kept in the notes, and the customer is imported with the others.
func (im *importer) salvageTypes(rec *record) []string {
	var codes, unknown []string
	for _, ref := range rec.typeRefs {
		more, bad := im.resolveTypes(rec, []string{ref})
		if bad == nil {
			codes = append(codes, more...)
			continue
		}
		unknown = append(unknown, ref)
		p := *bad
		p.Msg.Zh += "；原文已放进备注"
		p.Msg.En += "; the text is kept in the notes"
		rec.warnings = append(rec.warnings, p)
	}
	c := &rec.customer
	name := label(fTypes).In(im.o.Lang)
	c.Notes = strings.TrimSpace(c.Notes + "\n" + name + tr(im.o.Lang, "：", ": ") + strings.Join(unknown, tr(im.o.Lang, "、", ", ")))
	rec.prepared = nil // prepared with the notes as they were
	return model.CleanTags(codes)
}
