package cli

import (
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// newDealCmd is `guanxi deal REF --amount A [--on DATE] [--product P] [--credit-due DATE]`.
func (c *cli) newDealCmd() *cobra.Command {
	return addCommand(c, "deal", "deal REF --amount A [--on DATE] [--product P] [--credit-due DATE] [--json]", texts.Deal.Short, c.runDeal,
		amountField("amount", texts.Deal.Amount, func(d *model.Deal) *model.Money { return &d.Amount }),
		dateField("on", texts.Deal.DealDateDefault, func(d *model.Deal) *model.Date { return &d.On }),
		textField("product", texts.Deal.Product, func(d *model.Deal) *string { return &d.Product }),
		dateField("credit-due", texts.Deal.CreditSalePayment, func(d *model.Deal) *model.Date { return &d.CreditDueOn }))
}

// runDeal runs `guanxi deal`: a deal of today unless --on says otherwise.
func (c *cli) runDeal(opts refArgs, read readAdded[model.Deal]) error {
	d := model.Deal{On: c.today()}
	if err := read(&d, requiredFlag{"amount", texts.Deal.GiveAmountAmount}); err != nil {
		return err
	}
	return c.addFor(opts, func(s *store.Store, cu model.Customer) (any, string, error) {
		d.CustomerID = cu.ID
		if err := s.AddDeal(c.ctx, &d); err != nil {
			return nil, "", err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return nil, "", err
		}
		return toDealtJSON(after, d), c.tf(texts.Deal.RecordedDealOrders,
			model.SanitizeLine(cu.Name), d.On, d.Amount, after.OrderTotal), nil
	})
}
