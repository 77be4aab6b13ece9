package cli

import (
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

// newRemindCmd is `guanxi remind REF --on DATE [--kind visit|call|other] [--note TEXT] [--every 1w|2w|1m|1y]`.
// How it repeats is read before the day, so a wrong --every is said first.
func (c *cli) newRemindCmd() *cobra.Command {
	return addCommand(c, "remind", "remind REF --on DATE [--kind visit|call|other] [--note TEXT] [--every 1w|2w|1m|1y] [--json]", texts.Remind.Short, c.runRemind,
		readField("every", texts.Remind.RepeatWM, func(c *cli, v string, r *model.Reminder) (err error) {
			if r.Repeat, err = model.ParseRepeat(v); err != nil {
				return c.usagef(texts.Remind.Every, v, err)
			}
			return nil
		}),
		dateField("on", texts.Remind.On, func(r *model.Reminder) *model.Date { return &r.DueOn }),
		codeField("kind", texts.Remind.WhatVisitCall, model.ReminderKinds, texts.Args.WhatReminder,
			func(r *model.Reminder, code string) { r.Kind = model.ReminderKind(code) }),
		readField("note", texts.Remind.WhatRemember, func(c *cli, v string, r *model.Reminder) (err error) { r.Note, err = c.textArg(v); return err }))
}

// runRemind runs `guanxi remind`: a reminder of the other kind unless --kind says otherwise.
func (c *cli) runRemind(opts refArgs, read readAdded[model.Reminder]) error {
	r := model.Reminder{Kind: model.ReminderOther}
	if err := read(&r, requiredFlag{"on", texts.Remind.GiveDay}); err != nil {
		return err
	}
	return c.addFor(opts, func(s *store.Store, cu model.Customer) (any, string, error) {
		r.CustomerID = cu.ID
		if err := s.AddReminder(c.ctx, &r); err != nil {
			return nil, "", err
		}
		return toRemindedJSON(cu, r, c.today()), c.tf(texts.Remind.ReminderSet,
			model.SanitizeLine(cu.Name), r.DueOn, wording.DaysFrom(r.DueOn, c.today(), c.lang)) + c.repeatNote(r.Repeat), nil
	})
}
