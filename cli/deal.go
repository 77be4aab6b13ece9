package cli

import (
	"fmt"
	"guanxi/model"

	"github.com/spf13/pflag"
)

func defineDeal(c *cli, fs *pflag.FlagSet) func([]string) error {
	amount := fs.String("amount", "", c.tr("金额 `A`：5000、5,000、1.5万、¥500万", "amount `A`: 5000, 5,000, 1.5万, ¥500万"))
	on := fs.String("on", "", c.tr("成交日期 `DATE`（默认今天）", "the deal's date `DATE` (default today)"))
	product := fs.String("product", "", c.tr("产品 `P`", "product `P`"))
	creditDue := fs.String("credit-due", "", c.tr("赊销的还款日 `DATE`", "for a credit sale, the payment due `DATE`"))
	return func(pos []string) error {
		if *amount == "" {
			return c.usagef("请用 --amount 给出金额", "give the amount with --amount")
		}
		d := model.Deal{Product: *product}
		var err error
		if d.Amount, err = c.parseAmount("amount", *amount); err != nil {
			return err
		}
		if *on != "" {
			if d.On, err = c.parseDate("on", *on); err != nil {
				return err
			}
		} else {
			d.On = c.today()
		}
		if *creditDue != "" {
			if d.CreditDueOn, err = c.parseDate("credit-due", *creditDue); err != nil {
				return err
			}
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		d.CustomerID = cu.ID
		if err := s.AddDeal(c.ctx, &d); err != nil {
			return err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已记录 %s 在 %s 成交 %s；订货总额 %s。", "Recorded a deal with %s on %s for %s; orders now total %s.",
			model.SanitizeLine(cu.Name), d.On, d.Amount, after.OrderTotal))
		return nil
	}
}
