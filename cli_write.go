package main

import (
	"flag"
	"fmt"
	"strings"

	"guanxi/model"
	"guanxi/store"
)

// profileFlags are the profile fields add and edit share.
type profileFlags struct {
	name, company, phone, email, wechat, region, industry, tags, level, stage, relation, kind *string
}

func (c *cli) defineProfile(fs *flag.FlagSet) profileFlags {
	return profileFlags{
		name:     fs.String("name", "", c.tr("姓名或名称 `N`", "the customer's name `N`")),
		company:  fs.String("company", "", c.tr("公司 `C`", "company `C`")),
		phone:    fs.String("phone", "", c.tr("电话 `P`", "phone `P`")),
		email:    fs.String("email", "", c.tr("邮箱 `E`", "email `E`")),
		wechat:   fs.String("wechat", "", c.tr("微信号 `W`", "WeChat id `W`")),
		region:   fs.String("region", "", c.tr("地区 `R`", "region `R`")),
		industry: fs.String("industry", "", c.tr("行业 `I`", "industry `I`")),
		tags:     fs.String("tags", "", c.tr("标签 `LIST`，用逗号或空格分隔（会替换原有标签）", "tags `LIST`, separated by commas or spaces (replaces the tags)")),
		level:    fs.String("level", "", c.tr("级别 `L`：strategic vip key honored reference free new dormant low，或中文名", "level `L`: strategic vip key honored reference free new dormant low, or the Chinese name")),
		stage:    fs.String("stage", "", c.tr("阶段 `S`：prospect target qualified customer loyal lost，或中文名", "stage `S`: prospect target qualified customer loyal lost, or the Chinese name")),
		relation: fs.String("relation", "", c.tr("关系深度 `R`：transactional preferred partner alliance，或中文名", "relationship `R`: transactional preferred partner alliance, or the Chinese name")),
		kind:     fs.String("kind", "", c.tr("`K`：person（个人客户）或 organisation（企业客户）", "`K`: person or organisation")),
	}
}

// apply copies the flags that were given onto cu, reading codes and names.
func (c *cli) applyProfile(p profileFlags, set map[string]bool, cu *model.Customer) error {
	texts := []struct {
		flag string
		v    *string
		dst  *string
	}{{"name", p.name, &cu.Name}, {"company", p.company, &cu.Company}, {"phone", p.phone, &cu.Phone},
		{"email", p.email, &cu.Email}, {"wechat", p.wechat, &cu.WeChat}, {"region", p.region, &cu.Region},
		{"industry", p.industry, &cu.Industry}}
	for _, t := range texts {
		if set[t.flag] {
			*t.dst = *t.v
		}
	}
	if set["tags"] {
		cu.Tags = model.SplitTags(*p.tags)
	}
	codes := []struct {
		flag, what string
		list       []model.Code
		v          *string
		set        func(string)
	}{
		{"level", "level", model.LevelCodes, p.level, func(s string) { cu.Level = model.Level(s) }},
		{"stage", "stage", model.Stages, p.stage, func(s string) { cu.Stage = model.Stage(s) }},
		{"relation", "relation", model.Relations, p.relation, func(s string) { cu.Relation = model.Relation(s) }},
		{"kind", "kind", model.Kinds, p.kind, func(s string) { cu.Kind = model.Kind(s) }},
	}
	for _, cd := range codes {
		if !set[cd.flag] {
			continue
		}
		code, err := c.parseCode(cd.list, cd.what, cd.flag, *cd.v)
		if err != nil {
			return err
		}
		cd.set(code)
	}
	return nil
}

