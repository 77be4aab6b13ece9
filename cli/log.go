package cli

import (
	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"
	"strings"

	"github.com/spf13/cobra"
)

// newLogCmd is `guanxi log REF --channel visit|call|wechat|email|meeting|other [--at WHEN] --note TEXT [--next T] [--next-on DATE]`.
func (c *cli) newLogCmd() *cobra.Command {
	var nextOn string // the day of the next step: a reminder of it
	cmd := addCommand(c, "log", "log REF --channel visit|call|wechat|email|meeting|other [--at WHEN] --note TEXT [--next T] [--next-on DATE] [--json]", texts.Log.Short,
		func(opts refArgs, read readAdded[model.Interaction]) error { return c.runLog(opts, read, nextOn) },
		codeField("channel", texts.Log.Channel, model.Channels, texts.Args.WhatChannel,
			func(i *model.Interaction, code string) { i.Channel = model.Channel(code) }),
		readField("at", texts.Log.WhenYyyyMm, func(c *cli, v string, i *model.Interaction) (err error) { i.At, err = c.parseWhen(v); return err }),
		filledTextField("note", texts.Log.WhatWasSaid, texts.Log.SayWhatWas, func(i *model.Interaction) *string { return &i.Summary }),
		textField("next", texts.Log.NextStep, func(i *model.Interaction) *string { return &i.NextStep }))
	cmd.Flags().StringVar(&nextOn, "next-on", "", c.t(texts.Log.DayNextStep))
	return cmd
}

// runLog runs `guanxi log`: a contact of now unless --at says otherwise, and with --next-on a
// reminder of its next step.
func (c *cli) runLog(opts refArgs, read readAdded[model.Interaction], nextOn string) error {
	it := model.Interaction{At: c.now()}
	if err := read(&it, requiredFlag{"channel", texts.Log.SayHowChannel}); err != nil {
		return err
	}
	return c.addFor(opts, func(s *store.Store, cu model.Customer) (any, string, error) {
		it.CustomerID = cu.ID
		var next *model.Reminder
		if nextOn != "" {
			on, err := c.parseDate("next-on", nextOn)
			if err != nil {
				return nil, "", err
			}
			r, err := model.NextStepReminder(it, on)
			if err != nil {
				return nil, "", err
			}
			next = &r
		}
		if err := s.LogInteractionWithNext(c.ctx, &it, 0, next); err != nil {
			return nil, "", err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return nil, "", err
		}
		ch := model.NameOf(model.Channels, string(it.Channel), c.lang)
		if c.lang != model.Zh {
			ch = strings.ToLower(ch)
		}
		return toLoggedJSON(after, it), c.tf(texts.Log.Logged,
			ch, model.SanitizeLine(cu.Name), it.At.Format("2006-01-02 15:04")) + " " + c.nextDueText(after), nil
	})
}

// nextDueText says when the customer is next due, after a change.
func (c *cli) nextDueText(cu model.Customer) string {
	if cu.NextDueOn.IsZero() {
		return c.t(texts.Log.NothingDueThem)
	}
	return c.tf(texts.Log.NextContact, cu.NextDueOn, wording.DaysFrom(cu.NextDueOn, c.today(), c.lang))
}
