package exchange

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
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
// 100,000 rows peaks at about 130 MB resident (importer.written). A lower limit costs a second of collecting.
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

// freeAfterWritingAbove is how many records an import must have written for the memory that found
// their duplicates to be given back to the system before the commit (importer.written).
const freeAfterWritingAbove = 5000

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
		if b != nil {
			im.written()
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
		if p, ok := sh.rows().dealFigures.problem(); ok {
			sum.Warnings = append(sum.Warnings, p)
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
