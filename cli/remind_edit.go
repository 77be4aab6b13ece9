package cli

import (
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// The flags of `guanxi remind edit ID` and how they change the record.

// editRemind corrects a reminder: --on, --kind, --note, --every ("" for once).
func editRemind(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	on := fs.String("on", "", c.tr("日期 `DATE`", "the day `DATE`"))
	kind := fs.String("kind", "", c.tr("类型 `K`：visit call other", "kind `K`: visit call other"))
	note := fs.String("note", "", c.tr("内容 `TEXT`", "note `TEXT`"))
	every := fs.String("every", "", c.tr("重复 `R`：1w、2w、1m、1y（空字符串为一次）", "repeat `R`: 1w, 2w, 1m, 1y (an empty string: once)"))
	reopen := fs.Bool("reopen", false, c.tr("重新打开一条已完成的提醒", "open a reminder marked done again"))
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
				return c.usagef("--every 看不懂：%s", "--every: %s", *every)
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
