package model

import "time"

// DayOnly reports whether only the day of a logged contact is known, not its time of day. Such a
// contact is stored at that day's midnight to the nanosecond (00:00:00), the moment an imported
// sheet's date without a time (最后跟进时间 2026-04-12) is read as; no new field is needed, so the
// store and the JSON book keep the same form and round trip. A contact logged now or typed with
// a date alone never lands there (a typed day is noon); one typed for exactly 00:00 shows as a
// day, which loses nothing but a time of day that says nothing.
func (i Interaction) DayOnly() bool {
	h, m, s := i.At.Clock()
	return !i.At.IsZero() && h == 0 && m == 0 && s == 0 && i.At.Nanosecond() == 0
}

// Stamp is how a logged contact's moment is shown: "2006-01-02 15:04", or the date alone when
// only the day is known (DayOnly).
func (i Interaction) Stamp() string {
	if i.DayOnly() {
		return i.At.Format(time.DateOnly)
	}
	return i.At.Format("2006-01-02 15:04")
}
