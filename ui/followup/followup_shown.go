package followup

// SetShown tells the follow-up whether it is the tab on screen. Hidden, it reads its head and the
// counts the tab's title shows, but not the tail read ahead for end: at 100,000 customers that is
// about 30 ms of processor time taken from the screen shown, and showing the tab reads the
// checklist again, the tail with it.
func (m *Screen) SetShown(shown bool) { m.hidden = !shown }
