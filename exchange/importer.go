package exchange

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"guanxi/model"
	"guanxi/store"
)

// Options say how an import treats its file.
type Options struct {
	Format Format // "" guesses it from the file's name, then from its first bytes
	// DryRun reads and checks every record and reports what would happen, writing nothing.
	DryRun bool
	// Merge merges a record that looks like a customer already in the book (or earlier in the
	// file) into that customer; without it such a record is skipped.
	Merge bool
	// Lang is the language of what the import writes into the book: the note a merge leaves.
	Lang model.Lang
	// Progress, when set, is told now and then how many bytes of total have been read.
	Progress func(done, total int64)
	// Sheet names the sheet of an Excel workbook to read; "" reads the first.
	Sheet string
	// LevelNames maps level words of other programs (普通客户) to levels, before the built-in
	// reading of such words (see model.ReadForeignLevel).
	LevelNames map[string]model.Level
}

// Summary says what an import did, or for a dry run what it would do.
type Summary struct {
	Format   Format
	Encoding string // of a CSV file: UTF-8, GB18030 or UTF-16
	Read     int    // customer records read, bad ones included
	Added    int    // new customers
	Merged   int    // records merged into a customer already there
	Skipped  int    // records skipped as duplicates
	Contacts int    // contact people added to customers already there (vCard)
	Errors   []Problem
	Skips    []Problem // which records were skipped as duplicates, and of whom
	Warnings []Problem // things to know about records that were imported
	// Mapped are the level and state words of another program the file held, and what each was
	// read as, so that the user can check them (and map a level word otherwise: Options.LevelNames).
	Mapped []MappedWord
	DryRun bool
	// FirstVisits is how the first visits of the customers added fall over the days; nothing in a
	// dry run, which adds no one.
	FirstVisits model.FirstVisitSpread
}

// record is one customer read from a file, or the settings and catalog of a whole-book file.
type record struct {
	line      int // where the record starts in the file (CSV, vCard)
	number    int // the record's number, for a JSON book
	customer  model.Customer
	typeRefs  []string       // personality types as written: codes or names
	contactOf string         // a vCard of a contact person: the uid of their customer
	contact   *model.Contact // that contact person
	book      *bookRecords   // a whole-book record: everything else of the customer
	meta      *jsonBook      // the settings and catalog of a whole-book file
	bad       *Problem       // why the record cannot be imported
	// salvage marks a spreadsheet row: a field validation refuses, or a type not in the catalog,
	// goes into the notes (under its header, after sep, in lang) and the row is imported.
	salvage  bool
	sep      string
	lang     model.Lang
	warnings []Problem
	invalid  error         // what validation found wrong with the customer (see check)
	keys     model.DupKeys // what duplicates are found by
	// prepared is a customer with no records of their own (from a spreadsheet or a card) made
	// ready for the store to write, should the record be added; nil in a dry run.
	prepared *store.PreparedCustomer
}

// source reads the records of one file format.
type source interface {
	next() (*record, error) // io.EOF after the last
	encoding() string
	warnings() []Problem // about the file as a whole, known once its header is read
}

// MemoryLimit is the soft limit of the Go heap a program running a large import sets for itself
// (runtime/debug.SetMemoryLimit), to stay within 150 MB (docs/PERFORMANCE.md): an import
// of 100,000 rows holds about 45 MB it still needs (what finds duplicates), and without a limit the
// collector lets the heap grow to twice that before it runs. SQLite's memory comes on top, about
// twice the page cache a bulk write sets (store.WriteBulk); at this limit `guanxi import` of
// 100,000 rows peaks at about 140 MB resident. A lower limit costs a second of collecting.
const MemoryLimit = 80 << 20

// WorkbookMemoryLimit is MemoryLimit for an import of an Excel workbook, which is read whole into
// memory (a zip file) before its rows stream, and for an export to one, whose writer leaves
// garbage the collector would otherwise let pile up: at this limit 100,000 rows stay at about
// 140 MB resident (155 MB at MemoryLimit, measured), for no more processor time.
const WorkbookMemoryLimit = 60 << 20

// MemoryLimitFor is the soft heap limit for an import or export of format f.
func MemoryLimitFor(f Format) int64 {
	if f == XLSX {
		return WorkbookMemoryLimit
	}
	return MemoryLimit
}

// bytesPerRecord is about how long a record of a file is, to guess from its size how many it holds.
const bytesPerRecord = 200

// ErrNoRecords is returned for a file in which an import finds nothing it can read.
var ErrNoRecords = errors.New("no records")

