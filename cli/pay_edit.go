package cli

import (
	"guanxi/store"

	"github.com/spf13/pflag"
)

// The flags of `guanxi pay edit ID` and how they change the record.

// editPay corrects a payment: --amount, --on, --note.
func editPay(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	amount := fs.String("amount", "", c.t(texts.Shared.Amount))
	on := fs.String("on", "", c.t(texts.Pay.DayWasReceived))
	note := fs.String("note", "", c.t(texts.Pay.Note))
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
