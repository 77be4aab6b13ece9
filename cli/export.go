package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/exchange"
	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// exportOptions is what `guanxi export` was asked for.
type exportOptions struct {
	Format  string
	Out     string
	Segment string
	Version string
	Days    int
	Force   bool
}

// newExportCmd is `guanxi export --format xlsx|csv|vcf|ics|json [--out FILE] [--segment NAME] [--vcard 3.0|4.0] [--days N] [--force]`.
func (c *cli) newExportCmd() *cobra.Command {
	opts := &exportOptions{}
	cmd := c.command("export", "", "export --format xlsx|csv|vcf|ics|json [--out FILE] [--segment NAME] [--vcard 3.0|4.0] [--days N] [--force]",
		texts.Export.Short, func([]string) error { return c.runExport(opts) })
	cmd.Flags().StringVar(&opts.Format, "format", "", c.t(texts.Export.FormatXlsxSpreadsheets))
	cmd.Flags().StringVar(&opts.Out, "out", "", c.t(texts.Export.WriteDefaultStandard))
	cmd.Flags().StringVar(&opts.Segment, "segment", "", c.t(texts.Export.OnlySavedList))
	cmd.Flags().StringVar(&opts.Version, "vcard", "3.0", c.t(texts.Export.VcardVersionEvery))
	cmd.Flags().IntVar(&opts.Days, "days", 60, c.t(texts.Export.IcsFollowUp))
	cmd.Flags().BoolVar(&opts.Force, "force", false, c.t(texts.Shared.ReplaceFileWhen))
	return cmd
}

// runExport runs `guanxi export` as opts asks.
func (c *cli) runExport(opts *exportOptions) error {
	f := exchange.Format("")
	switch {
	case opts.Format != "":
		var err error
		if f, err = exchange.ParseFormat(opts.Format); err != nil {
			return c.usagef(texts.Export.FormatTakesXlsx)
		}
	case opts.Out != "" && opts.Out != "-":
		var ok bool
		if f, ok = exchange.FormatOf(opts.Out); !ok {
			return c.usagef(texts.Export.CannotTellFormat, model.SanitizeLine(opts.Out))
		}
	default:
		return c.usagef(texts.Export.GiveFormatFormat)
	}
	if opts.Version != "3.0" && opts.Version != "4.0" {
		return c.usagef(texts.Export.VcardTakes)
	}
	if opts.Days < 1 || opts.Days > 3660 {
		return c.usagef(texts.Export.DaysTakes)
	}
	return c.onBook(func(s *store.Store) error {
		if c.env("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(exchange.MemoryLimitFor(f)) // as an import does: 150 MB, docs/PERFORMANCE.md
		}
		o := exchange.ExportOptions{Format: f, Lang: c.lang, VCardVersion: opts.Version, Days: opts.Days}
		if opts.Segment != "" {
			members, err := s.SegmentCustomers(c.ctx, opts.Segment)
			if errors.Is(err, model.ErrNotFound) {
				return c.errorf(texts.Export.NoSavedList, model.SanitizeLine(opts.Segment))
			}
			if err != nil {
				return err
			}
			o.Scope.Only = map[int64]bool{}
			for _, m := range members {
				o.Scope.Only[m.ID] = true
			}
		}
		total, err := c.exportTotal(s, o)
		if err != nil {
			return err
		}
		if opts.Out == "" || opts.Out == "-" { // "-" is standard output, as for import
			w, ok := c.stdout.data()
			if !ok {
				return c.rawToTerminal()
			}
			// The export goes to a pipe or a file, not to the terminal the progress is drawn on, and
			// from another goroutine: standard error must not write standard output out before it.
			c.stderr.other = nil
			defer func() { c.stderr.other = c.stdout }()
			return c.longRun(false, exportWriting, exportCancelledOut, func(ctx context.Context, t *tracker) error {
				o.Progress = func(n int) { t.count(int64(n), total) }
				_, err := exchange.Export(ctx, s, w, o)
				return err
			})
		}
		var n int
		err = c.longRun(false, exportWriting, exportCancelledFile, func(ctx context.Context, t *tracker) error {
			o.Progress = func(done int) { t.count(int64(done), total) }
			var err error
			n, err = exchange.ExportFile(ctx, s, opts.Out, o, opts.Force)
			return err
		})
		if errors.Is(err, errCancelled) {
			return err
		}
		if errors.Is(err, exchange.ErrExists) {
			return c.errorf(texts.Shared.AlreadyExistsChoose, model.SanitizeLine(opts.Out))
		}
		if err != nil {
			return c.errorf(texts.Export.ExportingFailed, model.SanitizeLine(opts.Out), err)
		}
		what := c.t(kit.Texts.Exchange.Customers)
		if f == exchange.ICal {
			what = c.t(kit.Texts.Exchange.Events)
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Export.Exported, n, what, model.SanitizeLine(opts.Out)))
		return nil
	})
}

// The step of an export in its line of progress, and what a cancelled one leaves: a file is
// written whole or not at all; what went to standard output has gone.
var (
	exportWriting       = texts.Export.ExportingCustomers
	exportCancelledFile = texts.Export.CancelledNoFile
	exportCancelledOut  = texts.Export.CancelledExportNot
)

// exportTotal is how many customers an export writes, for its bar: 0 (no bar) for a calendar.
func (c *cli) exportTotal(s *store.Store, o exchange.ExportOptions) (int64, error) {
	switch {
	case o.Format == exchange.ICal:
		return 0, nil
	case o.Scope.Only != nil:
		return int64(len(o.Scope.Only)), nil
	}
	n, err := s.CountCustomers(c.ctx)
	return int64(n), err
}
