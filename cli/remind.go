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
	return c.tf(texts.Remind.Repeats, r.Text().In(c.lang))
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
	cmd := c.recordCommand("remind", "remind REF --on DATE [--kind visit|call|other] [--note TEXT] [--every 1w|2w|1m|1y] [--json]", texts.Remind.Short, &opts.refArgs, func() error { return c.runRemind(opts) })
	cmd.Flags().StringVar(&opts.On, "on", "", c.t(texts.Remind.On))
	cmd.Flags().StringVar(&opts.Kind, "kind", "", c.t(texts.Remind.WhatVisitCall))
	cmd.Flags().StringVar(&opts.Note, "note", "", c.t(texts.Remind.WhatRemember))
	cmd.Flags().StringVar(&opts.Every, "every", "", c.t(texts.Remind.RepeatWM))
	return cmd
}

// runRemind runs `guanxi remind` as opts asks.
func (c *cli) runRemind(opts *remindOptions) error {
	if opts.On == "" {
		return c.usagef(texts.Remind.GiveDay)
	}
	r := model.Reminder{Kind: model.ReminderOther}
	var err error
	if r.Repeat, err = model.ParseRepeat(opts.Every); err != nil {
		return c.usagef(texts.Remind.Every, opts.Every, err)
	}
	if r.DueOn, err = c.parseDate("on", opts.On); err != nil {
		return err
	}
	if opts.Kind != "" {
		code, err := c.parseCode(model.ReminderKinds, texts.Args.WhatReminder, "kind", opts.Kind)
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
		fmt.Fprintln(c.stdout, c.tf(texts.Remind.ReminderSet,
			model.SanitizeLine(cu.Name), r.DueOn, wording.DaysFrom(r.DueOn, c.today(), c.lang))+c.repeatNote(r.Repeat))
		return nil
	})
}
