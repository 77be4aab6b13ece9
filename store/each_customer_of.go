package store

import "guanxi/model"

// EachCustomerOf calls fn with each customer of rows in turn, as EachListed and the other readers
// that stream customers call it, and stops at the first error fn returns; so a caller holding a
// slice already (a search's rows, a list read whole, a chunk) hands it on the same way.
func EachCustomerOf(rows []model.Customer, fn func(*model.Customer) error) error {
	for i := range rows {
		if err := fn(&rows[i]); err != nil {
			return err
		}
	}
	return nil
}
