package cli

import (
	"strings"

	"guanxi/model"
	"guanxi/store"
)

// moreProfileFields are the archive's fields beyond the ones every customer line shows, which add
// and edit take too: title, the company's short name, address, size, registered capital, source,
// referrer and the dates. The referrer is taken as text here; linkReferrer links it once the book
// is open.
var moreProfileFields = []editField[model.Customer]{
	textField("title", texts.Shared.Title, func(cu *model.Customer) *string { return &cu.Title }),
	textField("short-name", texts.Profile.CompanyShortName, func(cu *model.Customer) *string { return &cu.ShortName }),
	textField("address", texts.Profile.Address, func(cu *model.Customer) *string { return &cu.Address }),
	textField("size", texts.Profile.SizeLargeMedium, func(cu *model.Customer) *string { return &cu.Size }),
	readField("capital", texts.Profile.RegisteredCapitalE, func(c *cli, v string, cu *model.Customer) (err error) {
		cu.RegisteredCapital = 0
		if strings.TrimSpace(v) != "" {
			cu.RegisteredCapital, err = c.parseAmount("capital", v)
		}
		return err
	}),
	textField("source", texts.Profile.WhereTheyCame, func(cu *model.Customer) *string { return &cu.Source }),
	readField("referred-by", texts.Profile.ReferredByID, func(_ *cli, v string, cu *model.Customer) error {
		cu.ReferredBy, cu.ReferrerID = v, 0
		return nil
	}),
	looseDateField("birthday", texts.Profile.PersonBirthday, func(cu *model.Customer) *model.Date { return &cu.Birthday }),
	looseDateField("founded", texts.Profile.OrganisationFoundingDay, func(cu *model.Customer) *model.Date { return &cu.Anniversary }),
	looseDateField("anniversary", texts.Profile.Anniversary, func(cu *model.Customer) *model.Date { return &cu.Anniversary }),
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
