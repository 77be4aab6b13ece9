package cli

import (
	"guanxi/model"

	"github.com/spf13/pflag"
)

// profileOptions are the profile fields add and edit share, and which of them were given.
type profileOptions struct {
	name, company, phone, email, wechat, region, industry, tags, level, stage, relation, kind string
	more                                                                                      func(*edit, *model.Customer) // applies the rest of the archive (profile_more.go)

	set map[string]bool // the flags given on the command line, by name
}

// profileFlags registers the profile's flags on fs, into p.
func (c *cli) profileFlags(fs *pflag.FlagSet, p *profileOptions) {
	for _, f := range []struct {
		v          *string
		name, help string
	}{
		{&p.name, "name", c.t(texts.Profile.CustomerName)},
		{&p.company, "company", c.t(texts.Profile.Company)},
		{&p.phone, "phone", c.t(texts.Shared.Phone)},
		{&p.email, "email", c.t(texts.Shared.Email)},
		{&p.wechat, "wechat", c.t(texts.Shared.WechatID)},
		{&p.region, "region", c.t(texts.Profile.Region)},
		{&p.industry, "industry", c.t(texts.Profile.Industry)},
		{&p.tags, "tags", c.t(texts.Profile.TagsSeparatedBy)},
		{&p.level, "level", c.t(texts.Profile.LevelStrategicVip)},
		{&p.stage, "stage", c.t(texts.Profile.StageProspectTarget)},
		{&p.relation, "relation", c.t(texts.Profile.RelationshipTransactionalPreferred)},
		{&p.kind, "kind", c.t(texts.Profile.PersonOrganisation)},
	} {
		fs.StringVar(f.v, f.name, "", f.help)
	}
	p.more = defineFields(c, fs, moreProfileFields)
}

// applyProfile changes cu by the flags that were given, reading codes and names.
func (c *cli) applyProfile(p *profileOptions, cu *model.Customer) error {
	e := &edit{c: c, set: p.set}
	for _, f := range []struct {
		flag   string
		v, dst *string
	}{{"name", &p.name, &cu.Name}, {"company", &p.company, &cu.Company}, {"phone", &p.phone, &cu.Phone},
		{"email", &p.email, &cu.Email}, {"wechat", &p.wechat, &cu.WeChat}, {"region", &p.region, &cu.Region},
		{"industry", &p.industry, &cu.Industry}} {
		e.text(f.flag, f.v, f.dst)
	}
	e.apply("tags", func() error { cu.Tags = model.SplitTags(p.tags); return nil })
	p.more(e, cu)
	e.code(model.LevelCodes(), texts.Args.WhatLevel, "level", &p.level, func(s string) { cu.Level = model.Level(s) })
	e.code(model.Stages, texts.Args.WhatStage, "stage", &p.stage, func(s string) { cu.Stage = model.Stage(s) })
	e.code(model.Relations, texts.Args.WhatRelation, "relation", &p.relation, func(s string) { cu.Relation = model.Relation(s) })
	e.code(model.Kinds, texts.Args.WhatKind, "kind", &p.kind, func(s string) { cu.Kind = model.Kind(s) })
	return e.err
}
