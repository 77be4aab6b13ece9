package cli

import (
	"context"
	"errors"
	"fmt"
	"guanxi/exchange"
	"guanxi/model"
	"guanxi/store"
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
		model.Text{Zh: "导出客户（CSV、vCard、整本 JSON）或跟进计划（iCalendar 日程）", En: "export customers (CSV, vCard, the whole book as JSON) or the follow-up plan (iCalendar)"}, func([]string) error { return c.runExport(opts) })
	cmd.Flags().StringVar(&opts.Format, "format", "", c.tr("格式 `F`：xlsx（给表格软件）、csv（给脚本）、vcf、ics 或 json（给了 --out 时可按扩展名判断）", "format `F`: xlsx (for spreadsheets), csv (for scripts), vcf, ics or json (with --out, taken from its name when left out)"))
	cmd.Flags().StringVar(&opts.Out, "out", "", c.tr("写到文件 `FILE`（默认或 -：输出到标准输出）", "write to `FILE` (default, or -: standard output)"))
	cmd.Flags().StringVar(&opts.Segment, "segment", "", c.tr("只导出已保存的列表 `NAME`（guanxi segment list 查看）", "only the saved list `NAME` (see guanxi segment list)"))
	cmd.Flags().StringVar(&opts.Version, "vcard", "3.0", c.tr("vCard 版本 `V`：3.0（手机都能读）或 4.0", "vCard version `V`: 3.0 (every phone reads it) or 4.0"))
	cmd.Flags().IntVar(&opts.Days, "days", 60, c.tr("ics：导出今后 `N` 天的跟进计划", "ics: the follow-up plan of the next `N` days"))
	cmd.Flags().BoolVar(&opts.Force, "force", false, c.tr("目标文件已存在时覆盖它", "replace FILE when it exists"))
	return cmd
}

// runExport runs `guanxi export` as opts asks.
func (c *cli) runExport(opts *exportOptions) error {
	f := exchange.Format("")
	switch {
	case opts.Format != "":
		var err error
		if f, err = exchange.ParseFormat(opts.Format); err != nil {
			return c.usagef("--format 可选 xlsx、csv、vcf、ics、json", "--format takes xlsx, csv, vcf, ics or json")
		}
	case opts.Out != "" && opts.Out != "-":
		var ok bool
		if f, ok = exchange.FormatOf(opts.Out); !ok {
			return c.usagef("从 %s 看不出格式：请加 --format xlsx|csv|vcf|ics|json", "cannot tell the format from %s: add --format xlsx|csv|vcf|ics|json", model.SanitizeLine(opts.Out))
		}
	default:
		return c.usagef("请用 --format 给出格式：xlsx、csv、vcf、ics 或 json", "give the format with --format: xlsx, csv, vcf, ics or json")
	}
	if opts.Version != "3.0" && opts.Version != "4.0" {
		return c.usagef("--vcard 可选 3.0 或 4.0", "--vcard takes 3.0 or 4.0")
	}
	if opts.Days < 1 || opts.Days > 3660 {
		return c.usagef("--days 应在 1 到 3660 之间", "--days takes 1 to 3660")
	}
	return c.onBook(func(s *store.Store) error {
		if c.env("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(exchange.MemoryLimitFor(f)) // as an import does: 150 MB, docs/PERFORMANCE.md
		}
		o := exchange.ExportOptions{Format: f, Lang: c.lang, VCardVersion: opts.Version, Days: opts.Days}
		if opts.Segment != "" {
			members, err := s.SegmentCustomers(c.ctx, opts.Segment)
			if errors.Is(err, model.ErrNotFound) {
				return c.errorf("没有叫“%s”的已保存列表（guanxi segment list 查看）", "no saved list is called %q (see guanxi segment list)", model.SanitizeLine(opts.Segment))
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
			return c.errorf("%s 已存在：换个文件名，或加 --force 覆盖", "%s already exists: choose another name or pass --force", model.SanitizeLine(opts.Out))
		}
		if err != nil {
			return c.errorf("导出到 %s 失败：%v", "exporting to %s failed: %v", model.SanitizeLine(opts.Out), err)
		}
		what := c.tr("位客户", "customers")
		if f == exchange.ICal {
			what = c.tr("项日程", "calendar events")
		}
		fmt.Fprintln(c.stdout, c.trf("已把 %d %s导出到 %s。", "Exported %d %s to %s.", n, what, model.SanitizeLine(opts.Out)))
		return nil
	})
}

// The step of an export in its line of progress, and what a cancelled one leaves: a file is
// written whole or not at all; what went to standard output has gone.
var (
	exportWriting       = model.Text{Zh: "导出客户", En: "exporting customers"}
	exportCancelledFile = model.Text{Zh: "已取消：没有写入任何文件", En: "cancelled: no file was written"}
	exportCancelledOut  = model.Text{Zh: "已取消：导出没有写完", En: "cancelled: the export is not complete"}
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
