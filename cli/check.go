package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// checkOptions is what `guanxi check` was asked for.
type checkOptions struct {
}

// newCheckCmd is `guanxi check`.
func (c *cli) newCheckCmd() *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check",
		Short: c.tr("检查客户簿是否完好；有问题时退出码为 1", "check the book's integrity; exit 1 on any problem"),
		Args:  c.positionals("check", ""),
		RunE: func(_ *cobra.Command, _ []string) error {
			return c.runCheck(opts)
		},
	}

	return cmd
}

// runCheck runs `guanxi check` as opts asks.
func (c *cli) runCheck(opts *checkOptions) error {
	s, err := c.open()
	if err != nil {
		// A book too damaged to open (cut short, its header broken) still has its damage named.
		if path, perr := c.dbPath(); perr == nil {
			if damage := store.Damage(path); damage != "" {
				fmt.Fprintln(c.stdout, txt("damage: "+damage).text)
				return c.errorf("客户簿 %s 有 %d 处问题", "the book %s has %d problems", model.SanitizeLine(path), 1)
			}
		}
		return err
	}
	defer s.Close()
	problems, err := s.Check(c.ctx)
	if err != nil {
		return c.errorf("检查失败：%v", "the check failed: %v", err)
	}
	for _, p := range problems {
		fmt.Fprintln(c.stdout, txt(p).text)
	}
	if len(problems) > 0 {
		return c.errorf("客户簿 %s 有 %d 处问题", "the book %s has %d problems", s.Path(), len(problems))
	}
	n, err := s.CountCustomers(c.ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.trf("正常：客户簿 %s 完好（%d 位客户）。", "ok: the book %s is sound (%d customers).", model.SanitizeLine(s.Path()), n))
	return nil
}
