package cli

import (
	"fmt"
	"guanxi/model"
	"strings"

	"github.com/spf13/pflag"
)

func definePay(c *cli, fs *pflag.FlagSet) func([]string) error {
	amount := fs.String("amount", "", c.tr("收到的金额 `A`：5000、5,000、1.5万", "the amount `A` received: 5000, 5,000, 1.5万"))
	deal := fs.Int64("deal", 0, c.tr("冲抵这笔成交 `ID`（默认按到期先后冲抵）", "pay this deal `ID` (default: the ones due first)"))
	on := fs.String("on", "", c.tr("收款日期 `DATE`（默认今天）", "the day `DATE` it came in (default today)"))
	note := fs.String("note", "", c.tr("备注 `TEXT`，如转账单号", "a note `TEXT`, such as the transfer's reference"))
	return func(pos []string) error {
		if *amount == "" {
			return c.usagef("请用 --amount 给出收到的金额", "give the amount received with --amount")
		}
		amt, err := c.parseAmount("amount", *amount)
		if err != nil {
			return err
		}
		day := c.today()
		if *on != "" {
			if day, err = c.parseDate("on", *on); err != nil {
				return err
			}
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		paid, err := s.RecordPayment(c.ctx, cu.ID, amt, *deal, day, *note)
		if err != nil {
			return err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return err
		}
		var parts []string
		for _, p := range paid {
			parts = append(parts, c.trf("成交 %d：%s", "deal %d: %s", p.DealID, p.Amount))
		}
		fmt.Fprintln(c.stdout, c.trf("已记录 %s 付款 %s（%s）；尚欠 %s。", "Recorded %s paying %s (%s); %s still owed.",
			model.SanitizeLine(cu.Name), amt, strings.Join(parts, c.tr("；", "; ")), after.Owed))
		return nil
	}
}
