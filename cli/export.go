package cli

import (
	"errors"
	"fmt"
	"guanxi/exchange"
	"guanxi/model"

	"github.com/spf13/pflag"
)

func defineExport(c *cli, fs *pflag.FlagSet) func([]string) error {
	format := fs.String("format", "", c.tr("格式 `F`：csv、vcf、ics 或 json（给了 --out 时可按扩展名判断）", "format `F`: csv, vcf, ics or json (with --out, taken from its name when left out)"))
	out := fs.String("out", "", c.tr("写到文件 `FILE`（默认输出到标准输出）", "write to `FILE` (default: standard output)"))
	segment := fs.String("segment", "", c.tr("只导出已保存的列表 `NAME`（guanxi segment list 查看）", "only the saved list `NAME` (see guanxi segment list)"))
	version := fs.String("vcard", "3.0", c.tr("vCard 版本 `V`：3.0（手机都能读）或 4.0", "vCard version `V`: 3.0 (every phone reads it) or 4.0"))
	days := fs.Int("days", 60, c.tr("ics：导出今后 `N` 天的跟进计划", "ics: the follow-up plan of the next `N` days"))
	force := fs.Bool("force", false, c.tr("目标文件已存在时覆盖它", "replace FILE when it exists"))
	return func([]string) error {
		f := exchange.Format("")
		switch {
		case *format != "":
			var err error
			if f, err = exchange.ParseFormat(*format); err != nil {
				return c.usagef("--format 可选 csv、vcf、ics、json", "--format takes csv, vcf, ics or json")
			}
		case *out != "":
			var ok bool
			if f, ok = exchange.FormatOf(*out); !ok {
				return c.usagef("从 %s 看不出格式：请加 --format csv|vcf|ics|json", "cannot tell the format from %s: add --format csv|vcf|ics|json", model.SanitizeLine(*out))
			}
		default:
			return c.usagef("请用 --format 给出格式：csv、vcf、ics 或 json", "give the format with --format: csv, vcf, ics or json")
		}
		if *version != "3.0" && *version != "4.0" {
			return c.usagef("--vcard 可选 3.0 或 4.0", "--vcard takes 3.0 or 4.0")
		}
		if *days < 1 || *days > 3660 {
			return c.usagef("--days 应在 1 到 3660 之间", "--days takes 1 to 3660")
		}
		s, err := c.open()
		if err != nil {
			return err
		}
		defer s.Close()
		o := exchange.ExportOptions{Format: f, Lang: c.lang, VCardVersion: *version, Days: *days, Now: c.now}
		if *segment != "" {
			members, err := s.SegmentCustomers(c.ctx, *segment)
			if errors.Is(err, model.ErrNotFound) {
				return c.errorf("没有叫“%s”的已保存列表（guanxi segment list 查看）", "no saved list is called %q (see guanxi segment list)", model.SanitizeLine(*segment))
			}
			if err != nil {
				return err
			}
			o.Scope.Only = map[int64]bool{}
			for _, m := range members {
				o.Scope.Only[m.ID] = true
			}
		}
		if *out == "" {
			if c.stdoutIsTerminal() {
				return c.rawToTerminal()
			}
			_, err := exchange.Export(c.ctx, s, c.stdout, o)
			return err
		}
		n, err := exchange.ExportFile(c.ctx, s, *out, o, *force)
		if errors.Is(err, exchange.ErrExists) {
			return c.errorf("%s 已存在：换个文件名，或加 --force 覆盖", "%s already exists: choose another name or pass --force", model.SanitizeLine(*out))
		}
		if err != nil {
			return c.errorf("导出到 %s 失败：%v", "exporting to %s failed: %v", model.SanitizeLine(*out), err)
		}
		what := c.tr("位客户", "customers")
		if f == exchange.ICal {
			what = c.tr("项日程", "calendar events")
		}
		fmt.Fprintln(c.stdout, c.trf("已把 %d %s导出到 %s。", "Exported %d %s to %s.", n, what, model.SanitizeLine(*out)))
		return nil
	}
}
