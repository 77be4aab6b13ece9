package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"strconv"
	"strings"

	"github.com/spf13/pflag"
)

func defineResolve(c *cli, fs *pflag.FlagSet) func([]string) error {
	summary := fs.String("summary", "", c.tr("处理结果 `TEXT`（- 表示从标准输入读取）", "how it was resolved `TEXT` (- reads standard input)"))
	on := fs.String("on", "", c.tr("解决日期 `DATE`（默认今天）", "the day `DATE` it was resolved (default today)"))
	return func(pos []string) error {
		id, err := strconv.ParseInt(strings.TrimSpace(pos[0]), 10, 64)
		if err != nil || id <= 0 {
			return c.usagef("COMPLAINT_ID 应为投诉编号（guanxi complain 输出的数字），而不是“%s”",
				"COMPLAINT_ID is a complaint's id (the number guanxi complain printed), not %q", pos[0])
		}
		text, err := c.textArg(*summary)
		if err != nil {
			return err
		}
		if strings.TrimSpace(text) == "" {
			return c.usagef("请用 --summary 写下处理结果", "say how it was resolved with --summary")
		}
		day := c.today()
		if *on != "" {
			if day, err = c.parseDate("on", *on); err != nil {
				return err
			}
		}
		s, err := c.openToWrite()
		if err != nil {
			return err
		}
		defer s.Close()
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
	}
}
