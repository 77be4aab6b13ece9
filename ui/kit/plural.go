package kit

import "fmt"

// English counts agree with their number ("1 deal", "2 deals"): a text with a count has, beside
// its key, a key.one for the count 1 (Chinese has one form, which both keys share).

// TN returns the text of key for the count n: key.one when n is 1 and it exists.
func (c *Common) TN(key string, n int) string {
	if n == 1 {
		if _, ok := Strs[key+".one"]; ok {
			return c.T(key + ".one")
		}
	}
	return c.T(key)
}

// Customers says how many customers: 3 位客户, 1 customer, 3 customers.
func Customers(c *Common, n int) string { return fmt.Sprintf(c.TN("mark.customers", n), n) }
