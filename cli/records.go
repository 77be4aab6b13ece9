package cli

import (
	"fmt"
	"strconv"
	"strings"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Correcting the record from the command line: each kind of record (deal, log, remind, pay,
// complain, contact) has edit ID, delete ID and restore ID under its noun. edit changes only the
// flags given; delete moves the record to the trash and says how to restore it. The ids are those
// of `guanxi show` and `show --json`.

// withRecordVerbs adds edit, delete and restore to a noun's command.
func (c *cli) withRecordVerbs(cmd *cobra.Command, noun string, kind model.RecordKind, edit func(c *cli, fs *pflag.FlagSet) func(s *store.Store, id int64, set map[string]bool) error) *cobra.Command {
	name := kind.Name()
	cmd.AddCommand(c.fromSpec(&command{"edit", "ID", "[flags of " + noun + "]", model.Text{Zh: "更正一条" + name.Zh, En: "correct a " + name.En}, func(c *cli, fs *pflag.FlagSet) func([]string) error {
		run := edit(c, fs)
		return func(pos []string) error {
			id, err := c.recordID(pos[0])
			if err != nil {
				return err
			}
			set := setFlags(fs)
			delete(set, "db")
			delete(set, "lang")
			if len(set) == 0 {
				return c.usagef("没有要修改的内容：请给出要改的参数（guanxi %s edit --help）", "nothing to change: give the flags to change (see guanxi %s edit --help)", noun)
			}
			s, err := c.openToWrite()
			if err != nil {
				return err
			}
			defer s.Close()
			if err := run(s, id, set); err != nil {
				return err
			}
			fmt.Fprintln(c.stdout, c.trf("已更正%s %d。", "Corrected %s %d.", name.In(c.lang), id))
			return nil
		}
	}}))
	cmd.AddCommand(c.fromSpec(&command{"delete", "ID", "", model.Text{Zh: "把一条" + name.Zh + "移到回收站（可恢复）", En: "move a " + name.En + " to the trash (it can be restored)"}, func(c *cli, fs *pflag.FlagSet) func([]string) error {
		return func(pos []string) error {
			id, err := c.recordID(pos[0])
			if err != nil {
				return err
			}
			s, err := c.openToWrite()
			if err != nil {
				return err
			}
			defer s.Close()
			if err := deleteRecord(c, s, kind, id); err != nil {
				return err
			}
			fmt.Fprintln(c.stdout, c.trf("已把%s %d 移到回收站；恢复：guanxi %s restore %d", "Moved %s %d to the trash; to restore it: guanxi %s restore %d",
				name.In(c.lang), id, noun, id))
			return nil
		}
	}}))
	cmd.AddCommand(c.fromSpec(&command{"restore", "ID", "", model.Text{Zh: "从回收站恢复一条" + name.Zh, En: "bring a " + name.En + " back from the trash"}, func(c *cli, fs *pflag.FlagSet) func([]string) error {
		return func(pos []string) error {
			id, err := c.recordID(pos[0])
			if err != nil {
				return err
			}
			s, err := c.openToWrite()
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.RestoreRecord(c.ctx, kind, id); err != nil {
				return err
			}
			fmt.Fprintln(c.stdout, c.trf("已恢复%s %d。", "Restored %s %d.", name.In(c.lang), id))
			return nil
		}
	}}))
	return cmd
}

// recordID reads a record's id.
func (c *cli) recordID(s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id <= 0 {
		return 0, c.usagef("“%s”不是编号：请给出 guanxi show 列出的编号", "%q is not an id: give an id that guanxi show lists", s)
	}
	return id, nil
}

// deleteRecord moves a record of a kind to the trash.
func deleteRecord(c *cli, s *store.Store, kind model.RecordKind, id int64) error {
	switch kind {
	case model.RecordDeal:
		return s.DeleteDeal(c.ctx, id)
	case model.RecordLog:
		return s.DeleteInteraction(c.ctx, id)
	case model.RecordContact:
		return s.DeleteContact(c.ctx, id)
	case model.RecordPayment:
		return s.DeletePayment(c.ctx, id)
	case model.RecordComplaint:
		return s.DeleteComplaint(c.ctx, id)
	case model.RecordReminder:
		return s.DeleteReminder(c.ctx, id)
	}
	return fmt.Errorf("unknown kind of record %q", kind)
}

// editDeal corrects a deal: --amount, --on, --product, --credit-due ("" removes it).
func editDeal(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	amount := fs.String("amount", "", c.tr("金额 `A`", "amount `A`"))
	on := fs.String("on", "", c.tr("成交日期 `DATE`", "the deal's date `DATE`"))
	product := fs.String("product", "", c.tr("产品 `P`", "product `P`"))
	creditDue := fs.String("credit-due", "", c.tr("还款日 `DATE`（空字符串表示不是赊销）", "payment due `DATE` (an empty string: not on credit)"))
	return func(s *store.Store, id int64, set map[string]bool) error {
		d, err := s.Deal(c.ctx, id)
		if err != nil {
			return err
		}
		if set["amount"] {
			if d.Amount, err = c.parseAmount("amount", *amount); err != nil {
				return err
			}
		}
		if set["on"] {
			if d.On, err = c.parseDate("on", *on); err != nil {
				return err
			}
		}
		if set["product"] {
			d.Product = *product
		}
		if set["credit-due"] {
			d.CreditDueOn = model.Date{}
			if *creditDue != "" {
				if d.CreditDueOn, err = c.parseDate("credit-due", *creditDue); err != nil {
					return err
				}
			}
		}
		return s.UpdateDeal(c.ctx, &d)
	}
}

// editLog corrects a logged contact: --channel, --at, --note, --next.
func editLog(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	channel := fs.String("channel", "", c.tr("联系方式 `C`", "how `C`"))
	at := fs.String("at", "", c.tr("时间 `WHEN`", "when `WHEN`"))
	note := fs.String("note", "", c.tr("谈了什么 `TEXT`（- 表示从标准输入读取）", "what was said `TEXT` (- reads standard input)"))
	next := fs.String("next", "", c.tr("下一步 `TEXT`", "the next step `TEXT`"))
	return func(s *store.Store, id int64, set map[string]bool) error {
		i, err := s.Interaction(c.ctx, id)
		if err != nil {
			return err
		}
		if set["channel"] {
			code, err := c.parseCode(model.Channels, "channel", "channel", *channel)
			if err != nil {
				return err
			}
			i.Channel = model.Channel(code)
		}
		if set["at"] {
			if i.At, err = c.parseWhen(*at); err != nil {
				return err
			}
		}
		if set["note"] {
			if i.Summary, err = c.textArg(*note); err != nil {
				return err
			}
		}
		if set["next"] {
			i.NextStep = *next
		}
		return s.UpdateInteraction(c.ctx, &i)
	}
}

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

// editPay corrects a payment: --amount, --on, --note.
func editPay(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	amount := fs.String("amount", "", c.tr("金额 `A`", "amount `A`"))
	on := fs.String("on", "", c.tr("收款日期 `DATE`", "the day it was received `DATE`"))
	note := fs.String("note", "", c.tr("备注 `T`", "note `T`"))
	return func(s *store.Store, id int64, set map[string]bool) error {
		p, err := s.Payment(c.ctx, id)
		if err != nil {
			return err
		}
		if set["amount"] {
			if p.Amount, err = c.parseAmount("amount", *amount); err != nil {
				return err
			}
		}
		if set["on"] {
			if p.On, err = c.parseDate("on", *on); err != nil {
				return err
			}
		}
		if set["note"] {
			p.Note = *note
		}
		return s.UpdatePayment(c.ctx, &p)
	}
}

// editComplain corrects a complaint: --what, --severity, --reply-by, --handler, --malicious, --on.
func editComplain(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	what := fs.String("what", "", c.tr("投诉内容 `T`", "what it is about `T`"))
	severity := fs.Int("severity", 0, c.tr("严重程度 `N`：1-3", "severity `N`: 1-3"))
	replyBy := fs.String("reply-by", "", c.tr("答复期限 `DATE`", "reply by `DATE`"))
	handler := fs.String("handler", "", c.tr("经办人 `H`", "handled by `H`"))
	malicious := fs.Bool("malicious", false, c.tr("疑似恶意（--malicious=false 改回善意）", "likely in bad faith (--malicious=false: in good faith)"))
	on := fs.String("on", "", c.tr("投诉日期 `DATE`", "the day of the complaint `DATE`"))
	return func(s *store.Store, id int64, set map[string]bool) error {
		p, err := s.Complaint(c.ctx, id)
		if err != nil {
			return err
		}
		if set["what"] {
			p.What = *what
		}
		if set["severity"] {
			p.Severity = *severity
		}
		if set["reply-by"] {
			if p.ReplyBy, err = c.parseDate("reply-by", *replyBy); err != nil {
				return err
			}
		}
		if set["handler"] {
			p.Handler = *handler
		}
		if set["malicious"] {
			p.GoodFaith = !*malicious
		}
		if set["on"] {
			if p.On, err = c.parseDate("on", *on); err != nil {
				return err
			}
		}
		return s.UpdateComplaint(c.ctx, &p)
	}
}
