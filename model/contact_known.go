package model

// HasContactSince tells whether the book knows of a contact with the customer on day or later: a
// last contact a sheet gives for that day then adds nothing, and merging the same sheet again
// does not log it twice.
func (c *Customer) HasContactSince(day Date) bool {
	return !c.LastContactOn.IsZero() && !c.LastContactOn.Before(day)
}
