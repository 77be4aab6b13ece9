package ui

import "fmt"

// English counts agree with their number ("1 deal", "2 deals"): a text with a count has, beside
// its key, a key.one for the count 1 (Chinese has one form, which both keys share).

// tn returns the text of key for the count n: key.one when n is 1 and it exists.
func (c *common) tn(key string, n int) string {
	if n == 1 {
		if _, ok := strs[key+".one"]; ok {
			return c.t(key + ".one")
		}
	}
	return c.t(key)
}

// customers says how many customers: 3 位客户, 1 customer, 3 customers.
func customers(c *common, n int) string { return fmt.Sprintf(c.tn("mark.customers", n), n) }