func defineAdd(c *cli, fs *flag.FlagSet) func([]string) error {
	p := c.defineProfile(fs)
	var types stringList
	fs.Var(&types, "type", c.tr("性格类型 `T`（代码或中文名，可重复）", "personality type `T` (code or Chinese name; repeatable)"))
	notes := fs.String("notes", "", c.tr("备注 `TEXT`（- 表示从标准输入读取）", "notes `TEXT` (- reads standard input)"))
	asJSON := fs.Bool("json", false, c.tr("输出新客户的 JSON 对象", "print the new customer as a JSON object"))
	return func([]string) error {
		set := setFlags(fs)
		if strings.TrimSpace(*p.name) == "" {
			return c.usagef("请用 --name 给出客户的姓名或名称", "give the customer's name with --name")
		}
		var cu model.Customer
		if err := c.applyProfile(p, set, &cu); err != nil {
			return err
		}
		var err error
		if cu.Notes, err = c.textArg(*notes); err != nil {
			return err
		}
		s, err := c.openToWrite()
		if err != nil {
			return err
		}
		defer s.Close()
		// Every type is read before anything is saved, so a typo saves nothing.
		catalog, _, err := c.catalog(s)
		if err != nil {
			return err
		}
		var codes []string
		for _, q := range types {
			t, err := model.FindType(catalog, q)
			if err != nil {
				return err
			}
			codes = append(codes, t.Code)
		}
		// The customer and its types are saved in one transaction: both, or neither.
		cu.Types = codes
		if err := s.AddCustomer(c.ctx, &cu); err != nil {
			return err
		}
		if *asJSON {
			saved, err := s.Customer(c.ctx, cu.ID)
			if err != nil {
				return err
			}
			out := toCustomerJSON(saved)
			if err := c.fillABC(s, &out); err != nil {
				return err
			}
			return c.writeJSON(out)
		}
		fmt.Fprintln(c.stdout, cu.ID)
		return nil
	}
}

