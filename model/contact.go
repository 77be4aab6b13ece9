package model

import (
	"strings"
	"time"
)

// Contact is a person inside an organisation customer (联系人).
type Contact struct {
	ID         int64  `json:"id"`
	UID        string `json:"uid"`
	CustomerID int64  `json:"customer_id"`
	Name       string `json:"name"`
	Title      string `json:"title"`
	Role       Role   `json:"role"`
	Phone      string `json:"phone"`
	Email      string `json:"email"`
	WeChat     string `json:"wechat"`
	Birthday   Date   `json:"-"`
	// The birthday as kept when it is lunar or has no year; Birthday then holds its solar day, if
	// the year is known.
	BirthdayYearly YearlyDate `json:"-"`
	Notes          string     `json:"notes"`
	Types          []string   `json:"types"`
	CreatedAt      time.Time  `json:"-"`
	UpdatedAt      time.Time  `json:"-"`
}

// Normalize trims the fields and fills the default role.
func (c *Contact) Normalize() {
	for _, p := range []*string{&c.Name, &c.Title, &c.Phone, &c.Email, &c.WeChat} {
		*p = strings.TrimSpace(*p)
	}
	if c.Role == "" {
		c.Role = RoleOther
	}
}

// Validate reports the first thing wrong with the contact, as a *FieldError.
func (c *Contact) Validate() error {
	if c.Name == "" {
		return fieldErr("name", "请填写联系人姓名", "a name is required")
	}
	if err := checkLen("name", c.Name, MaxNameLen); err != nil {
		return err
	}
	for _, f := range []struct{ name, v string }{{"title", c.Title}, {"phone", c.Phone}, {"email", c.Email}, {"wechat", c.WeChat}} {
		if err := checkLen(f.name, f.v, MaxFieldLen); err != nil {
			return err
		}
	}
	if c.Phone != "" && !plausiblePhone(c.Phone) {
		return fieldErr("phone", "电话号码只能含数字、空格、+、-、括号", "a phone number holds digits, spaces, + - and brackets")
	}
	if _, err := ParseRole(string(c.Role)); err != nil {
		return fieldErr("role", "未知的角色", err.Error())
	}
	return checkLen("notes", c.Notes, MaxNoteLen)
}
