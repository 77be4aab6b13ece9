package exchange

import (
	"errors"
	"fmt"

	"guanxi/model"
)

// A problem with a record, placed at its line or its number in the file.

// problem is a problem found with the record, placed where it is in the file.
func (rec *record) problem(zh, en string) Problem {
	if rec.number > 0 && rec.customer.Name != "" {
		// A JSON book has no lines to point at: the customer's name says which.
		who := quote(rec.customer.Name)
		zh, en = "（"+who+"）"+zh, "("+who+") "+en
	}
	return Problem{Line: rec.line, Record: rec.number, Msg: model.Text{Zh: zh, En: en}}
}

// fieldProblem says what validation found wrong with a customer, quoting the value.
func fieldProblem(rec *record, err error, c *model.Customer) Problem {
	var fe *model.FieldError
	if !errors.As(err, &fe) {
		return rec.problem(err.Error(), err.Error())
	}
	values := map[string]string{"name": c.Name, "company": c.Company, "short_name": c.ShortName, "title": c.Title, "industry": c.Industry,
		"region": c.Region, "size": c.Size, "phone": c.Phone, "email": c.Email, "wechat": c.WeChat,
		"address": c.Address, "source": c.Source, "referred_by": c.ReferredBy}
	name := label(field(fe.Field))
	if v := values[fe.Field]; v != "" {
		return rec.problem(fmt.Sprintf("%s“%s”：%s", name.Zh, quote(v), fe.Msg.Zh), fmt.Sprintf("%s %q: %s", name.En, quote(v), fe.Msg.En))
	}
	return rec.problem(name.Zh+"："+fe.Msg.Zh, name.En+": "+fe.Msg.En)
}