func defineEdit(c *cli, fs *flag.FlagSet) func([]string) error {
	p := c.defineProfile(fs)
	notes := fs.String("notes", "", c.tr("备注 `TEXT`（- 表示从标准输入读取；会替换原有备注）", "notes `TEXT` (- reads standard input; replaces the notes)"))
	return func(pos []string) error {
		set := setFlags(fs)
		delete(set, "db")
		delete(set, "lang")
		if len(set) == 0 {
			return c.usagef("没有要修改的内容：请给出 --name、--company、--phone、--email、--level、--stage、--relation 等参数",
				"nothing to change: give --name, --company, --phone, --email, --level, --stage, --relation or another field")
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		if err := c.applyProfile(p, set, &cu); err != nil {
			return err
		}
		if set["notes"] {
			if cu.Notes, err = c.textArg(*notes); err != nil {
				return err
			}
		}
		if err := s.UpdateCustomer(c.ctx, &cu); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已保存 %s（编号 %d）。", "Saved %s (id %d).", model.SanitizeLine(cu.Name), cu.ID))
		return nil
	}
}

func defineLog(c *cli, fs *flag.FlagSet) func([]string) error {
	channel := fs.String("channel", "", c.tr("联系方式 `C`：visit call wechat email meeting other，或中文名", "how: `C` is visit, call, wechat, email, meeting or other (or the Chinese name)"))
	at := fs.String("at", "", c.tr("时间 `WHEN`：YYYY-MM-DD HH:MM、HH:MM、YYYY-MM-DD 或 today（默认现在）", "when: `WHEN` is YYYY-MM-DD HH:MM, HH:MM, YYYY-MM-DD or today (default now)"))
	note := fs.String("note", "", c.tr("谈了什么 `TEXT`（- 表示从标准输入读取）", "what was said: `TEXT` (- reads standard input)"))
	next := fs.String("next", "", c.tr("下一步 `TEXT`", "the next step `TEXT`"))
	return func(pos []string) error {
		if *channel == "" {
			return c.usagef("请用 --channel 说明联系方式：visit call wechat email meeting other", "say how with --channel: visit, call, wechat, email, meeting or other")
		}
		code, err := c.parseCode(model.Channels, "channel", "channel", *channel)
		if err != nil {
			return err
		}
		when, err := c.parseWhen(*at)
		if err != nil {
			return err
		}
		summary, err := c.textArg(*note)
		if err != nil {
			return err
		}
		if strings.TrimSpace(summary) == "" {
			return c.usagef("请用 --note 写下谈了什么", "say what was discussed with --note")
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		it := model.Interaction{CustomerID: cu.ID, At: when, Channel: model.Channel(code), Summary: summary, NextStep: *next}
		if err := s.LogInteraction(c.ctx, &it); err != nil {
			return err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return err
		}
		ch := model.NameOf(model.Channels, code, c.lang)
		if c.lang != model.Zh {
			ch = strings.ToLower(ch)
		}
		fmt.Fprintln(c.stdout, c.trf("已记录与 %[2]s 的%[1]s（%[3]s）。", "Logged: %[1]s with %[2]s (%[3]s).",
			ch, model.SanitizeLine(cu.Name), when.Format("2006-01-02 15:04"))+" "+c.nextDueText(after))
		return nil
	}
}

// nextDueText says when the customer is next due, after a change.
func (c *cli) nextDueText(cu model.Customer) string {
	if cu.NextDueOn.IsZero() {
		return c.tr("目前没有待办的跟进。", "Nothing is due for them now.")
	}
	return c.trf("下次跟进：%s（%s）。", "Next due: %s (%s).", cu.NextDueOn, c.dayCount(cu.NextDueOn, c.today()))
}

func defineDeal(c *cli, fs *flag.FlagSet) func([]string) error {
	amount := fs.String("amount", "", c.tr("金额 `A`：5000、5,000、1.5万、¥500万", "amount `A`: 5000, 5,000, 1.5万, ¥500万"))
	on := fs.String("on", "", c.tr("成交日期 `DATE`（默认今天）", "the deal's date `DATE` (default today)"))
	product := fs.String("product", "", c.tr("产品 `P`", "product `P`"))
	creditDue := fs.String("credit-due", "", c.tr("赊销的还款日 `DATE`", "for a credit sale, the payment due `DATE`"))
	return func(pos []string) error {
		if *amount == "" {
			return c.usagef("请用 --amount 给出金额", "give the amount with --amount")
		}
		d := model.Deal{Product: *product}
		var err error
		if d.Amount, err = c.parseAmount("amount", *amount); err != nil {
			return err
		}
		if *on != "" {
			if d.On, err = c.parseDate("on", *on); err != nil {
				return err
			}
		} else {
			d.On = c.today()
		}
		if *creditDue != "" {
			if d.CreditDueOn, err = c.parseDate("credit-due", *creditDue); err != nil {
				return err
			}
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		d.CustomerID = cu.ID
		if err := s.AddDeal(c.ctx, &d); err != nil {
			return err
		}
		after, err := s.Customer(c.ctx, cu.ID)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已记录 %s 在 %s 成交 %s；订货总额 %s。", "Recorded a deal with %s on %s for %s; orders now total %s.",
			model.SanitizeLine(cu.Name), d.On, d.Amount, after.OrderTotal))
		return nil
	}
}

func defineRemind(c *cli, fs *flag.FlagSet) func([]string) error {
	on := fs.String("on", "", c.tr("哪天提醒 `DATE`：YYYY-MM-DD、tomorrow、+3d", "the day `DATE`: YYYY-MM-DD, tomorrow, +3d"))
	kind := fs.String("kind", "", c.tr("提醒类型 `K`：visit call other（默认 other）", "what: `K` is visit, call or other (default other)"))
	note := fs.String("note", "", c.tr("提醒内容 `TEXT`", "what to remember `TEXT`"))
	every := fs.String("every", "", c.tr("重复 `R`：3d、2w、1m、1y，或 weekly、monthly、yearly（默认只提醒一次）", "repeat `R`: 3d, 2w, 1m, 1y, or weekly, monthly, yearly (default once)"))
	return func(pos []string) error {
		if *on == "" {
			return c.usagef("请用 --on 给出提醒日期", "give the day with --on")
		}
		r := model.Reminder{Kind: model.ReminderOther}
		var err error
		if r.Repeat, err = model.ParseRepeat(*every); err != nil {
			return c.usagef("--every：无法识别“%[1]s”，请写成 3d、2w、1m、1y 或 weekly、monthly、yearly", "--every: %[2]v", *every, err)
		}
		if r.DueOn, err = c.parseDate("on", *on); err != nil {
			return err
		}
		if *kind != "" {
			code, err := c.parseCode(model.ReminderKinds, "reminder", "kind", *kind)
			if err != nil {
				return err
			}
			r.Kind = model.ReminderKind(code)
		}
		if r.Note, err = c.textArg(*note); err != nil {
			return err
		}
		s, cu, err := c.openForCustomer(pos[0])
		if err != nil {
			return err
		}
		defer s.Close()
		r.CustomerID = cu.ID
		if err := s.AddReminder(c.ctx, &r); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已设提醒：%s，%s（%s）。", "Reminder set for %s on %s (%s).",
			model.SanitizeLine(cu.Name), r.DueOn, c.dayCount(r.DueOn, c.today()))+c.repeatNote(r.Repeat))
		return nil
	}
}

