package cli

import (
	"guanxi/model"
	"guanxi/store"
	"strings"

	"github.com/spf13/cobra"
)

// newPayCmd is `guanxi pay REF --amount A [--deal ID] [--on DATE] [--note T]`.
func (c *cli) newPayCmd() *cobra.Command {
	return addCommand(c, "pay", "pay REF --amount A [--deal ID] [--on DATE] [--note T] [--json]", texts.Pay.Short, c.runPay,
		amountField("amount", texts.Pay.AmountReceived, func(p *model.Payment) *model.Money { return &p.Amount }),
		idField("deal", texts.Pay.PayThisDeal, func(p *model.Payment, id int64) { p.DealID = id }),
		dateField("on", texts.Pay.DayCameDefault, func(p *model.Payment) *model.Date { return &p.On }),
		textField("note", texts.Pay.NoteSuchAs, func(p *model.Payment) *string { return &p.Note }))
}

// runPay runs `guanxi pay`: money received today unless --on says otherwise, paying the deal
// --deal names or else the customer's oldest debts.
func (c *cli) runPay(opts refArgs, read readAdded[model.Payment]) error {
	p := model.Payment{On: c.today()}
	if err := read(&p, requiredFlag{"amount", texts.Pay.GiveAmountReceived}); err != nil {
		return err
	}
	return c.addFor(opts, func(s *store.Store, cu model.Customer) (any, string, error) {
		paid, err := s.RecordPayment(c.ctx, cu.ID, p.Amount, p.DealID, p.On, p.Note)
		if err != nil {
			return nil, "", err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return nil, "", err
		}
		var parts []string
		for _, d := range paid {
			parts = append(parts, c.tf(texts.Pay.Deal, d.DealID, d.Amount))
		}
		return toPaidJSON(after, p.Amount, paid), c.tf(texts.Pay.RecordedPayingStill,
			model.SanitizeLine(cu.Name), p.Amount, strings.Join(parts, c.t(texts.Shared.Semicolon)), after.Owed), nil
	})
}
