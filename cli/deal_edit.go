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
	return editRecord(c, (*store.Store).Deal, func(e *edit, d *model.Deal) {
		e.amount("amount", amount, &d.Amount)
		e.date("on", on, &d.On)
		e.text("product", product, &d.Product)
		e.optionalDate("credit-due", creditDue, &d.CreditDueOn)
	}, (*store.Store).UpdateDeal)
}
