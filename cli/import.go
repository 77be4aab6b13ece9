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
		model.Text{Zh: "从 Excel 工作簿、CSV、vCard（手机通讯录）或 JSON 导入客户（- 读标准输入）；有错的行逐条报告", En: "import customers from an Excel workbook, CSV, vCard (phone contacts) or JSON (- reads standard input); each bad row is reported"}, c.takeArg(&opts.File, func() error { return c.runImport(opts) }))
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, c.tr("只检查并报告会导入什么，不写入任何内容", "check and report what would be imported; write nothing"))
	cmd.Flags().BoolVar(&opts.Merge, "merge", false, c.tr("与已有客户重复的记录合并进那位客户（默认跳过）", "merge a record that looks like a customer already there into that customer (default: skip it)"))
	cmd.Flags().BoolVar(&opts.Skip, "skip-duplicates", false, c.tr("跳过与已有客户重复的记录（默认）", "skip a record that looks like a customer already there (the default)"))
	cmd.Flags().StringVar(&opts.Format, "format", "", c.tr("文件格式 `F`：xlsx、csv、vcf 或 json（默认按扩展名和内容判断）", "the file's format `F`: xlsx, csv, vcf or json (default: from its name and content)"))
	cmd.Flags().StringVar(&opts.Sheet, "sheet", "", c.tr("读 Excel 工作簿里名为 `NAME` 的工作表（默认第一张）", "read the sheet `NAME` of an Excel workbook (default: the first)"))
	cmd.Flags().Var(&opts.Levels, "level-map", c.tr("别的软件的级别名按哪个级别导入，如 普通客户=新客户（`WORD=LEVEL`，可重复）", "read another program's level word as a level, e.g. 普通客户=new (`WORD=LEVEL`, repeatable)"))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("以 JSON 输出结果", "print the summary as JSON"))
	return cmd
}

// runImport runs `guanxi import` as opts asks.
func (c *cli) runImport(opts *importOptions) error {
	path := opts.File
	if opts.Merge && opts.Skip {
		return c.usagef("--merge 和 --skip-duplicates 只能选一个", "choose --merge or --skip-duplicates, not both")
	}
	o := exchange.Options{DryRun: opts.DryRun, Merge: opts.Merge, Lang: c.lang, Sheet: opts.Sheet}
	if opts.Format != "" {
		f, err := exchange.ParseFormat(opts.Format)
		if err != nil || f == exchange.ICal {
			return c.usagef("--format 可选 xlsx、csv、vcf、json", "--format takes xlsx, csv, vcf or json")
		}
		o.Format = f
	}
	for _, m := range opts.Levels {
		word, level, ok := strings.Cut(m, "=")
		if !ok || strings.TrimSpace(word) == "" {
			return c.usagef("--level-map 写成 别的软件的级别名=级别，如 普通客户=新客户", "write --level-map as WORD=LEVEL, e.g. 普通客户=new")
		}
		code, err := c.parseCode(model.LevelCodes(), "level", "level-map", level)
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
			return c.errorf("读不到 %s：%v", "cannot read %s: %v", model.SanitizeLine(path), err)
		}
		if info.IsDir() {
			return c.usagef("%s 是文件夹，请给出一个文件", "%s is a folder: give a file", model.SanitizeLine(path))
		}
	} else if c.stdin == nil {
		return c.usagef("标准输入没有内容可导入", "standard input holds nothing to import")
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
		path = c.tr("标准输入", "standard input")
	}
	reading := model.Text{Zh: "导入 " + path, En: "importing " + path}
	if opts.DryRun {
		reading = model.Text{Zh: "检查 " + path, En: "checking " + path}
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
		return c.errorf("%d 条记录有错，没有导入（见上）", "%d records had errors and were not imported (see above)", len(sum.Errors))
	}
	return nil
}

// importCancelled is what a cancelled import leaves: it is written in one transaction, so nothing.
var importCancelled = model.Text{Zh: "已取消：客户簿没有改动", En: "cancelled: the book was not changed"}

// importError says why a file could not be imported at all.
func (c *cli) importError(path string, err error) error {
	p := model.SanitizeLine(path)
	var fe *exchange.FileError
	if errors.As(err, &fe) {
		return c.errorf("%s 没有导入，客户簿没有改动：%s", "%s was not imported and the book was not changed: %s", p, fe.Msg.In(c.lang))
	}
	if trouble := c.troubleError(err); trouble != nil {
		return trouble
	}
	return c.errorf("导入 %s 失败，客户簿未作任何改动：%v", "importing %s failed and the book was not changed: %v", p, err)
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
		what += c.tr("，", ", ") + sum.Encoding
	}
	head := c.trf("已导入 %s（%s）", "Imported %s (%s)", model.SanitizeLine(filepath.Base(path)), what)
	if sum.DryRun {
		head = c.trf("试导入 %s（%s，--dry-run：什么都没有写入）", "Dry run of %s (%s; nothing was written)", model.SanitizeLine(filepath.Base(path)), what)
	}
	w.styledLine(styleBold, head)
	counts := c.trf("新增 %d 位客户，合并 %d 位，跳过 %d 条重复，%d 条有错没有导入。",
		"%d customers added, %d merged, %d duplicates skipped, %d records with errors not imported.",
		sum.Added, sum.Merged, sum.Skipped, len(sum.Errors))
	if sum.Contacts > 0 {
		counts += c.trf("另有 %d 位联系人加到了已有客户名下。", " %d contact people were added to customers already there.", sum.Contacts)
	}
	fmt.Fprintln(w, counts)
	if spread, ok := wording.FirstVisitSpread(sum.FirstVisits); ok {
		fmt.Fprintln(w, spread.In(c.lang))
	}
	c.printProblems(c.tr("有错的记录（没有导入）：", "Records with errors (not imported):"), sum.Errors)
	c.printProblems(c.tr("跳过的重复：", "Duplicates skipped:"), sum.Skips)
	c.printProblems(c.tr("请留意：", "Worth knowing:"), sum.Warnings)
	if len(sum.Skips) > 0 && !sum.DryRun {
		fmt.Fprintln(w, c.tr("想把重复的记录并入已有客户，加 --merge 再导入一次。", "To merge the duplicates into the customers already there, import again with --merge."))
	}
}

func (c *cli) printProblems(title string, ps []exchange.Problem) {
	if len(ps) == 0 {
		return
	}
	c.stdout.styledLine(styleBold, title)
	for i, p := range ps {
		if i == maxListed {
			fmt.Fprintln(c.stdout, "  "+c.trf("……还有 %d 条", "… and %d more", len(ps)-maxListed))
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
