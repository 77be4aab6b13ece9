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
		title:       fs.String("title", "", c.t(texts.Shared.Title)),
		shortName:   fs.String("short-name", "", c.t(texts.Profile.CompanyShortName)),
		address:     fs.String("address", "", c.t(texts.Profile.Address)),
		size:        fs.String("size", "", c.t(texts.Profile.SizeLargeMedium)),
		capital:     fs.String("capital", "", c.t(texts.Profile.RegisteredCapitalE)),
		source:      fs.String("source", "", c.t(texts.Profile.WhereTheyCame)),
		referredBy:  fs.String("referred-by", "", c.t(texts.Profile.ReferredByID)),
		birthday:    fs.String("birthday", "", c.t(texts.Profile.PersonBirthday)),
		founded:     fs.String("founded", "", c.t(texts.Profile.OrganisationFoundingDay)),
		anniversary: fs.String("anniversary", "", c.t(texts.Profile.Anniversary)),
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
				return c.usagef(texts.Profile.CannotRead, d.flag, *d.v)
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
