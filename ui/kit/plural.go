package kit

import (
	"fmt"

	"guanxi/model"
)

// English counts agree with their number ("1 deal", "2 deals"): a text with a count has a form for
// the count 1 beside the form for the others (Chinese has one form, which both share).

// Counted is a text with a count, in its form for one and its form for many.
type Counted struct {
	One, Many model.Text
}

// TN returns the text t for the count n: its form for one when n is 1.
func (c *Common) TN(t Counted, n int) string {
	if n == 1 {
		return c.T(t.One)
	}
	return c.T(t.Many)
}

// Customers says how many customers: 3 位客户, 1 customer, 3 customers.
func Customers(c *Common, n int) string { return fmt.Sprintf(c.TN(Texts.Marked.Customers, n), n) }

// counted is a text with a count whose one Chinese form is zh, and whose English is one for the
// count 1 and many for the others.
func counted(zh, one, many string) Counted {
	return Counted{One: model.Text{Zh: zh, En: one}, Many: model.Text{Zh: zh, En: many}}
}
