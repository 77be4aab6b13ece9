package model

// OwnBirthday is OwnDate with the yearly date beside it: a person's birthday, or an organisation's
// founding day, as kept (lunar, or without a year).
func (c *Customer) OwnBirthday() Birthday {
	if c.Kind != KindOrganisation || (c.Anniversary.IsZero() && c.AnniversaryYearly.IsZero()) {
		return Birthday{Solar: c.Birthday, Yearly: c.BirthdayYearly}
	}
	return Birthday{Solar: c.Anniversary, Yearly: c.AnniversaryYearly}
}

// SetOwnBirthday is SetOwnDate with the yearly date beside it.
func (c *Customer) SetOwnBirthday(b Birthday) {
	if c.Kind != KindOrganisation {
		c.Birthday, c.BirthdayYearly = b.Solar, b.Yearly
		return
	}
	c.Anniversary, c.AnniversaryYearly = b.Solar, b.Yearly
	c.Birthday, c.BirthdayYearly = Date{}, YearlyDate{}
}

// Text writes the birthday for people, as BirthdayText does.
func (b Birthday) Text(lang Lang) string { return BirthdayText(b.Solar, b.Yearly, lang) }

// profileKept is a field of a profile (ProfileFields) holding a date as kept: the solar date and
// the yearly one beside it (lunar, or without a year) change and are copied together.
func profileKept(name string, label Text, p func(c *Customer) (*Date, *YearlyDate)) ProfileField {
	return ProfileField{name, label, func(c *Customer) string {
		d, y := p(c)
		return BirthdayInput(*d, *y, En)
	}, func(dst, src *Customer) {
		dd, dy := p(dst)
		sd, sy := p(src)
		*dd, *dy = *sd, *sy
	}}
}
