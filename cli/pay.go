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
	cmd := c.recordCommand("pay", "pay REF --amount A [--deal ID] [--on DATE] [--note T] [--json]", texts.Pay.Short, &opts.refArgs, func() error { return c.runPay(opts) })
	cmd.Flags().StringVar(&opts.Amount, "amount", "", c.t(texts.Pay.AmountReceived))
	cmd.Flags().Int64Var(&opts.Deal, "deal", 0, c.t(texts.Pay.PayThisDeal))
	cmd.Flags().StringVar(&opts.On, "on", "", c.t(texts.Pay.DayCameDefault))
	cmd.Flags().StringVar(&opts.Note, "note", "", c.t(texts.Pay.NoteSuchAs))
	return cmd
}

// runPay runs `guanxi pay` as opts asks.
func (c *cli) runPay(opts *payOptions) error {
	if opts.Amount == "" {
		return c.usagef(texts.Pay.GiveAmountReceived)
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
			parts = append(parts, c.tf(texts.Pay.Deal, p.DealID, p.Amount))
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Pay.RecordedPayingStill,
			model.SanitizeLine(cu.Name), amt, strings.Join(parts, c.t(texts.Shared.Semicolon)), after.Owed))
		return nil
	})
}
