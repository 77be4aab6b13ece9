package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/exchange"
	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// maxListed is how many problems of each kind an import prints; the rest are counted.
const maxListed = 50

// importOptions is what `guanxi import` was asked for.
type importOptions struct {
	File   string // the FILE argument
	DryRun bool
	Merge  bool
	Skip   bool
	Format string
	Sheet  string
	Levels stringList // WORD=LEVEL: how a level word of another program is read
	JSON   bool
}

// newImportCmd is `guanxi import FILE|- [--dry-run] [--merge|--skip-duplicates] [--format xlsx|csv|vcf|json] [--sheet NAME] [--level-map WORD=LEVEL]... [--json]`.
func (c *cli) newImportCmd() *cobra.Command {
	opts := &importOptions{}
	cmd := c.command("import", "FILE", "import FILE|- [--dry-run] [--merge|--skip-duplicates] [--format xlsx|csv|vcf|json] [--sheet NAME] [--level-map WORD=LEVEL]... [--json]",
		texts.Import.Short, c.takeArg(&opts.File, func() error { return c.runImport(opts) }))
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, c.t(texts.Import.CheckReportWhat))
	cmd.Flags().BoolVar(&opts.Merge, "merge", false, c.t(texts.Import.MergeRecordThat))
	cmd.Flags().BoolVar(&opts.Skip, "skip-duplicates", false, c.t(texts.Import.SkipRecordThat))
	cmd.Flags().StringVar(&opts.Format, "format", "", c.t(texts.Import.FileFormatXlsx))
	cmd.Flags().StringVar(&opts.Sheet, "sheet", "", c.t(texts.Import.ReadSheetExcel))
	cmd.Flags().Var(&opts.Levels, "level-map", c.t(texts.Import.ReadAnotherProgram))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.t(texts.Import.PrintSummaryAs))
	return cmd
}

// runImport runs `guanxi import` as opts asks.
func (c *cli) runImport(opts *importOptions) error {
	path := opts.File
	if opts.Merge && opts.Skip {
		return c.usagef(texts.Import.ChooseMergeSkip)
	}
	o := exchange.Options{DryRun: opts.DryRun, Merge: opts.Merge, Lang: c.lang, Sheet: opts.Sheet}
	if opts.Format != "" {
		f, err := exchange.ParseFormat(opts.Format)
		if err != nil || f == exchange.ICal {
			return c.usagef(texts.Import.FormatTakesXlsx)
		}
		o.Format = f
	}
	for _, m := range opts.Levels {
		word, level, ok := strings.Cut(m, "=")
		if !ok || strings.TrimSpace(word) == "" {
			return c.usagef(texts.Import.WriteLevelMap)
		}
		code, err := c.parseCode(model.LevelCodes(), texts.Args.WhatLevel, "level-map", level)
		if err != nil {
			return err
		}
		if o.LevelNames == nil {
			o.LevelNames = map[string]model.Level{}
		}
		o.LevelNames[word] = model.Level(code)
	}
	fromStdin := path == "-"
	if !fromStdin {
		info, err := os.Stat(path)
		if err != nil {
			return c.errorf(texts.Import.CannotRead, model.SanitizeLine(path), err)
		}
		if info.IsDir() {
			return c.usagef(texts.Import.FolderGiveFile, model.SanitizeLine(path))
		}
	} else if c.stdin == nil {
		return c.usagef(texts.Import.StandardInputHolds)
	}
	var err error
	var s *store.Store
	if opts.DryRun {
		s, err = c.open()
	} else {
		s, err = c.openToWrite()
	}
	if err != nil {
		return err
	}
	defer s.Close()
	if c.env("GOMEMLIMIT") == "" {
		f := o.Format
		if f == "" && !fromStdin {
			f, _ = exchange.FormatOf(path)
		}
		debug.SetMemoryLimit(exchange.MemoryLimitFor(f))
	}
	var sum exchange.Summary
	if fromStdin {
		path = c.t(texts.Import.StandardInput)
	}
	reading := textf(texts.Import.Importing, path)
	if opts.DryRun {
		reading = textf(texts.Import.Checking, path)
	}
	err = c.longRun(opts.JSON, reading, importCancelled, func(ctx context.Context, t *tracker) error {
		o.Progress = t.count
		var err error
		if fromStdin {
			sum, err = exchange.ImportFrom(ctx, s, c.stdin, 0, o)
		} else {
			sum, err = exchange.Import(ctx, s, path, o)
		}
		return err
	})
	if errors.Is(err, errCancelled) {
		return err
	}
	if err != nil {
		return c.importError(path, err)
	}
	if opts.JSON {
		if err := c.writeJSON(summaryJSON(sum, c.lang)); err != nil {
			return err
		}
	} else {
		c.printSummary(path, sum)
	}
	if len(sum.Errors) > 0 {
		// The good records are in; the exit code still tells a script that some were not.
		return c.errorf(texts.Import.RecordsHadErrors, len(sum.Errors))
	}
	return nil
}

// importCancelled is what a cancelled import leaves: it is written in one transaction, so nothing.
var importCancelled = texts.Import.CancelledBookWas

