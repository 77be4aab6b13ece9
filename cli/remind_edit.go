package cli

import (
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// The flags of `guanxi remind edit ID` and how they change the record.

// editRemind corrects a reminder: --on, --kind, --note, --every ("" for once).
func editRemind(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	on := fs.String("on", "", c.t(texts.Remind.Day))
	kind := fs.String("kind", "", c.t(texts.Remind.KindVisitCall))
	note := fs.String("note", "", c.t(texts.Remind.Note))
	every := fs.String("every", "", c.t(texts.Remind.RepeatWW))
	reopen := fs.Bool("reopen", false, c.t(texts.Remind.OpenReminderMarked))
	return func(s *store.Store, id int64, set map[string]bool) error {
		r, err := s.Reminder(c.ctx, id)
		if err != nil {
			return err
		}
		e := &edit{c: c, set: set}
		e.date("on", on, &r.DueOn)
		e.code(model.ReminderKinds, texts.Args.WhatReminder, "kind", kind, func(code string) { r.Kind = model.ReminderKind(code) })
		e.text("note", note, &r.Note)
		e.apply("every", func() (err error) {
			if r.Repeat, err = model.ParseRepeat(*every); err != nil {
				return c.usagef(texts.Remind.EveryUnreadable, *every)
			}
			return nil
		})
		if e.err != nil {
			return e.err
		}
		if len(set) > 1 || !set["reopen"] {
			if err := s.UpdateReminder(c.ctx, &r); err != nil {
				return err
			}
		}
		if *reopen {
			return s.ReopenReminder(c.ctx, id)
		}
		return nil
	}
}
