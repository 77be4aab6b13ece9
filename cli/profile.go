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
		{"level", "level", model.LevelCodes, &p.level, func(s string) { cu.Level = model.Level(s) }},
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
