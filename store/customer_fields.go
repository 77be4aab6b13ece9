package store

import (
	"strings"
	"time"

	"guanxi/model"
)

// customerField is a column of the customers table as a field of model.Customer: its name, and how
// a value of the column, scanned into any, sets the field.
type customerField struct {
	col string
	set func(c *model.Customer, v any)
}

// customerFields are every column a customer is read from, in the order scanCustomer reads them.
var customerFields = []customerField{
	{"id", func(c *model.Customer, v any) { c.ID = anyInt(v) }}, // first: readCustomers finds it there
	{"uid", func(c *model.Customer, v any) { c.UID = anyText(v) }},
	{"kind", func(c *model.Customer, v any) { c.Kind = model.Kind(anyText(v)) }},
	{"name", func(c *model.Customer, v any) { c.Name = anyText(v) }},
	{"company", func(c *model.Customer, v any) { c.Company = anyText(v) }},
	{"short_name", func(c *model.Customer, v any) { c.ShortName = anyText(v) }},
	{"title", func(c *model.Customer, v any) { c.Title = anyText(v) }},
	{"industry", func(c *model.Customer, v any) { c.Industry = anyText(v) }},
	{"region", func(c *model.Customer, v any) { c.Region = anyText(v) }},
	{"size", func(c *model.Customer, v any) { c.Size = anyText(v) }},
	{"registered_capital", func(c *model.Customer, v any) { c.RegisteredCapital = model.Money(anyInt(v)) }},
	{"phone", func(c *model.Customer, v any) { c.Phone = anyText(v) }},
	{"email", func(c *model.Customer, v any) { c.Email = anyText(v) }},
	{"wechat", func(c *model.Customer, v any) { c.WeChat = anyText(v) }},
	{"address", func(c *model.Customer, v any) { c.Address = anyText(v) }},
	{"birthday", func(c *model.Customer, v any) { c.Birthday = anyDate(v) }},
	{"anniversary", func(c *model.Customer, v any) { c.Anniversary = anyDate(v) }},
	// After the plain dates: a yearly date fills in the solar day it gives.
	{"birthday_yearly", func(c *model.Customer, v any) { c.BirthdayYearly, c.Birthday = anyYearly(v, c.Birthday) }},
	{"anniversary_yearly", func(c *model.Customer, v any) { c.AnniversaryYearly, c.Anniversary = anyYearly(v, c.Anniversary) }},
	{"source", func(c *model.Customer, v any) { c.Source = anyText(v) }},
	{"referred_by", func(c *model.Customer, v any) { c.ReferredBy = anyText(v) }},
	{"referrer_id", func(c *model.Customer, v any) { c.ReferrerID = anyInt(v) }},
	{"level", func(c *model.Customer, v any) { c.Level = model.Level(anyText(v)) }},
	{"stage", func(c *model.Customer, v any) { c.Stage = model.Stage(anyText(v)) }},
	{"relation", func(c *model.Customer, v any) { c.Relation = model.Relation(anyText(v)) }},
	{"tags", func(c *model.Customer, v any) { c.Tags = splitStoredTags(anyText(v)) }},
	{"notes", func(c *model.Customer, v any) { c.Notes = anyText(v) }},
	// A plan of the customer's own: either interval set (NULL is the level's) makes one.
	{"visit_every_days", planDays(func(p *model.VisitPlan) *int { return &p.VisitEveryDays })},
	{"call_every_days", planDays(func(p *model.VisitPlan) *int { return &p.CallEveryDays })},
	{"plan_paused", func(c *model.Customer, v any) { c.PlanPaused = anyInt(v) != 0 }},
	{"first_deal_on", func(c *model.Customer, v any) { c.FirstDealOn = anyDate(v) }},
	{"last_deal_on", func(c *model.Customer, v any) { c.LastDealOn = anyDate(v) }},
	{"deal_count", func(c *model.Customer, v any) { c.DealCount = int(anyInt(v)) }},
	{"last_contact_on", func(c *model.Customer, v any) { c.LastContactOn = anyDate(v) }},
	{"last_visit_on", func(c *model.Customer, v any) { c.LastVisitOn = anyDate(v) }},
	{"last_call_on", func(c *model.Customer, v any) { c.LastCallOn = anyDate(v) }},
	{"next_visit_on", func(c *model.Customer, v any) { c.NextVisitOn = anyDate(v) }},
	{"next_call_on", func(c *model.Customer, v any) { c.NextCallOn = anyDate(v) }},
	{"next_due_on", func(c *model.Customer, v any) { c.NextDueOn = anyDate(v) }},
	{"order_total", func(c *model.Customer, v any) { c.OrderTotal = model.Money(anyInt(v)) }},
	{"owed", func(c *model.Customer, v any) { c.Owed = model.Money(anyInt(v)) }},
	{"created_at", func(c *model.Customer, v any) { c.CreatedAt = time.Unix(anyInt(v), 0) }},
	{"updated_at", func(c *model.Customer, v any) { c.UpdatedAt = time.Unix(anyInt(v), 0) }},
}

// planDays sets an interval of the customer's own plan, the one days gives of it, from its column:
// a value makes the plan, NULL leaves the interval to the level's.
func planDays(days func(p *model.VisitPlan) *int) func(c *model.Customer, v any) {
	return func(c *model.Customer, v any) {
		if v != nil {
			*days(planOverride(c)) = int(anyInt(v))
		}
	}
}

// planOverride returns the customer's own plan, making it first.
func planOverride(c *model.Customer) *model.VisitPlan {
	if c.PlanOverride == nil {
		c.PlanOverride = &model.VisitPlan{}
	}
	return c.PlanOverride
}

// customerColumns are the columns of customerFields, for a SELECT that scanCustomer reads.
var customerColumns = fieldColumns(customerFields)

// fieldColumns lists the fields' columns, comma-separated.
func fieldColumns(fields []customerField) string {
	cols := make([]string, len(fields))
	for i, f := range fields {
		cols[i] = f.col
	}
	return strings.Join(cols, ", ")
}

// scanCustomer reads a row of customerColumns (and any columns the scanner adds after them).
func scanCustomer(r rowScanner) (model.Customer, error) { return scanFields(r, customerFields) }

// scanFields reads a row of the fields' columns. The columns are scanned into values of any, which
// database/sql fills as the driver gives them, without reflection: an export of 100,000 customers
// spent a third of its time converting them one typed field at a time.
func scanFields(r rowScanner, fields []customerField) (model.Customer, error) {
	var c model.Customer // returned empty should the scan fail
	v := make([]any, len(fields))
	ptrs := make([]any, len(fields))
	for i := range fields {
		ptrs[i] = &v[i]
	}
	if err := r.Scan(ptrs...); err != nil {
		return c, err
	}
	return customerOf(v, fields), nil
}

// customerOf makes a customer of the values of the fields' columns, as scanned into any.
func customerOf(v []any, fields []customerField) model.Customer {
	var c model.Customer
	for i, f := range fields {
		f.set(&c, v[i])
	}
	return c
}
