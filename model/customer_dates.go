package model

// A person's own date is their birthday. An organisation is founded, not born: its own date is
// its founding day, kept as its anniversary, which the greetings count the years from
// ("公司成立 N 周年"). A birthday typed on an organisation before it had a founding day is read as
// that day.

// OwnDate returns the customer's own date: a person's birthday, an organisation's founding day.
func (c *Customer) OwnDate() Date {
	if c.Kind != KindOrganisation {
		return c.Birthday
	}
	if c.Anniversary.IsZero() {
		return c.Birthday
	}
	return c.Anniversary
}

// SetOwnDate sets the customer's own date by what they are: a person's birthday, or an
// organisation's founding day, which also clears a birthday typed on it before.
func (c *Customer) SetOwnDate(d Date) {
	if c.Kind != KindOrganisation {
		c.Birthday = d
		return
	}
	c.Anniversary, c.Birthday = d, Date{}
}