// importError says why a file could not be imported at all.
func (c *cli) importError(path string, err error) error {
	p := model.SanitizeLine(path)
	var fe *exchange.FileError
	if errors.As(err, &fe) {
		return c.errorf(texts.Import.WasNotImported, p, fe.Msg.In(c.lang))
	}
	if trouble := c.troubleError(err); trouble != nil {
		return trouble
	}
	return c.errorf(texts.Import.ImportingFailedBook, p, err)
}

// printSummary tells what an import did: the counts, then the bad records, the duplicates skipped
// and what else is worth knowing, each with its line.
func (c *cli) printSummary(path string, sum exchange.Summary) {
	w := c.stdout
	what := strings.ToUpper(string(sum.Format))
	if sum.Format == exchange.VCard {
		what = "vCard"
	}
	if sum.Encoding != "" {
		what += c.t(texts.Import.Comma) + sum.Encoding
	}
	head := c.tf(texts.Import.Imported, model.SanitizeLine(filepath.Base(path)), what)
	if sum.DryRun {
		head = c.tf(texts.Import.DryRunNothing, model.SanitizeLine(filepath.Base(path)), what)
	}
	w.styledLine(styleBold, head)
	counts := c.tf(texts.Import.CustomersAddedMerged,
		sum.Added, sum.Merged, sum.Skipped, len(sum.Errors))
	if sum.Contacts > 0 {
		counts += c.tf(texts.Import.ContactPeopleWere, sum.Contacts)
	}
	fmt.Fprintln(w, counts)
	if spread, ok := wording.FirstVisitSpread(sum.FirstVisits); ok {
		fmt.Fprintln(w, spread.In(c.lang))
	}
	c.printProblems(c.t(texts.Import.RecordsErrorsNot), sum.Errors)
	c.printProblems(c.t(texts.Import.DuplicatesSkipped), sum.Skips)
	c.printProblems(c.t(texts.Import.WorthKnowing), sum.Warnings)
	if len(sum.Skips) > 0 && !sum.DryRun {
		fmt.Fprintln(w, c.t(texts.Import.MergeDuplicatesInto))
	}
}

func (c *cli) printProblems(title string, ps []exchange.Problem) {
	if len(ps) == 0 {
		return
	}
	c.stdout.styledLine(styleBold, title)
	for i, p := range ps {
		if i == maxListed {
			fmt.Fprintln(c.stdout, "  "+c.tf(texts.Import.More, len(ps)-maxListed))
			break
		}
		fmt.Fprintln(c.stdout, "  "+model.SanitizeLine(p.In(c.lang)))
	}
}

// importSummaryJSON is `import --json`.
type importSummaryJSON struct {
	Format   string        `json:"format"`
	Encoding string        `json:"encoding"`
	DryRun   bool          `json:"dry_run"`
	Read     int           `json:"read"`
	Added    int           `json:"added"`
	Merged   int           `json:"merged"`
	Skipped  int           `json:"skipped"`
	Contacts int           `json:"contacts"`
	Errors   []problemJSON `json:"errors"`
	Skips    []problemJSON `json:"skips"`
	Warnings []problemJSON `json:"warnings"`
	Mapped   []mappedJSON  `json:"mapped"`
	// FirstVisits is how the first visits of the customers added fall; null when none is due one.
	FirstVisits *firstVisitsJSON `json:"first_visits"`
}

// firstVisitsJSON is model.FirstVisitSpread: how many customers added are due a first visit, the
// first and last day of those visits and on how many days they fall.
type firstVisitsJSON struct {
	Customers int    `json:"customers"`
	From      string `json:"from"`
	To        string `json:"to"`
	Days      int    `json:"days"`
}

// mappedJSON is a level or state word of another program and the code it was read as.
type mappedJSON struct {
	Column string `json:"column"`
	Word   string `json:"word"`
	As     string `json:"as"` // the level or stage, by name in the invocation's language
	Rows   int    `json:"rows"`
	Line   int    `json:"line"`
}

type problemJSON struct {
	Line    int    `json:"line,omitempty"`
	Record  int    `json:"record,omitempty"`
	Message string `json:"message"`
}

func summaryJSON(sum exchange.Summary, lang model.Lang) importSummaryJSON {
	list := func(ps []exchange.Problem) []problemJSON {
		out := []problemJSON{}
		for _, p := range ps {
			out = append(out, problemJSON{Line: p.Line, Record: p.Record, Message: p.Msg.In(lang)})
		}
		return out
	}
	mapped := []mappedJSON{}
	for _, m := range sum.Mapped {
		mapped = append(mapped, mappedJSON{Column: m.Column.In(lang), Word: m.Word, As: m.As.In(lang), Rows: m.Rows, Line: m.Line})
	}
	out := importSummaryJSON{Format: string(sum.Format), Encoding: sum.Encoding, DryRun: sum.DryRun, Read: sum.Read,
		Added: sum.Added, Merged: sum.Merged, Skipped: sum.Skipped, Contacts: sum.Contacts,
		Errors: list(sum.Errors), Skips: list(sum.Skips), Warnings: list(sum.Warnings), Mapped: mapped}
	if f := sum.FirstVisits; f.Customers > 0 {
		out.FirstVisits = &firstVisitsJSON{Customers: f.Customers, From: f.From.String(), To: f.To.String(), Days: f.Days}
	}
	return out
}
