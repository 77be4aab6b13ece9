package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"

	"github.com/spf13/cobra"
)

// The command line of the follow-up work: complaints and their resolution, payments on credit.

// repeatNote says how a reminder repeats, after the sentence that set it; "" for a one-off.
func (c *cli) repeatNote(r model.Repeat) string {
	if r.IsZero() {
		return ""
	}
	return c.trf("重复：%s。", " Repeats %s.", r.Text().In(c.lang))
}

// remindOptions is what `guanxi remind` was asked for.
type remindOptions struct {
	refArgs
	On    string
	Kind  string
	Note  string
	Every string
}

// newRemindCmd is `guanxi remind REF --on DATE [--kind visit|call|other] [--note TEXT] [--every 1w|2w|1m|1y]`.
func (c *cli) newRemindCmd() *cobra.Command {
	opts := &remindOptions{}
	cmd := c.recordCommand("remind", "remind REF --on DATE [--kind visit|call|other] [--note TEXT] [--every 1w|2w|1m|1y] [--json]", model.Text{Zh: "设一个提醒", En: "set a reminder"}, &opts.refArgs, func() error { return c.runRemind(opts) })
	cmd.Flags().StringVar(&opts.On, "on", "", c.tr("哪天提醒 `DATE`：如 明天、下周一、12月10日、2026-12-10", "the day `DATE`: YYYY-MM-DD, tomorrow, +3d"))
	cmd.Flags().StringVar(&opts.Kind, "kind", "", c.tr("提醒类型 `K`：visit call other（默认 other）", "what: `K` is visit, call or other (default other)"))
	cmd.Flags().StringVar(&opts.Note, "note", "", c.tr("提醒内容 `TEXT`", "what to remember `TEXT`"))
	cmd.Flags().StringVar(&opts.Every, "every", "", c.tr("重复 `R`：3d、2w、1m、1y，或 weekly、monthly、yearly（默认只提醒一次）", "repeat `R`: 3d, 2w, 1m, 1y, or weekly, monthly, yearly (default once)"))
	return cmd
}

// runRemind runs `guanxi remind` as opts asks.
func (c *cli) runRemind(opts *remindOptions) error {
	if opts.On == "" {
		return c.usagef("请用 --on 给出提醒日期", "give the day with --on")
	}
	r := model.Reminder{Kind: model.ReminderOther}
	var err error
	if r.Repeat, err = model.ParseRepeat(opts.Every); err != nil {
		return c.usagef("--every：无法识别“%[1]s”，请写成 3d、2w、1m、1y 或 weekly、monthly、yearly", "--every: %[2]v", opts.Every, err)
	}
	if r.DueOn, err = c.parseDate("on", opts.On); err != nil {
		return err
	}
	if opts.Kind != "" {
		code, err := c.parseCode(model.ReminderKinds, "reminder", "kind", opts.Kind)
		if err != nil {
			return err
		}
		r.Kind = model.ReminderKind(code)
	}
	if r.Note, err = c.textArg(opts.Note); err != nil {
		return err
	}
	return c.onCustomer(opts.Ref, func(s *store.Store, cu model.Customer) error {
		r.CustomerID = cu.ID
		if err := s.AddReminder(c.ctx, &r); err != nil {
			return err
		}
		if opts.JSON {
			return c.writeJSON(toRemindedJSON(cu, r, c.today()))
		}
		fmt.Fprintln(c.stdout, c.trf("已设提醒：%s，%s（%s）。", "Reminder set for %s on %s (%s).",
			model.SanitizeLine(cu.Name), r.DueOn, wording.DaysFrom(r.DueOn, c.today(), c.lang))+c.repeatNote(r.Repeat))
		return nil
	})
}
