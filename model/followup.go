package model

// ItemKind is what a checklist item asks the user to do.
type ItemKind string

// The kinds of checklist item.
const (
	ItemVisit     ItemKind = "visit"
	ItemCall      ItemKind = "call"
	ItemBirthday  ItemKind = "birthday"
	ItemComplaint ItemKind = "complaint"
	ItemPayment   ItemKind = "payment"
	ItemCustom    ItemKind = "custom"
)

// ItemKinds lists every checklist item kind with its names.
var ItemKinds = []Code{
	{string(ItemVisit), Text{"拜访", "Visit"}},
	{string(ItemCall), Text{"电话", "Call"}},
	{string(ItemBirthday), Text{"生日", "Birthday"}},
	{string(ItemComplaint), Text{"投诉回复", "Complaint"}},
	{string(ItemPayment), Text{"收款", "Payment"}},
	{string(ItemCustom), Text{"提醒", "Reminder"}},
}

// ChecklistItem is one line of the follow-up checklist: something to do for a customer on a day.
type ChecklistItem struct {
	CustomerID    int64     `json:"customer_id"`
	CustomerName  string    `json:"customer_name"`
	Pinyin        string    `json:"-"` // the customer's name read as pinyin, which the order's name tie reads first
	Company       string    `json:"company"`
	ShortName     string    `json:"-"` // the company's short name as the user gave it; "" when none
	Kind          ItemKind  `json:"kind"`
	DueOn         Date      `json:"-"`
	OverdueDays   int       `json:"overdue_days"`
	Note          string    `json:"note"`
	Level         Level     `json:"level"`
	LastContactOn Date      `json:"-"`
	LastVisitOn   Date      `json:"-"` // the last logged visit, which a visit row shows
	LastCallOn    Date      `json:"-"` // the last logged call (a visit counts), which a call row shows
	Types         []string  `json:"types"`
	ReminderID    int64     `json:"reminder_id,omitempty"` // set for manual reminders
	ComplaintID   int64     `json:"complaint_id,omitempty"`
	DealID        int64     `json:"deal_id,omitempty"`
	Due           DueReason `json:"-"`
}

// CountsAsVisit tells whether a logged contact on this channel is a visit for the visit plan:
// a meeting face to face is a visit too.
func CountsAsVisit(ch Channel) bool { return ch == ChannelVisit || ch == ChannelMeeting }

// CountsAsCall tells whether a logged contact on this channel is a call for the visit plan: a
// visit also fulfils a planned call, since the customer was just spoken to in person.
func CountsAsCall(ch Channel) bool { return ch == ChannelCall || CountsAsVisit(ch) }

// NextDue returns when the plan next asks for a visit and a call: one interval after the last of
// each, or on the day the customer joined the book (since) when there has been none. A zero date
// means the plan asks for none.
func NextDue(plan VisitPlan, lastVisit, lastCall, since Date) (visit, call Date) {
	visit, call = PlannedOn(plan, lastVisit, lastCall, since)
	return plan.Day(visit), plan.Day(call)
}

// Day returns the day a visit or call the plan asks for on d is due: d itself when the plan may
// fall on any day, else the first working day from d on (a weekend or a public holiday moves).
func (p VisitPlan) Day(d Date) Date {
	if p.AnyDay {
		return d
	}
	return NextWorkingDay(d)
}

// MovedFrom returns the day the plan asked for when NextDue moved it to due, a working day; the
// zero date when due is the day asked for.
func MovedFrom(plan VisitPlan, asked, due Date) Date {
	if asked.IsZero() || asked == due || plan.Day(asked) != due {
		return Date{}
	}
	return asked
}

// PlannedOn returns the days the plan asks for a visit and a call, before NextDue moves them to
// working days: one interval after the last of each, or the day the customer joined the book.
func PlannedOn(plan VisitPlan, lastVisit, lastCall, since Date) (visit, call Date) {
	due := func(every int, last Date) Date {
		if every <= 0 {
			return Date{}
		}
		if last.IsZero() {
			return since
		}
		return last.AddDays(every)
	}
	if lastCall.Before(lastVisit) {
		lastCall = lastVisit
	}
	return due(plan.VisitEveryDays, lastVisit), due(plan.CallEveryDays, lastCall)
}

// EarliestDate returns the earliest of the non-zero dates, or the zero date when all are zero.
func EarliestDate(dates ...Date) Date {
	var out Date
	for _, d := range dates {
		if !d.IsZero() && (out.IsZero() || d.Before(out)) {
			out = d
		}
	}
	return out
}

// OverdueDays returns how many days due lies before today, or 0 when it is not overdue.
func OverdueDays(due, today Date) int {
	if n := today.DaysSince(due); n > 0 {
		return n
	}
	return 0
}

// ReminderItemKind maps a manual reminder to the checklist kind it shows as.
func ReminderItemKind(k ReminderKind) ItemKind {
	switch k {
	case ReminderVisit:
		return ItemVisit
	case ReminderCall:
		return ItemCall
	}
	return ItemCustom
}
