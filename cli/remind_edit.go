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
		if set["on"] {
			if r.DueOn, err = c.parseDate("on", *on); err != nil {
				return err
			}
		}
		if set["kind"] {
			code, err := c.parseCode(model.ReminderKinds, "reminder kind", "kind", *kind)
			if err != nil {
				return err
			}
			r.Kind = model.ReminderKind(code)
		}
		if set["note"] {
			r.Note = *note
		}
		if set["every"] {
			if r.Repeat, err = model.ParseRepeat(*every); err != nil {
				return c.usagef(texts.Remind.Every2, *every)
			}
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
