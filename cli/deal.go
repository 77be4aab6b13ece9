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
	cmd := c.recordCommand("deal", "deal REF --amount A [--on DATE] [--product P] [--credit-due DATE] [--json]", model.Text{Zh: "记录一笔成交", En: "record a deal"}, &opts.refArgs, func() error { return c.runDeal(opts) })
	cmd.Flags().StringVar(&opts.Amount, "amount", "", c.tr("金额 `A`：5000、5,000、1.5万、¥500万", "amount `A`: 5000, 5,000, 1.5万, ¥500万"))
	cmd.Flags().StringVar(&opts.On, "on", "", c.tr("成交日期 `DATE`（默认今天）", "the deal's date `DATE` (default today)"))
	cmd.Flags().StringVar(&opts.Product, "product", "", c.tr("产品 `P`", "product `P`"))
	cmd.Flags().StringVar(&opts.CreditDue, "credit-due", "", c.tr("赊销的还款日 `DATE`", "for a credit sale, the payment due `DATE`"))
	return cmd
}

// runDeal runs `guanxi deal` as opts asks.
func (c *cli) runDeal(opts *dealOptions) error {
	if opts.Amount == "" {
		return c.usagef("请用 --amount 给出金额", "give the amount with --amount")
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
		fmt.Fprintln(c.stdout, c.trf("已记录 %s 在 %s 成交 %s；订货总额 %s。", "Recorded a deal with %s on %s for %s; orders now total %s.",
			model.SanitizeLine(cu.Name), d.On, d.Amount, after.OrderTotal))
		return nil
	})
}
