package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"
	"strings"

	"github.com/spf13/cobra"
)

// logOptions is what `guanxi log` was asked for.
type logOptions struct {
	refArgs
	Channel string
	At      string
	Note    string
	Next    string
	NextOn  string // the day of the next step: a reminder of it
}

// newLogCmd is `guanxi log REF --channel visit|call|wechat|email|meeting|other [--at WHEN] --note TEXT`.
func (c *cli) newLogCmd() *cobra.Command {
	opts := &logOptions{}
	cmd := c.recordCommand("log", "log REF --channel visit|call|wechat|email|meeting|other [--at WHEN] --note TEXT [--json]", model.Text{Zh: "记录一次联系；下次拜访日期随之顺延", En: "log a contact; the next visit moves on from it"}, &opts.refArgs, func() error { return c.runLog(opts) })
	cmd.Flags().StringVar(&opts.Channel, "channel", "", c.tr("联系方式 `C`：visit call wechat email meeting other，或中文名", "how: `C` is visit, call, wechat, email, meeting or other (or the Chinese name)"))
	cmd.Flags().StringVar(&opts.At, "at", "", c.tr("时间 `WHEN`：YYYY-MM-DD HH:MM、HH:MM、YYYY-MM-DD 或 today（默认现在）", "when: `WHEN` is YYYY-MM-DD HH:MM, HH:MM, YYYY-MM-DD or today (default now)"))
	cmd.Flags().StringVar(&opts.Note, "note", "", c.tr("谈了什么 `TEXT`（- 表示从标准输入读取）", "what was said: `TEXT` (- reads standard input)"))
	cmd.Flags().StringVar(&opts.Next, "next", "", c.tr("下一步 `TEXT`", "the next step `TEXT`"))
	cmd.Flags().StringVar(&opts.NextOn, "next-on", "", c.tr("下一步的日期 `DATE`：到时提醒", "the day of the next step `DATE`: a reminder of it"))
	return cmd
}

// runLog runs `guanxi log` as opts asks.
func (c *cli) runLog(opts *logOptions) error {
	if opts.Channel == "" {
		return c.usagef("请用 --channel 说明联系方式：visit call wechat email meeting other", "say how with --channel: visit, call, wechat, email, meeting or other")
	}
	code, err := c.parseCode(model.Channels, "channel", "channel", opts.Channel)
	if err != nil {
		return err
	}
	when, err := c.parseWhen(opts.At)
	if err != nil {
		return err
	}
	summary, err := c.textArg(opts.Note)
	if err != nil {
		return err
	}
	if strings.TrimSpace(summary) == "" {
		return c.usagef("请用 --note 写下谈了什么", "say what was discussed with --note")
	}
	return c.onCustomer(opts.Ref, func(s *store.Store, cu model.Customer) error {
		it := model.Interaction{CustomerID: cu.ID, At: when, Channel: model.Channel(code), Summary: summary, NextStep: opts.Next}
		var next *model.Reminder
		if opts.NextOn != "" {
			on, err := c.parseDate("next-on", opts.NextOn)
			if err != nil {
				return err
			}
			r, err := model.NextStepReminder(it, on)
			if err != nil {
				return err
			}
			next = &r
		}
		if err := s.LogInteractionWithNext(c.ctx, &it, 0, next); err != nil {
			return err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return err
		}
		if opts.JSON {
			return c.writeJSON(toLoggedJSON(after, it))
		}
		ch := model.NameOf(model.Channels, code, c.lang)
		if c.lang != model.Zh {
			ch = strings.ToLower(ch)
		}
		fmt.Fprintln(c.stdout, c.trf("已记录与 %[2]s 的%[1]s（%[3]s）。", "Logged: %[1]s with %[2]s (%[3]s).",
			ch, model.SanitizeLine(cu.Name), when.Format("2006-01-02 15:04"))+" "+c.nextDueText(after))
		return nil
	})
}

// nextDueText says when the customer is next due, after a change.
func (c *cli) nextDueText(cu model.Customer) string {
	if cu.NextDueOn.IsZero() {
		return c.tr("目前没有待办的跟进。", "Nothing is due for them now.")
	}
	return c.trf("下次联系：%s（%s）。", "Next contact: %s (%s).", cu.NextDueOn, wording.DaysFrom(cu.NextDueOn, c.today(), c.lang))
}
