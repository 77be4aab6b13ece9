package cli

import (
	"guanxi/model"

	"github.com/spf13/pflag"
)

// profileOptions are the profile fields add and edit share, and which of them were given.
type profileOptions struct {
	name, company, phone, email, wechat, region, industry, tags, level, stage, relation, kind string
	more                                                                                      moreProfileFlags // the rest of the archive (profile_more.go)

	set map[string]bool // the flags given on the command line, by name
}

// profileFlags registers the profile's flags on fs, into p.
func (c *cli) profileFlags(fs *pflag.FlagSet, p *profileOptions) {
	for _, f := range []struct {
		v          *string
		name, help string
	}{
		{&p.name, "name", c.tr("姓名或名称 `N`", "the customer's name `N`")},
		{&p.company, "company", c.tr("公司 `C`", "company `C`")},
		{&p.phone, "phone", c.tr("电话 `P`", "phone `P`")},
		{&p.email, "email", c.tr("邮箱 `E`", "email `E`")},
		{&p.wechat, "wechat", c.tr("微信号 `W`", "WeChat id `W`")},
		{&p.region, "region", c.tr("地区 `R`", "region `R`")},
		{&p.industry, "industry", c.tr("行业 `I`", "industry `I`")},
		{&p.tags, "tags", c.tr("标签 `LIST`，用逗号或空格分隔（会替换原有标签）", "tags `LIST`, separated by commas or spaces (replaces the tags)")},
		{&p.level, "level", c.tr("级别 `L`：strategic vip key honored reference free new dormant low，或中文名", "level `L`: strategic vip key honored reference free new dormant low, or the Chinese name")},
		{&p.stage, "stage", c.tr("阶段 `S`：prospect target qualified customer loyal lost，或中文名", "stage `S`: prospect target qualified customer loyal lost, or the Chinese name")},
		{&p.relation, "relation", c.tr("关系深度 `R`：transactional preferred partner alliance，或中文名", "relationship `R`: transactional preferred partner alliance, or the Chinese name")},
		{&p.kind, "kind", c.tr("`K`：person（个人客户）或 organisation（企业客户）", "`K`: person or organisation")},
	} {
		fs.StringVar(f.v, f.name, "", f.help)
	}
	p.more = c.defineMoreProfile(fs)
}

// apply copies the flags that were given onto cu, reading codes and names.
func (c *cli) applyProfile(p *profileOptions, cu *model.Customer) error {
	set := p.set
	copyGiven(set, []givenText{{"name", &p.name, &cu.Name}, {"company", &p.company, &cu.Company}, {"phone", &p.phone, &cu.Phone},
		{"email", &p.email, &cu.Email}, {"wechat", &p.wechat, &cu.WeChat}, {"region", &p.region, &cu.Region},
		{"industry", &p.industry, &cu.Industry}})
	if set["tags"] {
		cu.Tags = model.SplitTags(p.tags)
	}
	if err := c.applyMoreProfile(p.more, set, cu); err != nil {
		return err
	}
	codes := []struct {
		flag, what string
		list       []model.Code
		v          *string
		set        func(string)
	}{
		{"level", "level", model.LevelCodes(), &p.level, func(s string) { cu.Level = model.Level(s) }},
		{"stage", "stage", model.Stages, &p.stage, func(s string) { cu.Stage = model.Stage(s) }},
		{"relation", "relation", model.Relations, &p.relation, func(s string) { cu.Relation = model.Relation(s) }},
		{"kind", "kind", model.Kinds, &p.kind, func(s string) { cu.Kind = model.Kind(s) }},
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

// givenText is a text flag and the field it sets when it is given.
type givenText struct {
	flag   string
	v, dst *string
}

// copyGiven copies onto their fields the text flags that were given (set), so an edit changes only
// what the user named; a flag given empty clears its field.
func copyGiven(set map[string]bool, texts []givenText) {
	for _, t := range texts {
		if set[t.flag] {
			*t.dst = *t.v
		}
	}
}
