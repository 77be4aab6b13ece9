package model

// DueReason is what a checklist item is about beyond its kind, so that a view can say why it is due.
// Only the fields of the item's kind are set.
type DueReason struct {
	// Planned visits and calls.
	Every   int  // the plan's interval in days
	PutOff  Date // the day the plan asked for, when the user put the item off to its due day
	Planned bool // the item comes from the visit plan
	// FirstVisit tells that a planned visit is the customer's first: they were never visited, and
	// the plan spread their first visit over its first interval (VisitPlan.FirstContactDay).
	FirstVisit bool
	// MovedFrom is the day the plan asked for when it was a weekend or public holiday and the item
	// moved to the next working day.
	MovedFrom Date

	// Manual reminders.
	Repeat Repeat

	// Dates that matter.
	Occasion   Occasion
	Person     string     // the contact whose birthday it is; "" for the customer
	ContactID  int64      // that contact's id
	OccasionOn Date       // the day itself; the item is due some days before
	Years      int        // anniversaries: how many years on that day; 0 when the year is not known
	Yearly     YearlyDate // the date as kept when it is lunar or has no year
	Holiday    Text

	// Complaints.
	Severity  int
	Malicious bool
	Handler   string

	// Payments.
	Owed Money
}

// IsGreeting tells whether the item is a greeting for a date that matters.
func (it *ChecklistItem) IsGreeting() bool { return it.Due.Occasion != "" }

// IsPlanned tells whether the item comes from the visit plan rather than a record of its own.
func (it *ChecklistItem) IsPlanned() bool { return it.Due.Planned }

// Broken tells whether a complaint item's promised reply day has passed.
func (it *ChecklistItem) Broken(today Date) bool {
	return it.Kind == ItemComplaint && today.After(it.DueOn)
}

// LastOfKind returns the day the customer was last contacted the way the item asks, and what that
// was: a visit row the last visit, a call row the last call (a visit counts), any other row the
// last contact of any kind.
func (it *ChecklistItem) LastOfKind() (Date, ItemKind) {
	switch it.Kind {
	case ItemVisit:
		return it.LastVisitOn, ItemVisit
	case ItemCall:
		return it.LastCallOn, ItemCall
	}
	return it.LastContactOn, ""
}
