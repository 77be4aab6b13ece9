package model

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// Customer is one account of the book with its whole archive profile (客户档案). The fields after
// Notes are figures derived from the customer's records; the store keeps them current.
type Customer struct {
	ID      int64  `json:"id"`
	UID     string `json:"uid"`
	Kind    Kind   `json:"kind"`
	Name    string `json:"name"`
	Company string `json:"company"`
	// ShortName is the short name (简称) the user gave the company; empty, screens short of room
	// use the one ShortCompanyName computes (see CompanyShortName).
	ShortName         string `json:"short_name"`
	Title             string `json:"title"`
	Industry          string `json:"industry"`
	Region            string `json:"region"`
	Size              string `json:"size"`
	RegisteredCapital Money  `json:"-"`
	Phone             string `json:"phone"`
	Email             string `json:"email"`
	WeChat            string `json:"wechat"`
	Address           string `json:"address"`
	Birthday          Date   `json:"-"`
	Anniversary       Date   `json:"-"`
	// The birthday and anniversary as kept when they are lunar or have no year; Birthday and
	// Anniversary then hold the solar day the date itself fell on, if its year is known.
	BirthdayYearly    YearlyDate `json:"-"`
	AnniversaryYearly YearlyDate `json:"-"`
	Source            string     `json:"source"`
	ReferredBy        string     `json:"referred_by"`
	ReferrerID        int64      `json:"referrer_id,omitempty"` // the referrer when they are in the book
	Level             Level      `json:"level"`
	Stage             Stage      `json:"stage"`
	Relation          Relation   `json:"relation"`
	Tags              []string   `json:"tags"`
	Notes             string     `json:"notes"`
	Types             []string   `json:"types"`
	PlanOverride      *VisitPlan `json:"-"`
	PlanPaused        bool       `json:"-"`

	FirstDealOn   Date  `json:"-"`
	LastDealOn    Date  `json:"-"`
	DealCount     int   `json:"-"`
	LastContactOn Date  `json:"-"`
	LastVisitOn   Date  `json:"-"`
	LastCallOn    Date  `json:"-"`
	NextVisitOn   Date  `json:"-"`
	NextCallOn    Date  `json:"-"`
	NextDueOn     Date  `json:"-"`
	OrderTotal    Money `json:"-"`
	Owed          Money `json:"-"`

	CreatedAt time.Time `json:"-"`
	UpdatedAt time.Time `json:"-"`
}

// Limits on what a user can type, so one field cannot swallow the book.
const (
	MaxNameLen  = 200
	MaxFieldLen = 2000
	MaxNoteLen  = 100_000
)

// FieldError names the field a validation failed on, so a form can point at it.
type FieldError struct {
	Field string
	Msg   Text
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg.En }

func fieldErr(field, zh, en string) error { return &FieldError{field, Text{zh, en}} }

// Normalize trims the text fields and fills the defaults a new customer gets.
func (c *Customer) Normalize() {
	for _, p := range []*string{&c.Name, &c.Company, &c.ShortName, &c.Title, &c.Industry, &c.Region, &c.Size,
		&c.Phone, &c.Email, &c.WeChat, &c.Address, &c.Source, &c.ReferredBy} {
		*p = strings.TrimSpace(*p)
	}
	c.Notes = strings.TrimRight(c.Notes, " \n\t")
	if c.Kind == "" {
		c.Kind = KindPerson
		if c.Company != "" && c.Name == c.Company {
			c.Kind = KindOrganisation
		}
	}
	if c.Level == "" {
		c.Level = LevelNew
	}
	if c.Stage == "" {
		c.Stage = StageProspect
	}
	if c.Relation == "" {
		c.Relation = RelationTransactional
	}
	c.Tags = CleanTags(c.Tags)
}

