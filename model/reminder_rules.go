package model

// ReminderAnsweredBy tells whether a logged contact on a channel answers an open reminder of a
// kind: a visit reminder is answered by a visit (or a meeting), a call reminder by a call or a
// visit, a follow-up reminder by a contact of any kind. Other reminders are done by hand, since
// the program cannot know what they ask.
func ReminderAnsweredBy(k ReminderKind, ch Channel) bool {
	switch k {
	case ReminderVisit:
		return CountsAsVisit(ch)
	case ReminderCall:
		return CountsAsCall(ch)
	case ReminderFollowUp:
		return true
	}
	return false
}

// AnswerableReminderKinds are the reminder kinds some logged contact can answer (see
// ReminderAnsweredBy); the store reads only those when a contact is logged.
var AnswerableReminderKinds = []ReminderKind{ReminderVisit, ReminderCall, ReminderFollowUp}