// Import reads the file at path into the book (see ImportFrom).
func Import(ctx context.Context, s *store.Store, path string, o Options) (Summary, error) {
	f, err := os.Open(path)
	if err != nil {
		return Summary{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Summary{}, err
	}
	if info.IsDir() {
		return Summary{}, fmt.Errorf("%s is a folder", path)
	}
	if o.Format == "" {
		o.Format, _ = FormatOf(path)
	}
	return ImportFrom(ctx, s, f, info.Size(), o)
}

// ImportFrom reads customers from r (size bytes long, for progress; 0 when unknown) into the
// book. Every good record is written in one transaction; a bad record is reported with its line
// and reason and skipped; a dry run writes nothing. An error is returned only when the file
// cannot be read at all, or the book cannot be written: then nothing was written.
func ImportFrom(ctx context.Context, s *store.Store, r io.Reader, size int64, o Options) (Summary, error) {
	if o.Lang == "" {
		o.Lang = model.En
	}
	counted := &countingReader{r: r}
	br := bufio.NewReaderSize(counted, 64<<10)
	if o.Format == "" || o.Format == ICal || o.Format == CSV && sniffFormat(br) == XLSX {
		o.Format = sniffFormat(br) // a workbook saved under a .csv name is read as the workbook it is
	}
	sum := Summary{Format: o.Format, DryRun: o.DryRun}
	var src source
	var err error
	switch o.Format {
	case CSV:
		src, err = newCSVSource(br, o.Lang)
	case XLSX:
		src, err = newXLSXSource(br, o.Sheet, o.Lang)
	case VCard:
		src = newVCardSource(br, o.Lang)
	case JSON:
		src, err = newJSONSource(br)
	default:
		err = fileErrorf("不能导入 %s 文件：可导入 .xlsx、.csv、.vcf、.json", "cannot import %s files: import .xlsx, .csv, .vcf or .json", o.Format)
	}
	if err != nil {
		return sum, err
	}
	sum.Encoding = src.encoding()
	sum.Warnings = append(sum.Warnings, src.warnings()...)
	sh, _ := src.(interface{ rows() *sheet })
	if sh != nil {
		sh.rows().useLevelNames(o.LevelNames)
	}
	im, err := newImporter(ctx, s, o, &sum)
	if err != nil {
		return sum, err
	}
	progress := func() {
		if o.Progress != nil {
			o.Progress(counted.n.Load(), size)
		}
	}
	run := func(b *store.Bulk) error {
		im.b = b
		var prepare prepareFunc
		if b != nil {
			prepare = s.PrepareCustomer // a dry run writes nothing, so prepares nothing
		}
		batches, stop := readAhead(ctx, src, prepare)
		defer stop()
		for batch := range batches {
			if err := ctx.Err(); err != nil {
				return err
			}
			progress()
			for _, rec := range batch.recs {
				if err := im.handle(rec); err != nil {
					return err
				}
			}
			if batch.err != nil {
				return batch.err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		progress()
		if sum.Read == 0 && sum.Format != JSON {
			return fileErrorf("文件里没有能读出的客户", "the file holds no customer the import can read")
		}
		return nil
	}
	if o.DryRun {
		err = run(nil)
	} else {
		// A large file is many customers: the store then builds its indexes once, at the end.
		err = s.WriteBulkMany(ctx, int(size/bytesPerRecord), run)
	}
	if err != nil {
		return sum, err
	}
	// The import is written: should reading how its first visits fall fail, the summary only goes
	// without that line, and does not report an import that happened as failed.
	sum.FirstVisits, _ = s.FirstVisitSpreadOf(ctx, im.added)
	if sh != nil {
		// The reading is over: what it learnt of the sheet's words can be read.
		sum.Mapped = sh.rows().mappedWords()
		for _, m := range sum.Mapped {
			sum.Warnings = append(sum.Warnings, m.problem())
		}
	}
	return sum, nil
}

// sniffFormat guesses a file's format from its first bytes.
func sniffFormat(br *bufio.Reader) Format {
	head, _ := br.Peek(4096)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	switch {
	case bytes.HasPrefix(bytes.ToUpper(head), []byte("BEGIN:VCARD")):
		return VCard
	case bytes.HasPrefix(head, []byte("{")):
		return JSON
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return XLSX // a zip file: what an .xlsx is
	}
	return CSV
}

// countingReader counts the bytes read, for progress; the reading goroutine counts, the writing
// one tells.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// batch is records read ahead, and the error that ended the reading, if any.
type batch struct {
	recs []*record
	err  error
}

// batchSize is how many records the reading goroutine hands over at a time.
const batchSize = 256

// readAhead reads, checks and prepares records in a goroutine of its own, while the caller writes
// the ones before: parsing, decoding, validating and preparing a record costs about as much as
// writing it. Records come in their order, a batch at a time; stop ends the reading early.
func readAhead(ctx context.Context, src source, prepare prepareFunc) (<-chan batch, func()) {
	out := make(chan batch, 4)
	done := make(chan struct{})
	go func() {
		defer close(out)
		for {
			var b batch
			for len(b.recs) < batchSize {
				rec, err := src.next()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.err = err
					break
				}
				rec.check(prepare)
				b.recs = append(b.recs, rec)
				if rec.meta != nil {
					break // the catalog must be taken before the customers that use it are read
				}
			}
			if len(b.recs) == 0 && b.err == nil {
				return
			}
			select {
			case out <- b:
			case <-done:
				return
			case <-ctx.Done():
				return
			}
			if b.err != nil || len(b.recs) < batchSize && b.recs[len(b.recs)-1].meta == nil {
				return
			}
		}
	}()
	var once sync.Once
	return out, func() { once.Do(func() { close(done) }) }
}

// prepareFunc makes a new customer ready for the store to write (store.Store.PrepareCustomer).
type prepareFunc func(*model.Customer) (*store.PreparedCustomer, error)

// check normalises and validates the customer of a record and computes its duplicate keys, so
// that the writer has only to look them up; a customer with no records of their own is also
// prepared for writing, unless prepare is nil.
func (rec *record) check(prepare prepareFunc) {
	if rec.meta != nil || rec.bad != nil {
		return
	}
	c := &rec.customer
	c.Normalize()
	rec.invalid = c.Validate()
	for rec.salvage && rec.invalid != nil && rec.salvageField(rec.invalid) {
		rec.invalid = c.Validate()
	}
	rec.keys = model.MakeDupKeys(0, c.Name, c.Company, c.Phone, c.Email)
	if prepare != nil && rec.invalid == nil && rec.book == nil && rec.contactOf == "" {
		// A copy: the record keeps the customer as read, without the identifier and times the
		// store gives a new one, for the messages and a merge.
		prepared := *c
		rec.prepared, _ = prepare(&prepared) // one that fails is added the usual way, and fails there
	}
}

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
	if _, err := im.b.MergeInto(id, in, im.o.Lang); err != nil {
		var fe *model.FieldError
		if errors.As(err, &fe) {
			im.sum.Merged--
			im.sum.Errors = append(im.sum.Errors, fieldProblem(rec, err, &in))
			return nil
		}
		return err
	}
	if rec.book != nil {
		return im.writeBook(id, rec.book, true)
	}
	return nil
}

// add writes a new customer with their types and records, and returns its id.
func (im *importer) add(rec *record, codes []string) (int64, error) {
	if im.b == nil {
		im.fake--
		return im.fake, nil
	}
	c := rec.customer
	var err error
	if rec.prepared != nil {
		// A customer of a spreadsheet or a card, prepared while the records before were written,
		// comes with no records: the store writes their figures with the row.
		c.ID, err = im.b.AddPrepared(rec.prepared)
	} else {
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
	if rec.book != nil {
		if err := im.writeBook(c.ID, rec.book, false); err != nil {
			return 0, err
		}
	}
	return c.ID, nil
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

// problem is a problem found with the record, placed where it is in the file.
func (rec *record) problem(zh, en string) Problem {
	if rec.number > 0 && rec.customer.Name != "" {
		// A JSON book has no lines to point at: the customer's name says which.
		who := quote(rec.customer.Name)
		zh, en = "（"+who+"）"+zh, "("+who+") "+en
	}
	return Problem{Line: rec.line, Record: rec.number, Msg: model.Text{Zh: zh, En: en}}
}

// fieldProblem says what validation found wrong with a customer, quoting the value.
func fieldProblem(rec *record, err error, c *model.Customer) Problem {
	var fe *model.FieldError
	if !errors.As(err, &fe) {
		return rec.problem(err.Error(), err.Error())
	}
	values := map[string]string{"name": c.Name, "company": c.Company, "short_name": c.ShortName, "title": c.Title, "industry": c.Industry,
		"region": c.Region, "size": c.Size, "phone": c.Phone, "email": c.Email, "wechat": c.WeChat,
		"address": c.Address, "source": c.Source, "referred_by": c.ReferredBy}
	name := label(field(fe.Field))
	if v := values[fe.Field]; v != "" {
		return rec.problem(fmt.Sprintf("%s“%s”：%s", name.Zh, quote(v), fe.Msg.Zh), fmt.Sprintf("%s %q: %s", name.En, quote(v), fe.Msg.En))
	}
	return rec.problem(name.Zh+"："+fe.Msg.Zh, name.En+": "+fe.Msg.En)
}

// dupIndex finds the customer, of the book or read earlier from the file, a record looks like.
// Its keys are 64-bit hashes of the phone, email, name and the rest: maps without pointers, which
// the collector need not walk, and no copy of each string (at 100,000 customers, two different
// keys share a hash about once in four billion imports). It keeps copies of the names it shows,
// never a cell of the file, which would keep the whole line in memory.
type dupIndex struct {
	seed                    maphash.Seed
	phone, email, name, uid map[uint64]int64
	fold                    map[uint64]int64 // the first customer of each folded name, for similar names
	who                     map[int64]dupWho
}

// dupWho is what a message says of the customer a record looks like.
type dupWho struct {
	name    string
	company string // folded
	line    int    // the line in the file of a customer read from it
	number  int    // or its number, in a JSON book
}

func newDupIndex() *dupIndex {
	return &dupIndex{seed: maphash.MakeSeed(), phone: map[uint64]int64{}, email: map[uint64]int64{}, name: map[uint64]int64{},
		uid: map[uint64]int64{}, fold: map[uint64]int64{}, who: map[int64]dupWho{}}
}

// key is the hash a key is kept under.
func (ix *dupIndex) key(s string) uint64 { return maphash.String(ix.seed, s) }

// setUID files customer id under a lasting identifier.
func (ix *dupIndex) setUID(uid string, id int64) { ix.uid[ix.key(uid)] = id }

// byUID returns the customer of a lasting identifier.
func (ix *dupIndex) byUID(uid string) (int64, bool) {
	id, ok := ix.uid[ix.key(uid)]
	return id, ok
}

func nameKey(k model.DupKeys) string { return k.Fold + "\x00" + k.Company }

func (ix *dupIndex) add(id int64, k model.DupKeys, uid string, line, number int) {
	put := func(m map[uint64]int64, key string) {
		if h := ix.key(key); key != "" {
			if _, ok := m[h]; !ok {
				m[h] = id
			}
		}
	}
	put(ix.phone, k.Phone)
	put(ix.email, k.Email)
	if k.Fold != "" && k.Company != "" {
		put(ix.name, nameKey(k))
	}
	put(ix.fold, k.Fold)
	put(ix.uid, uid)
	ix.who[id] = dupWho{strings.Clone(k.Name), strings.Clone(k.Company), line, number}
}

// fromFile tells whether customer id was read earlier from the file being imported.
func (ix *dupIndex) fromFile(id int64) bool {
	w := ix.who[id]
	return w.line > 0 || w.number > 0
}

// sameRecord is the reason of a record whose lasting identifier is already in the book.
const sameRecord model.DupReason = "same_record"

func (ix *dupIndex) find(k model.DupKeys, uid, name string) (int64, model.DupReason, bool) {
	if id, ok := ix.uid[ix.key(uid)]; ok && uid != "" {
		return id, sameRecord, true
	}
	if id, ok := ix.phone[ix.key(k.Phone)]; ok && k.Phone != "" {
		return id, model.DupSamePhone, true
	}
	if id, ok := ix.email[ix.key(k.Email)]; ok && k.Email != "" {
		return id, model.DupSameEmail, true
	}
	if id, ok := ix.name[ix.key(nameKey(k))]; ok && k.Fold != "" && k.Company != "" {
		if ix.who[id].name == strings.TrimSpace(name) {
			return id, model.DupSameNameCompany, true
		}
		return id, model.DupSimilarName, true
	}
	// The rule of model.LikelyDuplicate for names written apart only by spaces, width or case.
	if id, ok := ix.fold[ix.key(k.Fold)]; ok && k.Fold != "" {
		w := ix.who[id]
		if w.name != strings.TrimSpace(name) && (w.company == k.Company || w.company == "" || k.Company == "") {
			return id, model.DupSimilarName, true
		}
	}
	return 0, "", false
}

// describe says whom a record looks like and why: "和客户簿里的“王建国”电话相同".
func (ix *dupIndex) describe(id int64, why model.DupReason) model.Text {
	reason := model.Text{Zh: "是同一条记录", En: "same record"}
	for _, c := range model.DupReasons {
		if c.Code == string(why) {
			reason = model.Text{Zh: c.Name.Zh, En: strings.ToLower(c.Name.En)}
		}
	}
	w := ix.who[id]
	name := quote(w.name)
	if n := w.number; n > 0 {
		return model.Text{Zh: fmt.Sprintf("和第 %d 位客户“%s”%s", n, name, reason.Zh),
			En: fmt.Sprintf("%s as %s, customer %d of the file", capitalise(reason.En), name, n)}
	}
	if line := w.line; line > 0 {
		return model.Text{Zh: fmt.Sprintf("和第 %d 行的“%s”%s", line, name, reason.Zh),
			En: fmt.Sprintf("%s as %s on line %d", capitalise(reason.En), name, line)}
	}
	return model.Text{Zh: fmt.Sprintf("和客户簿里的“%s”%s", name, reason.Zh),
		En: fmt.Sprintf("%s as %s in the book", capitalise(reason.En), name)}
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
