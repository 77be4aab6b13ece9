package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"guanxi/model"
)

// The command line of the follow-up work: complaints and their resolution, payments on credit.

// repeatNote says how a reminder repeats, after the sentence that set it; "" for a one-off.
func (c *cli) repeatNote(r model.Repeat) string {
	if r.IsZero() {
		return ""
	}
	return c.trf("重复：%s。", " Repeats %s.", r.Text().In(c.lang))
}

func defineComplain(c *cli, fs *flag.FlagSet) func([]string) error {
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

func defineResolve(c *cli, fs *flag.FlagSet) func([]string) error {
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

func definePay(c *cli, fs *flag.FlagSet) func([]string) error {
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
