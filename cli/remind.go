package cli

import (
	"fmt"
	"guanxi/model"

	"github.com/spf13/pflag"
)

// The command line of the follow-up work: complaints and their resolution, payments on credit.

// repeatNote says how a reminder repeats, after the sentence that set it; "" for a one-off.
func (c *cli) repeatNote(r model.Repeat) string {
	if r.IsZero() {
		return ""
	}
	return c.trf("重复：%s。", " Repeats %s.", r.Text().In(c.lang))
}

func defineRemind(c *cli, fs *pflag.FlagSet) func([]string) error {
	on := fs.String("on", "", c.tr("哪天提醒 `DATE`：YYYY-MM-DD、tomorrow、+3d", "the day `DATE`: YYYY-MM-DD, tomorrow, +3d"))
	kind := fs.String("kind", "", c.tr("提醒类型 `K`：visit call other（默认 other）", "what: `K` is visit, call or other (default other)"))
	note := fs.String("note", "", c.tr("提醒内容 `TEXT`", "what to remember `TEXT`"))
	every := fs.String("every", "", c.tr("重复 `R`：3d、2w、1m、1y，或 weekly、monthly、yearly（默认只提醒一次）", "repeat `R`: 3d, 2w, 1m, 1y, or weekly, monthly, yearly (default once)"))
	return func(pos []string) error {
		if *on == "" {
			return c.usagef("请用 --on 给出提醒日期", "give the day with --on")
		}
		r := model.Reminder{Kind: model.ReminderOther}
		var err error
		if r.Repeat, err = model.ParseRepeat(*every); err != nil {
			return c.usagef("--every：无法识别“%[1]s”，请写成 3d、2w、1m、1y 或 weekly、monthly、yearly", "--every: %[2]v", *every, err)
		}
		if r.DueOn, err = c.parseDate("on", *on); err != nil {
			return err
		}
		if *kind != "" {
			code, err := c.parseCode(model.ReminderKinds, "reminder", "kind", *kind)
			if err != nil {
				return err
			}
			r.Kind = model.ReminderKind(code)
		}
		if r.Note, err = c.textArg(*note); err != nil {
			return err
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		r.CustomerID = cu.ID
		if err := s.AddReminder(c.ctx, &r); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已设提醒：%s，%s（%s）。", "Reminder set for %s on %s (%s).",
			model.SanitizeLine(cu.Name), r.DueOn, c.dayCount(r.DueOn, c.today()))+c.repeatNote(r.Repeat))
		return nil
	}
}
