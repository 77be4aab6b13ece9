package model

import (
	"fmt"
	"strings"
	"time"
)

// RecordKind names a kind of record that belongs to a customer and can be corrected or removed on
// its own: the command line's nouns and the keys of the record trash.
type RecordKind string

// The kinds of a customer's records.
const (
	RecordDeal      RecordKind = "deal"
	RecordLog       RecordKind = "log"
	RecordContact   RecordKind = "contact"
	RecordPayment   RecordKind = "payment"
	RecordComplaint RecordKind = "complaint"
	RecordReminder  RecordKind = "reminder"
)

// RecordKinds lists every kind of record with its names.
var RecordKinds = []Code{
	{string(RecordDeal), Text{"成交", "deal"}},
	{string(RecordLog), Text{"联系记录", "logged contact"}},
	{string(RecordContact), Text{"联系人", "contact person"}},
	{string(RecordPayment), Text{"收款", "payment"}},
	{string(RecordComplaint), Text{"投诉", "complaint"}},
	{string(RecordReminder), Text{"提醒", "reminder"}},
}

// ParseRecordKind reads a kind of record by its code.
func ParseRecordKind(s string) (RecordKind, error) {
	for _, c := range RecordKinds {
		if c.Code == s {
			return RecordKind(s), nil
		}
	}
	return "", fmt.Errorf("unknown kind of record %q", s)
}

// Name returns the kind's name in both languages.
func (k RecordKind) Name() Text {
	for _, c := range RecordKinds {
		if c.Code == string(k) {
			return c.Name
		}
	}
	return Text{string(k), string(k)}
}

// CheckDealChange reports what is wrong with a deal corrected to d while paid is already received
// on it: the amount cannot fall below what was paid, nor can a deal with payments stop being on
// credit, or the money received would belong to nothing.
func CheckDealChange(d Deal, paid Money) error {
	if paid > 0 && d.Amount < paid {
		return &FieldError{"amount", Text{
			fmt.Sprintf("这笔成交已收款 %s，金额不能少于已收款", paid),
			fmt.Sprintf("%s was already received on this deal; the amount cannot be less", paid)}}
	}
	if paid > 0 && d.CreditDueOn.IsZero() {
		return fieldErr("credit_due_on", "这笔成交已有收款，请保留还款日", "payments were received on this deal: keep its due date")
	}
	return nil
}

// CheckPaymentChange reports what is wrong with a payment corrected from one amount to another on
// a deal of amount dealAmount with paid received in all (the old amount included).
func CheckPaymentChange(oldAmount, newAmount, paid, dealAmount Money) error {
	if newAmount <= 0 {
		return fieldErr("amount", "收款金额须大于零", "the amount received must be above zero")
	}
	if total := paid - oldAmount + newAmount; total > dealAmount {
		left := dealAmount - (paid - oldAmount)
		return &FieldError{"amount", Text{
			fmt.Sprintf("这笔成交只欠 %s，收款不能超过欠款", left),
			fmt.Sprintf("only %s is owed on that deal; a payment cannot exceed it", left)}}
	}
	return nil
}

// NextStepReminder is the reminder a logged contact's next step becomes when the user gives it a
// day: due that day, its note the next step. A day without a next step is refused, since the
// reminder would say nothing; a day before the contact is refused too.
func NextStepReminder(i Interaction, on Date) (Reminder, error) {
	if strings.TrimSpace(i.NextStep) == "" {
		return Reminder{}, fieldErr("next_step", "写下下一步要做什么，才能按日期提醒", "say what the next step is, to be reminded of it on a day")
	}
	if !i.At.IsZero() && on.Before(DateOf(i.At)) {
		return Reminder{}, fieldErr("next_on", "下一步的日期不能早于这次联系", "the next step cannot fall before this contact")
	}
	r := Reminder{CustomerID: i.CustomerID, DueOn: on, Kind: ReminderOther, Note: strings.TrimSpace(i.NextStep)}
	return r, r.Validate()
}

// CheckComplaintChange reports what is wrong with a complaint corrected to c, beyond Validate: a
// resolved one cannot be resolved before it was made, and keeps a summary of how.
func CheckComplaintChange(c Complaint) error {
	if c.Open() {
		return nil
	}
	if c.ResolvedOn.Before(c.On) {
		return fieldErr("resolved_on", "解决日期不能早于投诉日期", "a complaint cannot be resolved before it was made")
	}
	if strings.TrimSpace(c.Summary) == "" {
		return fieldErr("summary", "请写下处理结果", "say how it was resolved")
	}
	return nil
}

// DoneShownFor is how long a reminder marked done stays in sight in the archive, to be opened
// again if it was marked done by mistake.
const DoneShownFor = 30 * 24 * time.Hour

// RecentlyDone tells whether a reminder was marked done within DoneShownFor of now.
func (r *Reminder) RecentlyDone(now time.Time) bool {
	return !r.Open() && now.Sub(r.DoneAt) <= DoneShownFor
}
