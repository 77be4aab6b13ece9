package model

import (
	"strconv"
	"strings"
)

// ProfileField is one field of a customer's profile as an edit sees it: its name (the JSON key and
// the command line's flag), how it reads as text, to compare two versions and to show both values
// of a conflict, and how it is copied from one version of the customer to another.
type ProfileField struct {
	Name  string
	Label Text
	Text  func(c *Customer) string
	Copy  func(dst, src *Customer)
}

func profileText(name string, label Text, p func(c *Customer) *string) ProfileField {
	return ProfileField{name, label, func(c *Customer) string { return *p(c) }, func(d, s *Customer) { *p(d) = *p(s) }}
}

// ProfileFields are every field of a profile a user edits, in the order a form shows them.
var ProfileFields = []ProfileField{
	profileText("name", Text{"姓名", "name"}, func(c *Customer) *string { return &c.Name }),
	profileText("company", Text{"公司", "company"}, func(c *Customer) *string { return &c.Company }),
	profileText("short_name", Text{"简称", "short name"}, func(c *Customer) *string { return &c.ShortName }),
	{"kind", Text{"类型", "kind"}, func(c *Customer) string { return string(c.Kind) }, func(d, s *Customer) { d.Kind = s.Kind }},
	profileText("title", Text{"职务", "title"}, func(c *Customer) *string { return &c.Title }),
	profileText("phone", Text{"电话", "phone"}, func(c *Customer) *string { return &c.Phone }),
	profileText("email", Text{"邮箱", "email"}, func(c *Customer) *string { return &c.Email }),
	profileText("wechat", Text{"微信", "WeChat"}, func(c *Customer) *string { return &c.WeChat }),
	{"level", Text{"级别", "level"}, func(c *Customer) string { return string(c.Level) }, func(d, s *Customer) { d.Level = s.Level }},
	{"stage", Text{"阶段", "stage"}, func(c *Customer) string { return string(c.Stage) }, func(d, s *Customer) { d.Stage = s.Stage }},
	{"relation", Text{"关系深度", "relation"}, func(c *Customer) string { return string(c.Relation) }, func(d, s *Customer) { d.Relation = s.Relation }},
	profileText("region", Text{"地区", "region"}, func(c *Customer) *string { return &c.Region }),
	profileText("industry", Text{"行业", "industry"}, func(c *Customer) *string { return &c.Industry }),
	profileText("size", Text{"规模", "size"}, func(c *Customer) *string { return &c.Size }),
	{"registered_capital", Text{"注册资本", "registered capital"}, func(c *Customer) string {
		if c.RegisteredCapital == 0 {
			return ""
		}
		return c.RegisteredCapital.String()
	}, func(d, s *Customer) { d.RegisteredCapital = s.RegisteredCapital }},
	profileText("address", Text{"地址", "address"}, func(c *Customer) *string { return &c.Address }),
	profileText("source", Text{"来源", "source"}, func(c *Customer) *string { return &c.Source }),
	{"referred_by", Text{"介绍人", "referred by"}, func(c *Customer) string {
		// The link and the name go together: a referrer in the book is named by both.
		if c.ReferrerID != 0 {
			return c.ReferredBy + " #" + strconv.FormatInt(c.ReferrerID, 10)
		}
		return c.ReferredBy
	}, func(d, s *Customer) { d.ReferredBy, d.ReferrerID = s.ReferredBy, s.ReferrerID }},
	profileKept("birthday", Text{"生日", "birthday"}, func(c *Customer) (*Date, *YearlyDate) { return &c.Birthday, &c.BirthdayYearly }),
	profileKept("anniversary", Text{"纪念日/成立日", "anniversary/founded"}, func(c *Customer) (*Date, *YearlyDate) {
		return &c.Anniversary, &c.AnniversaryYearly
	}),
	{"tags", Text{"标签", "tags"}, func(c *Customer) string { return strings.Join(c.Tags, ", ") }, func(d, s *Customer) { d.Tags = s.Tags }},
	profileText("notes", Text{"备注", "notes"}, func(c *Customer) *string { return &c.Notes }),
}

// FieldConflict is a field the user changed in an edit that was also changed elsewhere, to
// something else, since the edit began: both values, as text.
type FieldConflict struct {
	Field        ProfileField
	Mine, Theirs string
}

// EditConflictError is returned when saving an edit would overwrite changes made elsewhere since
// it began: the fields in conflict and the customer as saved now.
type EditConflictError struct {
	Conflicts []FieldConflict
	Current   Customer
}

func (e *EditConflictError) Error() string {
	names := make([]string, len(e.Conflicts))
	for i, c := range e.Conflicts {
		names[i] = c.Field.Name
	}
	return "changed elsewhere since the edit began: " + strings.Join(names, ", ")
}

// ChangedFields lists the fields that differ between two versions of a customer.
func ChangedFields(a, b Customer) []ProfileField {
	var out []ProfileField
	for _, f := range ProfileFields {
		if f.Text(&a) != f.Text(&b) {
			out = append(out, f)
		}
	}
	return out
}

// MergeEdit applies an edit to the customer as it is saved now: loaded is the customer the edit
// began from, mine the customer as the user left it, current the customer as saved now. Only the
// fields the user changed are taken from mine; every other field stays as current has it, so a
// change made elsewhere meanwhile is kept. A field the user changed that current also changed, to
// another value, is a conflict: merged keeps current's value there until the user chooses.
func MergeEdit(loaded, mine, current Customer) (merged Customer, conflicts []FieldConflict) {
	merged = current
	for _, f := range ChangedFields(loaded, mine) {
		now, was, want := f.Text(&current), f.Text(&loaded), f.Text(&mine)
		if now != was && now != want {
			conflicts = append(conflicts, FieldConflict{f, want, now})
			continue
		}
		f.Copy(&merged, &mine)
	}
	return merged, conflicts
}

// ResolveEdit is the edit to save again after a conflict: the customer as saved now (current) with
// the user's changes, and, for each field in conflict, the user's value when keepMine names the
// field, else the value saved elsewhere. It is saved as an edit that began from current.
func ResolveEdit(loaded, mine, current Customer, keepMine map[string]bool) Customer {
	merged, conflicts := MergeEdit(loaded, mine, current)
	for _, c := range conflicts {
		if keepMine[c.Field.Name] {
			c.Field.Copy(&merged, &mine)
		}
	}
	return merged
}
