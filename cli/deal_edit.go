package cli

import (
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// The flags of `guanxi deal edit ID` and how they change the record.

// editDeal corrects a deal: --amount, --on, --product, --credit-due ("" removes it).
func editDeal(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	amount := fs.String("amount", "", c.t(texts.Shared.Amount))
	on := fs.String("on", "", c.t(texts.Deal.DealDate))
	product := fs.String("product", "", c.t(texts.Deal.Product))
	creditDue := fs.String("credit-due", "", c.t(texts.Deal.PaymentDueEmpty))
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
