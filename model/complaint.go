package model

import "strings"

// Complaint is a customer's complaint (投诉) and what was promised about it.
type Complaint struct {
	ID         int64  `json:"id"`
	UID        string `json:"uid"`
	CustomerID int64  `json:"customer_id"`
	On         Date   `json:"-"`
	What       string `json:"what"`
	Severity   int    `json:"severity"` // 1 minor … 3 serious
	GoodFaith  bool   `json:"good_faith"`
	Handler    string `json:"handler"`
	ReplyBy    Date   `json:"-"`
	ResolvedOn Date   `json:"-"`
	Summary    string `json:"summary"`
}

// Validate reports the first thing wrong with the complaint, as a *FieldError.
func (c *Complaint) Validate() error {
	c.What = strings.TrimSpace(c.What)
	if c.What == "" {
		return fieldErr("what", "请写下投诉内容", "say what the complaint is about")
	}
	if c.On.IsZero() {
		return fieldErr("on", "请填写日期", "a date is required")
	}
	if c.Severity < 1 || c.Severity > 3 {
		return fieldErr("severity", "严重程度为 1 到 3", "severity is 1 to 3")
	}
	if !c.ReplyBy.IsZero() && c.ReplyBy.Before(c.On) {
		return fieldErr("reply_by", "答复期限不能早于投诉日期", "the reply cannot be promised before the complaint was made")
	}
	c.Handler = strings.TrimSpace(c.Handler)
	if err := checkLen("handler", c.Handler, MaxNameLen); err != nil {
		return err
	}
	return checkLen("what", c.What, MaxNoteLen)
}
