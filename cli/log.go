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

// newLogCmd is `guanxi log REF --channel visit|call|wechat|email|meeting|other [--at WHEN] --note TEXT [--next T] [--next-on DATE]`.
func (c *cli) newLogCmd() *cobra.Command {
	opts := &logOptions{}
	cmd := c.recordCommand("log", "log REF --channel visit|call|wechat|email|meeting|other [--at WHEN] --note TEXT [--next T] [--next-on DATE] [--json]", texts.Log.Short, &opts.refArgs, func() error { return c.runLog(opts) })
	cmd.Flags().StringVar(&opts.Channel, "channel", "", c.t(texts.Log.Channel))
	cmd.Flags().StringVar(&opts.At, "at", "", c.t(texts.Log.WhenYyyyMm))
	cmd.Flags().StringVar(&opts.Note, "note", "", c.t(texts.Log.WhatWasSaid))
	cmd.Flags().StringVar(&opts.Next, "next", "", c.t(texts.Log.NextStep))
	cmd.Flags().StringVar(&opts.NextOn, "next-on", "", c.t(texts.Log.DayNextStep))
	return cmd
}

// runLog runs `guanxi log` as opts asks.
func (c *cli) runLog(opts *logOptions) error {
	if opts.Channel == "" {
		return c.usagef(texts.Log.SayHowChannel)
	}
	code, err := c.parseCode(model.Channels, texts.Args.WhatChannel, "channel", opts.Channel)
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
		return c.usagef(texts.Log.SayWhatWas)
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
		fmt.Fprintln(c.stdout, c.tf(texts.Log.Logged,
			ch, model.SanitizeLine(cu.Name), when.Format("2006-01-02 15:04"))+" "+c.nextDueText(after))
		return nil
	})
}

// nextDueText says when the customer is next due, after a change.
func (c *cli) nextDueText(cu model.Customer) string {
	if cu.NextDueOn.IsZero() {
		return c.t(texts.Log.NothingDueThem)
	}
	return c.tf(texts.Log.NextContact, cu.NextDueOn, wording.DaysFrom(cu.NextDueOn, c.today(), c.lang))
}
