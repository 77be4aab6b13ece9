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

// applyMoreProfile changes cu by the archive flags that were given. The referrer is taken as
// text here; linkReferrer links it once the book is open.
func (c *cli) applyMoreProfile(p moreProfileFlags, e *edit, cu *model.Customer) {
	for _, f := range []struct {
		flag   string
		v, dst *string
	}{{"title", p.title, &cu.Title}, {"short-name", p.shortName, &cu.ShortName}, {"address", p.address, &cu.Address},
		{"size", p.size, &cu.Size}, {"source", p.source, &cu.Source}, {"referred-by", p.referredBy, &cu.ReferredBy}} {
		e.text(f.flag, f.v, f.dst)
	}
	e.apply("referred-by", func() error { cu.ReferrerID = 0; return nil })
	e.apply("capital", func() (err error) {
		cu.RegisteredCapital = 0
		if strings.TrimSpace(*p.capital) != "" {
			cu.RegisteredCapital, err = c.parseAmount("capital", *p.capital)
		}
		return err
	})
	e.looseDate("birthday", p.birthday, &cu.Birthday)
	e.looseDate("founded", p.founded, &cu.Anniversary)
	e.looseDate("anniversary", p.anniversary, &cu.Anniversary)
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
