package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
)

// resolveOptions is what `guanxi resolve` was asked for.
type resolveOptions struct {
	ID      string // the COMPLAINT_ID argument
	Summary string
	On      string
}

// newResolveCmd is `guanxi resolve COMPLAINT_ID --summary T [--on DATE]`.
func (c *cli) newResolveCmd() *cobra.Command {
	opts := &resolveOptions{}
	cmd := c.command("resolve", "COMPLAINT_ID", "resolve COMPLAINT_ID --summary T [--on DATE]",
		model.Text{Zh: "写下处理结果，结案一条投诉", En: "close a complaint with a summary of what was done"}, c.takeArg(&opts.ID, func() error { return c.runResolve(opts) }))
	cmd.Flags().StringVar(&opts.Summary, "summary", "", c.tr("处理结果 `TEXT`（- 表示从标准输入读取）", "how it was resolved `TEXT` (- reads standard input)"))
	cmd.Flags().StringVar(&opts.On, "on", "", c.tr("解决日期 `DATE`（默认今天）", "the day `DATE` it was resolved (default today)"))
	return cmd
}

// runResolve runs `guanxi resolve` as opts asks.
func (c *cli) runResolve(opts *resolveOptions) error {
	id, err := strconv.ParseInt(strings.TrimSpace(opts.ID), 10, 64)
	if err != nil || id <= 0 {
		return c.usagef("COMPLAINT_ID 应为投诉编号（guanxi complain 输出的数字），而不是“%s”",
			"COMPLAINT_ID is a complaint's id (the number guanxi complain printed), not %q", opts.ID)
	}
	text, err := c.textArg(opts.Summary)
	if err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		return c.usagef("请用 --summary 写下处理结果", "say how it was resolved with --summary")
	}
	day := c.today()
	if opts.On != "" {
		if day, err = c.parseDate("on", opts.On); err != nil {
			return err
		}
	}
	return c.onBookToWrite(func(s *store.Store) error {
		p, err := s.ResolveComplaint(c.ctx, id, day, text)
		if err != nil {
			if errors.Is(err, model.ErrNotFound) {
				return c.errorf("没有编号为 %d 的投诉", "there is no complaint %d", id)
			}
			return err
		}
		cu, err := s.Customer(c.ctx, p.CustomerID)
		if err != nil {
			return err
		}
		state := model.NameOf(model.ComplaintStates, string(p.State(c.today())), c.lang)
		fmt.Fprintln(c.stdout, c.trf("已结案：%[1]s 的投诉（编号 %[2]d），%[3]s。", "Closed the complaint %[2]d of %[1]s: %[3]s.",
			model.SanitizeLine(cu.Name), p.ID, state))
		return nil
	})
}
