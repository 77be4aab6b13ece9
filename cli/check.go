package cli

import (
	"fmt"
	"guanxi/model"

	"github.com/spf13/pflag"
)

func defineCheck(c *cli, fs *pflag.FlagSet) func([]string) error {
	return func([]string) error {
		s, err := c.open()
		if err != nil {
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
}
