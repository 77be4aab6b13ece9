package model

import (
	"strings"
	"time"
)

// Reminder is something the user asked to be reminded of on a day (提醒).
type Reminder struct {
	ID         int64        `json:"id"`
	UID        string       `json:"uid"`
	CustomerID int64        `json:"customer_id"`
	DueOn      Date         `json:"-"`
	Kind       ReminderKind `json:"kind"`
	Note       string       `json:"note"`
	DoneAt     time.Time    `json:"-"` // zero while open
	Repeat     Repeat       `json:"repeat"`
	Anchor     Date         `json:"-"` // the first day of a repeating series; turns count from it
}

// Open tells whether the reminder still waits to be done.
func (r *Reminder) Open() bool { return r.DoneAt.IsZero() }

// Validate reports the first thing wrong with the reminder, as a *FieldError.
func (r *Reminder) Validate() error {
	r.Note = strings.TrimSpace(r.Note)
	if r.Kind == "" {
		r.Kind = ReminderOther
	}
	if r.DueOn.IsZero() {
		return fieldErr("due_on", "请填写日期", "a date is required")
	}
	if _, err := ParseReminderKind(string(r.Kind)); err != nil {
		return fieldErr("kind", "未知的提醒类型", err.Error())
	}
	if err := r.Repeat.Validate(); err != nil {
		return err
	}
	if !r.Repeat.IsZero() && r.Anchor.IsZero() {
		r.Anchor = r.DueOn
	}
	return checkLen("note", r.Note, MaxFieldLen)
}
