package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"
	"strings"

	"github.com/spf13/cobra"
)

// complainOptions is what `guanxi complain` was asked for.
type complainOptions struct {
	refArgs
	What      string
	Severity  int
	ReplyBy   string
	Handler   string
	Malicious bool
	On        string
}

// newComplainCmd is `guanxi complain REF --what T [--severity 1-3] [--reply-by DATE] [--handler H] [--malicious] [--on DATE]`.
func (c *cli) newComplainCmd() *cobra.Command {
	opts := &complainOptions{}
	cmd := c.recordCommand("complain", "complain REF --what T [--severity 1-3] [--reply-by DATE] [--handler H] [--malicious] [--on DATE] [--json]", texts.Complain.Short, &opts.refArgs, func() error { return c.runComplain(opts) })
	cmd.Flags().StringVar(&opts.What, "what", "", c.t(texts.Complain.What))
	cmd.Flags().IntVar(&opts.Severity, "severity", 2, c.t(texts.Complain.SeverityMinorModerate))
	cmd.Flags().StringVar(&opts.ReplyBy, "reply-by", "", c.t(texts.Complain.DayYouPromised))
	cmd.Flags().StringVar(&opts.Handler, "handler", "", c.t(texts.Complain.WhoHandles))
	cmd.Flags().BoolVar(&opts.Malicious, "malicious", false, c.t(texts.Complain.LikelyBadFaith))
	cmd.Flags().StringVar(&opts.On, "on", "", c.t(texts.Complain.DayComplaintDefault))
	return cmd
}

// runComplain runs `guanxi complain` as opts asks.
func (c *cli) runComplain(opts *complainOptions) error {
	text, err := c.textArg(opts.What)
	if err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		return c.usagef(texts.Complain.SayWhatComplaint)
	}
	p := model.Complaint{What: text, Severity: opts.Severity, GoodFaith: !opts.Malicious, Handler: opts.Handler, On: c.today()}
	if opts.On != "" {
		if p.On, err = c.parseDate("on", opts.On); err != nil {
			return err
		}
	}
	if opts.ReplyBy != "" {
		if p.ReplyBy, err = c.parseDate("reply-by", opts.ReplyBy); err != nil {
			return err
		}
	}
	if err := p.Validate(); err != nil {
		return err
	}
	return c.onCustomer(opts.Ref, func(s *store.Store, cu model.Customer) error {
		p.CustomerID = cu.ID
		if err := s.AddComplaint(c.ctx, &p); err != nil {
			return err
		}
		if opts.JSON {
			return c.writeJSON(toComplainedJSON(cu, p, c.today()))
		}
		due := p.ReplyDue()
		fmt.Fprintln(c.stdout, c.tf(texts.Complain.RecordedComplaintFrom,
			model.SanitizeLine(cu.Name), p.ID, due, wording.DaysFrom(due, c.today(), c.lang)))
		return nil
	})
}
