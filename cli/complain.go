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
	cmd := c.recordCommand("complain", "complain REF --what T [--severity 1-3] [--reply-by DATE] [--handler H] [--malicious] [--on DATE] [--json]", model.Text{Zh: "记录一条投诉和答应客户的答复期限", En: "record a complaint and the day a reply was promised"}, &opts.refArgs, func() error { return c.runComplain(opts) })
	cmd.Flags().StringVar(&opts.What, "what", "", c.tr("投诉内容 `TEXT`（- 表示从标准输入读取）", "what the complaint is about `TEXT` (- reads standard input)"))
	cmd.Flags().IntVar(&opts.Severity, "severity", 2, c.tr("严重程度 `N`：1 轻微、2 一般、3 严重（默认 2）", "severity `N`: 1 minor, 2 moderate, 3 serious (default 2)"))
	cmd.Flags().StringVar(&opts.ReplyBy, "reply-by", "", c.tr("答应客户答复的日期 `DATE`（默认当天）", "the day `DATE` you promised to reply (default: today)"))
	cmd.Flags().StringVar(&opts.Handler, "handler", "", c.tr("经办人 `H`", "who handles it `H`"))
	cmd.Flags().BoolVar(&opts.Malicious, "malicious", false, c.tr("疑似恶意投诉（默认按善意处理）", "likely in bad faith (default: in good faith)"))
	cmd.Flags().StringVar(&opts.On, "on", "", c.tr("投诉日期 `DATE`（默认今天）", "the day `DATE` of the complaint (default today)"))
	return cmd
}

// runComplain runs `guanxi complain` as opts asks.
func (c *cli) runComplain(opts *complainOptions) error {
	text, err := c.textArg(opts.What)
	if err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		return c.usagef("请用 --what 写下投诉内容", "say what the complaint is about with --what")
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
		fmt.Fprintln(c.stdout, c.trf("已记录 %[1]s 的投诉（编号 %[2]d）；须在 %[3]s（%[4]s）前答复，用 guanxi resolve %[2]d --summary … 结案。",
			"Recorded a complaint from %[1]s (id %[2]d); reply by %[3]s (%[4]s), then close it with guanxi resolve %[2]d --summary ….",
			model.SanitizeLine(cu.Name), p.ID, due, wording.DaysFrom(due, c.today(), c.lang)))
		return nil
	})
}
