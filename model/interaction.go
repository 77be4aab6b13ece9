package model

import (
	"strings"
	"time"
)

// Interaction is one logged contact with a customer (跟进记录): when, how, what was said, what next.
type Interaction struct {
	ID         int64     `json:"id"`
	UID        string    `json:"uid"`
	CustomerID int64     `json:"customer_id"`
	ContactID  int64     `json:"contact_id,omitempty"` // 0 when no particular contact person
	At         time.Time `json:"at"`
	Channel    Channel   `json:"channel"`
	Summary    string    `json:"summary"`
	NextStep   string    `json:"next_step"`
}

// Validate reports the first thing wrong with the logged contact, as a *FieldError.
func (i *Interaction) Validate() error {
	i.Summary = strings.TrimSpace(i.Summary)
	i.NextStep = strings.TrimSpace(i.NextStep)
	if _, err := ParseChannel(string(i.Channel)); err != nil {
		return fieldErr("channel", "未知的联系方式", err.Error())
	}
	if i.At.IsZero() {
		return fieldErr("at", "请填写时间", "a time is required")
	}
	if i.Summary == "" {
		return fieldErr("summary", "请写下谈了什么", "say what was discussed")
	}
	if err := checkLen("summary", i.Summary, MaxNoteLen); err != nil {
		return err
	}
	return checkLen("next_step", i.NextStep, MaxFieldLen)
}