// Validate reports the first thing wrong with the customer, as a *FieldError.
func (c *Customer) Validate() error {
	if c.Name == "" {
		return fieldErr("name", "请填写姓名或名称", "a name is required")
	}
	if err := checkLen("name", c.Name, MaxNameLen); err != nil {
		return err
	}
	for _, f := range []struct {
		name, v string
	}{{"company", c.Company}, {"title", c.Title}, {"industry", c.Industry}, {"region", c.Region},
		{"size", c.Size}, {"phone", c.Phone}, {"email", c.Email}, {"wechat", c.WeChat},
		{"address", c.Address}, {"source", c.Source}, {"referred_by", c.ReferredBy}} {
		if err := checkLen(f.name, f.v, MaxFieldLen); err != nil {
			return err
		}
	}
	if err := checkLen("short_name", c.ShortName, MaxNameLen); err != nil {
		return err
	}
	if err := checkLen("notes", c.Notes, MaxNoteLen); err != nil {
		return err
	}
	if c.RegisteredCapital < 0 {
		return fieldErr("registered_capital", "注册资本不能为负", "the registered capital cannot be negative")
	}
	if err := checkMoney("registered_capital", c.RegisteredCapital); err != nil {
		return err
	}
	if c.Email != "" {
		if _, err := mail.ParseAddress(c.Email); err != nil || !strings.Contains(c.Email, "@") {
			return fieldErr("email", "邮箱格式不对，例如 name@example.com", "not an email address, e.g. name@example.com")
		}
	}
	if c.Phone != "" && !plausiblePhone(c.Phone) {
		return fieldErr("phone", "电话号码只能含数字、空格、+、-、括号", "a phone number holds digits, spaces, + - and brackets")
	}
	if _, err := ParseKind(string(c.Kind)); err != nil {
		return fieldErr("kind", "类型应为个人或企业", err.Error())
	}
	if _, err := ParseLevel(string(c.Level)); err != nil {
		return fieldErr("level", "未知的客户级别", err.Error())
	}
	if _, err := ParseStage(string(c.Stage)); err != nil {
		return fieldErr("stage", "未知的客户阶段", err.Error())
	}
	if _, err := ParseRelation(string(c.Relation)); err != nil {
		return fieldErr("relation", "未知的关系深度", err.Error())
	}
	if p := c.PlanOverride; p != nil && (p.VisitEveryDays < 0 || p.CallEveryDays < 0 || p.VisitEveryDays > 3660 || p.CallEveryDays > 3660) {
		return fieldErr("plan", "拜访间隔应在 0 到 3660 天之间", "a visit interval is 0 to 3660 days")
	}
	return nil
}

// Plan returns the customer's visit plan: their own override, else their level's plan from plans
// (the user's settings), else the level's default. A paused plan asks for nothing.
func (c *Customer) Plan(plans map[Level]VisitPlan) VisitPlan {
	if c.PlanPaused {
		return VisitPlan{}
	}
	if c.PlanOverride != nil {
		p := *c.PlanOverride
		if lp, ok := plans[c.Level]; ok {
			p.AnyDay = lp.AnyDay // a book-wide setting, carried on the level's plan
		}
		return p
	}
	if p, ok := plans[c.Level]; ok {
		return p
	}
	return c.Level.Info().Plan
}

func checkLen(field, v string, max int) error {
	if !utf8.ValidString(v) {
		return fieldErr(field, "含有无效字符", "holds invalid characters")
	}
	if utf8.RuneCountInString(v) > max {
		return &FieldError{field, Text{fmt.Sprintf("太长了（最多 %d 字）", max), fmt.Sprintf("too long (at most %d characters)", max)}}
	}
	if strings.ContainsRune(v, 0) {
		return fieldErr(field, "含有无效字符", "holds invalid characters")
	}
	return nil
}

func plausiblePhone(p string) bool {
	digits := 0
	for _, r := range withoutPhoneLabel(p) { // a label such as （客服） may follow the number
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +-()（）.#转ext", r):
		default:
			return false
		}
	}
	return digits >= 3
}

// CleanTags trims tags, drops empty ones and duplicates, keeping the first order.
func CleanTags(tags []string) []string {
	out := tags[:0:0]
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// SplitTags reads tags typed in one field, separated by commas (also ，、;) or spaces.
func SplitTags(s string) []string {
	return CleanTags(strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || r == ' '
	}))
}

// ErrNotFound is returned when a record asked for does not exist.
var ErrNotFound = errors.New("not found")
