package cli

import (
	"strings"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// moreProfileFlags are the archive's fields beyond the ones every customer line shows, which add
// and edit take too: title, the company's short name, address, size, registered capital, source, referrer and the dates.
type moreProfileFlags struct {
	title, shortName, address, size, capital, source, referredBy, birthday, founded, anniversary *string
}

func (c *cli) defineMoreProfile(fs *pflag.FlagSet) moreProfileFlags {
	return moreProfileFlags{
		title:       fs.String("title", "", c.tr("职务 `T`", "title `T`")),
		shortName:   fs.String("short-name", "", c.tr("公司简称 `S`，版面窄时代替公司全称（不填则去掉地区和“有限公司”等自动得出）", "the company's short name `S`, shown where room is short (empty: the name without its region and legal form)")),
		address:     fs.String("address", "", c.tr("地址 `A`", "address `A`")),
		size:        fs.String("size", "", c.tr("规模 `S`：大、中、小", "size `S`: large, medium, small")),
		capital:     fs.String("capital", "", c.tr("注册资本 `A`：如 500万", "registered capital `A`, e.g. 5,000,000")),
		source:      fs.String("source", "", c.tr("来源 `S`：如 转介绍、展会", "where they came from `S`, e.g. referral, trade fair")),
		referredBy:  fs.String("referred-by", "", c.tr("介绍人 `REF`：客户簿里的编号、姓名或电话会连到其档案，其他照录", "referred by `REF`: an id, name or phone of the book links their archive; anything else is kept as text")),
		birthday:    fs.String("birthday", "", c.tr("个人客户的生日 `DATE`", "a person's birthday `DATE`")),
		founded:     fs.String("founded", "", c.tr("企业客户的成立日 `DATE`（问候按它算周年）", "an organisation's founding day `DATE` (greetings count the years from it)")),
		anniversary: fs.String("anniversary", "", c.tr("纪念日 `DATE`", "anniversary `DATE`")),
	}
}

// applyMoreProfile copies the archive flags that were given onto cu. The referrer is taken as
// text here; linkReferrer links it once the book is open.
func (c *cli) applyMoreProfile(p moreProfileFlags, set map[string]bool, cu *model.Customer) error {
	copyGiven(set, []givenText{{"title", p.title, &cu.Title}, {"short-name", p.shortName, &cu.ShortName},
		{"address", p.address, &cu.Address}, {"size", p.size, &cu.Size}, {"source", p.source, &cu.Source},
		{"referred-by", p.referredBy, &cu.ReferredBy}})
	if set["referred-by"] {
		cu.ReferrerID = 0
	}
	if set["capital"] {
		cu.RegisteredCapital = 0
		if strings.TrimSpace(*p.capital) != "" {
			m, err := c.parseAmount("capital", *p.capital)
			if err != nil {
				return err
			}
			cu.RegisteredCapital = m
		}
	}
	for _, d := range []struct {
		flag string
		v    *string
		dst  *model.Date
	}{{"birthday", p.birthday, &cu.Birthday}, {"founded", p.founded, &cu.Anniversary}, {"anniversary", p.anniversary, &cu.Anniversary}} {
		if !set[d.flag] {
			continue
		}
		*d.dst = model.Date{}
		if strings.TrimSpace(*d.v) != "" {
			day, err := model.ParseLooseDate(*d.v)
			if err != nil {
				return c.usagef("--%s 看不懂：%s", "--%s: cannot read %q", d.flag, *d.v)
			}
			*d.dst = day
		}
	}
	return nil
}

// linkReferrer links the referrer given with --referred-by to the customer of the book it names
// alone (by id, name or phone); anything else stays text, with no link.
func (c *cli) linkReferrer(s *store.Store, set map[string]bool, cu *model.Customer) {
	if !set["referred-by"] || cu.ReferredBy == "" {
		return
	}
	if r, err := s.FindCustomer(c.ctx, cu.ReferredBy); err == nil && r.ID != cu.ID {
		cu.ReferredBy, cu.ReferrerID = r.Name, r.ID
	}
}