func defineTag(c *cli, fs *flag.FlagSet) func([]string) error {
	typ := fs.String("type", "", c.tr("性格类型 `T`（代码或中文名）", "personality type `T` (code or Chinese name)"))
	contact := fs.String("contact", "", c.tr("标注这位联系人 `NAME`（姓名或编号），而不是客户本人", "tag this contact `NAME` (name or id) instead of the customer"))
	note := fs.String("note", "", c.tr("备注 `TEXT`", "a note on it `TEXT`"))
	return func(pos []string) error {
		if strings.TrimSpace(*typ) == "" {
			return c.usagef("请用 --type 给出性格类型", "give the personality type with --type")
		}
		s, err := c.openToWrite()
		if err != nil {
			return err
		}
		defer s.Close()
		types, _, err := c.catalog(s)
		if err != nil {
			return err
		}
		t, err := model.FindType(types, *typ)
		if err != nil {
			return err
		}
		cu, err := c.findCustomer(s, pos[0])
		if err != nil {
			return err
		}
		tag := store.PersonTag{CustomerID: cu.ID, Type: t.Code, Note: *note}
		who := model.SanitizeLine(cu.Name)
		if *contact != "" {
			ct, err := c.findContact(s, cu, *contact)
			if err != nil {
				return err
			}
			tag.ContactID = ct.ID
			who = model.SanitizeLine(ct.Name) + c.trf("（%s）", " (%s)", who)
		}
		if err := s.TagPerson(c.ctx, tag); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.trf("已将 %s 标为%s。", "Tagged %s as %s.", who, t.Name.In(c.lang)))
		if v := t.Approach.In(c.lang); v != "" {
			fmt.Fprintln(c.stdout, model.SanitizeLine(c.tr("应对：", "Approach: ")+v))
		}
		return nil
	}
}

// findContact picks one contact of a customer by id or name.
func (c *cli) findContact(s *store.Store, cu model.Customer, ref string) (model.Contact, error) {
	contacts, err := s.Contacts(c.ctx, cu.ID)
	if err != nil {
		return model.Contact{}, err
	}
	ref = strings.TrimSpace(ref)
	var matches []model.Contact
	for _, ct := range contacts {
		if fmt.Sprint(ct.ID) == ref || ct.Name == ref {
			matches = append(matches, ct)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		names := make([]string, len(contacts))
		for i, ct := range contacts {
			names[i] = fmt.Sprintf("%d %s", ct.ID, ct.Name)
		}
		if len(names) == 0 {
			return model.Contact{}, c.errorf("%s 还没有联系人", "%s has no contacts yet", cu.Name)
		}
		return model.Contact{}, c.errorf("%s 没有叫“%s”的联系人；现有：%s", "%s has no contact %q; the contacts are: %s",
			cu.Name, ref, strings.Join(names, c.tr("；", "; ")))
	}
	names := make([]string, len(matches))
	for i, ct := range matches {
		names[i] = fmt.Sprintf("%d %s", ct.ID, ct.Name)
	}
	return model.Contact{}, c.errorf("“%s”对应多位联系人，请改用编号：%s", "%q matches several contacts; use the id: %s",
		ref, strings.Join(names, c.tr("；", "; ")))
}
