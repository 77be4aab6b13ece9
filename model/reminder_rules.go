package model

// ReminderAnsweredBy tells whether a logged contact on a channel answers an open reminder of a
// kind: a visit reminder is answered by a visit (or a meeting), a call reminder by a call or a
// visit. Other reminders are done by hand, since the program cannot know what they ask.
func ReminderAnsweredBy(k ReminderKind, ch Channel) bool {
	switch k {
	case ReminderVisit:
		return CountsAsVisit(ch)
	case ReminderCall:
		return CountsAsCall(ch)
	}
	return false
}
