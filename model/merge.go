package model

import (
	"strings"
)

// mergeField is one profile field for merging: its names, and how to read and write it as text.
type mergeField struct {
	name Text
	get  func(*Customer) string
	set  func(*Customer, string)
}

func textField(zh, en string, p func(*Customer) *string) mergeField {
	return mergeField{Text{zh, en}, func(c *Customer) string { return *p(c) }, func(c *Customer, v string) { *p(c) = v }}
}

// yearlyField is a birthday or anniversary, which may be lunar or without a year: it goes as the
// text ParseBirthday reads back, so a merge keeps it as it was.
func yearlyField(zh, en string, p func(*Customer) (*Date, *YearlyDate)) mergeField {
	return mergeField{Text{zh, en}, func(c *Customer) string {
		d, y := p(c)
		if k := KeptYearly(*d, *y); !k.IsZero() {
			return k.String()
		}
		return d.String()
	}, func(c *Customer, v string) {
		d, y := p(c)
		if b, err := ParseBirthday(v); err == nil {
			*d, *y = b.Solar, b.Yearly
		}
	}}
}

// mergeFields are the profile fields a merge fills in or notes, in the order a note lists them.
var mergeFields = []mergeField{
	textField("姓名", "name", func(c *Customer) *string { return &c.Name }),
	textField("公司", "company", func(c *Customer) *string { return &c.Company }),
	textField("简称", "short name", func(c *Customer) *string { return &c.ShortName }),
	textField("职务", "title", func(c *Customer) *string { return &c.Title }),
	textField("电话", "phone", func(c *Customer) *string { return &c.Phone }),
	textField("邮箱", "email", func(c *Customer) *string { return &c.Email }),
	textField("微信", "WeChat", func(c *Customer) *string { return &c.WeChat }),
	textField("地址", "address", func(c *Customer) *string { return &c.Address }),
	textField("地区", "region", func(c *Customer) *string { return &c.Region }),
	textField("行业", "industry", func(c *Customer) *string { return &c.Industry }),
	textField("规模", "size", func(c *Customer) *string { return &c.Size }),
	textField("来源", "source", func(c *Customer) *string { return &c.Source }),
	textField("介绍人", "referred by", func(c *Customer) *string { return &c.ReferredBy }),
	yearlyField("生日", "birthday", func(c *Customer) (*Date, *YearlyDate) { return &c.Birthday, &c.BirthdayYearly }),
	yearlyField("纪念日", "anniversary", func(c *Customer) (*Date, *YearlyDate) { return &c.Anniversary, &c.AnniversaryYearly }),
	{Text{"注册资本", "registered capital"}, func(c *Customer) string {
		if c.RegisteredCapital == 0 {
			return ""
		}
		return c.RegisteredCapital.String()
	}, func(c *Customer, v string) { c.RegisteredCapital, _ = ParseAmount(v) }},
}

// MergeProfiles returns keep's profile after other's is merged into it, for two records of one
// customer. Nothing of other's is lost: a field keep leaves empty takes other's value; a field both
// fill differently keeps keep's value, and other's goes into the notes on a line that names the
// field (written in lang); tags and personality types are united; other's notes follow keep's. A
// level, stage or relation still at its default takes other's; the plan override and the earlier
// creation time are kept too. The records of both (contacts, deals …) are the store's to move.
func MergeProfiles(keep, other Customer, lang Lang) Customer {
	out := keep
	var differ []string
	for _, f := range mergeFields {
		mine, theirs := strings.TrimSpace(f.get(&out)), strings.TrimSpace(f.get(&other))
		switch {
		case theirs == "" || mine == theirs:
		case mine == "":
			f.set(&out, theirs)
		case f.name.En == "phone" && NormalizePhone(mine) == NormalizePhone(theirs):
		case f.name.En == "email" && strings.EqualFold(mine, theirs):
		default:
			differ = append(differ, f.name.In(lang)+sep(lang, "：", ": ")+theirs)
		}
	}
	if out.Kind == "" || out.Kind == KindPerson && other.Kind == KindOrganisation && out.Company == "" {
		out.Kind = other.Kind
	}
	if out.Level == "" || out.Level == LevelNew && other.Level != "" {
		out.Level = other.Level
	}
	if out.Stage == "" || out.Stage == StageProspect && other.Stage != "" {
		out.Stage = other.Stage
	}
	if out.Relation == "" || out.Relation == RelationTransactional && other.Relation != "" {
		out.Relation = other.Relation
	}
	if out.PlanOverride == nil && other.PlanOverride != nil {
		p := *other.PlanOverride
		out.PlanOverride = &p
	}
	out.Tags = CleanTags(append(append([]string{}, keep.Tags...), other.Tags...))
	out.Types = CleanTags(append(append([]string{}, keep.Types...), other.Types...))
	if !other.CreatedAt.IsZero() && (out.CreatedAt.IsZero() || other.CreatedAt.Before(out.CreatedAt)) {
		out.CreatedAt = other.CreatedAt
	}

	var notes []string
	if n := strings.TrimSpace(keep.Notes); n != "" {
		notes = append(notes, n)
	}
	if n := strings.TrimSpace(other.Notes); n != "" && n != strings.TrimSpace(keep.Notes) {
		notes = append(notes, n)
	}
	if len(differ) > 0 {
		who := strings.TrimSpace(other.Name)
		if other.Company != "" && other.Company != other.Name {
			who += sep(lang, "（", " (") + strings.TrimSpace(other.Company) + sep(lang, "）", ")")
		}
		head := sep(lang, "合并自“"+who+"”的不同资料：", "Merged from "+who+", which differed: ")
		notes = append(notes, head+strings.Join(differ, sep(lang, "；", "; ")))
	}
	out.Notes = strings.Join(notes, "\n\n")
	return out
}

func sep(lang Lang, zh, en string) string {
	if lang == Zh {
		return zh
	}
	return en
}
