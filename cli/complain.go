package cli

import (
	"fmt"
	"guanxi/model"
	"strings"

	"github.com/spf13/pflag"
)

func defineComplain(c *cli, fs *pflag.FlagSet) func([]string) error {
	what := fs.String("what", "", c.tr("投诉内容 `TEXT`（- 表示从标准输入读取）", "what the complaint is about `TEXT` (- reads standard input)"))
	severity := fs.Int("severity", 2, c.tr("严重程度 `N`：1 轻微、2 一般、3 严重（默认 2）", "severity `N`: 1 minor, 2 moderate, 3 serious (default 2)"))
	replyBy := fs.String("reply-by", "", c.tr("答应客户答复的日期 `DATE`（默认当天）", "the day `DATE` you promised to reply (default: today)"))
	handler := fs.String("handler", "", c.tr("经办人 `H`", "who handles it `H`"))
	malicious := fs.Bool("malicious", false, c.tr("疑似恶意投诉（默认按善意处理）", "likely in bad faith (default: in good faith)"))
	on := fs.String("on", "", c.tr("投诉日期 `DATE`（默认今天）", "the day `DATE` of the complaint (default today)"))
	return func(pos []string) error {
		text, err := c.textArg(*what)
		if err != nil {
			return err
		}
		if strings.TrimSpace(text) == "" {
			return c.usagef("请用 --what 写下投诉内容", "say what the complaint is about with --what")
		}
		p := model.Complaint{What: text, Severity: *severity, GoodFaith: !*malicious, Handler: *handler, On: c.today()}
		if *on != "" {
			if p.On, err = c.parseDate("on", *on); err != nil {
				return err
			}
		}
		if *replyBy != "" {
			if p.ReplyBy, err = c.parseDate("reply-by", *replyBy); err != nil {
				return err
			}
		}
		if err := p.Validate(); err != nil {
			return err
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		p.CustomerID = cu.ID
		if err := s.AddComplaint(c.ctx, &p); err != nil {
			return err
		}
		due := p.ReplyDue()
		fmt.Fprintln(c.stdout, c.trf("已记录 %[1]s 的投诉（编号 %[2]d）；须在 %[3]s（%[4]s）前答复，用 guanxi resolve %[2]d --summary … 结案。",
			"Recorded a complaint from %[1]s (id %[2]d); reply by %[3]s (%[4]s), then close it with guanxi resolve %[2]d --summary ….",
			model.SanitizeLine(cu.Name), p.ID, due, c.dayCount(due, c.today())))
		return nil
	}
}
