package cli

import (
	"context"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// editRemind corrects a reminder (`guanxi remind edit ID`), its fields as every record's edit
// (record_fields.go) and --reopen beside them: --on, --kind, --note, --every ("" for once).
func editRemind(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	change := defineFields(c, fs, []editField[model.Reminder]{
		dateField("on", texts.Remind.Day, func(r *model.Reminder) *model.Date { return &r.DueOn }),
		codeField("kind", texts.Remind.KindVisitCall, model.ReminderKinds, texts.Args.WhatReminder,
			func(r *model.Reminder, code string) { r.Kind = model.ReminderKind(code) }),
		textField("note", texts.Remind.Note, func(r *model.Reminder) *string { return &r.Note }),
		readField("every", texts.Remind.RepeatWW, func(c *cli, v string, r *model.Reminder) (err error) {
			if r.Repeat, err = model.ParseRepeat(v); err != nil {
				return c.usagef(texts.Remind.EveryUnreadable, v)
			}
			return nil
		}),
	})
	reopen := fs.Bool("reopen", false, c.t(texts.Remind.OpenReminderMarked))
	return func(s *store.Store, id int64, set map[string]bool) error {
		write := func(s *store.Store, ctx context.Context, r *model.Reminder) error {
			// --reopen alone changes no field: the reminder is not written back, only opened again.
			if len(set) > 1 || !set["reopen"] {
				if err := s.UpdateReminder(ctx, r); err != nil {
					return err
				}
			}
			if *reopen {
				return s.ReopenReminder(ctx, id)
			}
			return nil
		}
		return editRecord(c, (*store.Store).Reminder, change, write)(s, id, set)
	}
}
