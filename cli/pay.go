package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strings"

	"github.com/spf13/cobra"
)

// payOptions is what `guanxi pay` was asked for.
type payOptions struct {
	refArgs
	Amount string
	Deal   int64
	On     string
	Note   string
}

// newPayCmd is `guanxi pay REF --amount A [--deal ID] [--on DATE] [--note T]`.
func (c *cli) newPayCmd() *cobra.Command {
	opts := &payOptions{}
	cmd := c.recordCommand("pay", "pay REF --amount A [--deal ID] [--on DATE] [--note T] [--json]", model.Text{Zh: "记录赊销的收款（部分或全部）", En: "record a payment, part or whole, on a credit sale"}, &opts.refArgs, func() error { return c.runPay(opts) })
	cmd.Flags().StringVar(&opts.Amount, "amount", "", c.tr("收到的金额 `A`：5000、5,000、1.5万", "the amount `A` received: 5000, 5,000, 1.5万"))
	cmd.Flags().Int64Var(&opts.Deal, "deal", 0, c.tr("冲抵这笔成交 `ID`（默认按到期先后冲抵）", "pay this deal `ID` (default: the ones due first)"))
	cmd.Flags().StringVar(&opts.On, "on", "", c.tr("收款日期 `DATE`（默认今天）", "the day `DATE` it came in (default today)"))
	cmd.Flags().StringVar(&opts.Note, "note", "", c.tr("备注 `TEXT`，如转账单号", "a note `TEXT`, such as the transfer's reference"))
	return cmd
}

// runPay runs `guanxi pay` as opts asks.
func (c *cli) runPay(opts *payOptions) error {
	if opts.Amount == "" {
		return c.usagef("请用 --amount 给出收到的金额", "give the amount received with --amount")
	}
	amt, err := c.parseAmount("amount", opts.Amount)
	if err != nil {
		return err
	}
	day := c.today()
	if opts.On != "" {
		if day, err = c.parseDate("on", opts.On); err != nil {
			return err
		}
	}
	return c.onCustomer(opts.Ref, func(s *store.Store, cu model.Customer) error {
		paid, err := s.RecordPayment(c.ctx, cu.ID, amt, opts.Deal, day, opts.Note)
		if err != nil {
			return err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return err
		}
		if opts.JSON {
			return c.writeJSON(toPaidJSON(after, amt, paid))
		}
		var parts []string
		for _, p := range paid {
			parts = append(parts, c.trf("成交 %d：%s", "deal %d: %s", p.DealID, p.Amount))
		}
		fmt.Fprintln(c.stdout, c.trf("已记录 %s 付款 %s（%s）；尚欠 %s。", "Recorded %s paying %s (%s); %s still owed.",
			model.SanitizeLine(cu.Name), amt, strings.Join(parts, c.tr("；", "; ")), after.Owed))
		return nil
	})
}
