package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// dealOptions is what `guanxi deal` was asked for.
type dealOptions struct {
	refArgs
	Amount    string
	On        string
	Product   string
	CreditDue string
}

// newDealCmd is `guanxi deal REF --amount A [--on DATE] [--product P] [--credit-due DATE]`.
func (c *cli) newDealCmd() *cobra.Command {
	opts := &dealOptions{}
	cmd := c.recordCommand("deal", "deal REF --amount A [--on DATE] [--product P] [--credit-due DATE] [--json]", texts.Deal.Short, &opts.refArgs, func() error { return c.runDeal(opts) })
	cmd.Flags().StringVar(&opts.Amount, "amount", "", c.t(texts.Deal.Amount))
	cmd.Flags().StringVar(&opts.On, "on", "", c.t(texts.Deal.DealDateDefault))
	cmd.Flags().StringVar(&opts.Product, "product", "", c.t(texts.Deal.Product))
	cmd.Flags().StringVar(&opts.CreditDue, "credit-due", "", c.t(texts.Deal.CreditSalePayment))
	return cmd
}

// runDeal runs `guanxi deal` as opts asks.
func (c *cli) runDeal(opts *dealOptions) error {
	if opts.Amount == "" {
		return c.usagef(texts.Deal.GiveAmountAmount)
	}
	d := model.Deal{Product: opts.Product}
	var err error
	if d.Amount, err = c.parseAmount("amount", opts.Amount); err != nil {
		return err
	}
	if opts.On != "" {
		if d.On, err = c.parseDate("on", opts.On); err != nil {
			return err
		}
	} else {
		d.On = c.today()
	}
	if opts.CreditDue != "" {
		if d.CreditDueOn, err = c.parseDate("credit-due", opts.CreditDue); err != nil {
			return err
		}
	}
	return c.onCustomer(opts.Ref, func(s *store.Store, cu model.Customer) error {
		d.CustomerID = cu.ID
		if err := s.AddDeal(c.ctx, &d); err != nil {
			return err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return err
		}
		if opts.JSON {
			return c.writeJSON(toDealtJSON(after, d))
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Deal.RecordedDealOrders,
			model.SanitizeLine(cu.Name), d.On, d.Amount, after.OrderTotal))
		return nil
	})
}
