package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// customerWithTypesWhere reads every profile column and the customer's own personality types, of
// the customers not in the trash for whom cond holds, in the order they were added.
func customerWithTypesWhere(cond string) string {
	return "SELECT " + customerColumns + `,
	(SELECT group_concat(type_code, ',' ORDER BY id) FROM person_types pt WHERE pt.customer_id = customers.id AND pt.contact_id IS NULL)
	FROM customers WHERE deleted_at IS NULL AND ` + cond + ` ORDER BY id`
}

// scanCustomerWithTypes reads a row of customerWithTypesWhere.
func scanCustomerWithTypes(rows *sql.Rows) (model.Customer, error) {
	var types sql.NullString
	c, err := scanCustomer(scanWithTail{rows, &types})
	if err != nil {
		return c, err
	}
	if types.Valid && types.String != "" {
		c.Types = splitComma(types.String)
	}
	return c, nil
}

// scanWithTail scans a row whose last column follows those scanCustomer reads.
type scanWithTail struct {
	r    rowScanner
	tail any
}

func (s scanWithTail) Scan(dest ...any) error { return s.r.Scan(append(dest, s.tail)...) }

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// EachCustomer calls fn with every customer in the scope, in the order they were added, with
// every field and their own personality type codes. It reads one snapshot of the book and
// holds a few hundred customers at a time, so a book of any size is exported in little memory.
// The rows are read on a goroutine of their own while the caller's turns them into customers and
// runs fn (an export formatting and writing them): on two cores the two halves overlap, and the
// reading, which the driver makes the larger, is left alone on its core.
func (s *Store) EachCustomer(ctx context.Context, sc Scope, fn func(model.Customer) error) error {
	tx, err := s.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan customerRows, 4)
	read := make(chan error, 1)
	go func() {
		defer close(batches)
		read <- readCustomers(ctx, tx, sc, func(batch customerRows) bool {
			select {
			case batches <- batch:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var fnErr error
	for batch := range batches {
		for k := range batch.types {
			if fnErr != nil {
				break
			}
			c := batch.customer(k)
			fnErr = fn(c)
		}
		if fnErr != nil {
			cancel() // the reader stops at its next batch; the loop drains what it sent
		}
	}
	if err := <-read; fnErr == nil && err != nil {
		return err
	}
	return fnErr
}

// customerBatch is how many customers the reader of EachCustomer hands over at a time.
const customerBatch = 256

// customerRows are customers as read: the values of customerFields, row after row, as the driver
// gave them, and each customer's personality types.
type customerRows struct {
	values []any
	types  [][]string
}

// customer makes the k-th customer of the batch.
func (b customerRows) customer(k int) model.Customer {
	n := len(customerFields)
	c := customerOf(b.values[k*n:(k+1)*n], customerFields)
	c.Types = b.types[k]
	return c
}

// readCustomers reads the customers in the scope in batches, handing each to send, until send
// says to stop.
func readCustomers(ctx context.Context, tx *sql.Tx, sc Scope, send func(customerRows) bool) error {
	// The types come from one walk of their table beside the customers', not a query per customer.
	types, err := openCursor(ctx, tx, `SELECT customer_id, type_code FROM person_types WHERE contact_id IS NULL
		ORDER BY customer_id, id`, func(r *sql.Rows) (int64, string, error) {
		var id int64
		var code string
		err := r.Scan(&id, &code)
		return id, code, err
	})
	if err != nil {
		return fmt.Errorf("read personality types: %w", err)
	}
	defer types.close()
	rows, err := tx.QueryContext(ctx, "SELECT "+customerColumns+" FROM customers WHERE deleted_at IS NULL ORDER BY id")
	if err != nil {
		return fmt.Errorf("read customers: %w", err)
	}
	defer rows.Close()
	n := len(customerFields)
	newBatch := func() customerRows {
		return customerRows{values: make([]any, 0, n*customerBatch), types: make([][]string, 0, customerBatch)}
	}
	batch := newBatch()
	ptrs := make([]any, n)
	for rows.Next() {
		at := len(batch.values)
		batch.values = batch.values[:at+n]
		for i := range ptrs {
			ptrs[i] = &batch.values[at+i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("read customers: %w", err)
		}
		id := anyInt(batch.values[at]) // customerFields begin with the id
		codes := types.take(id)
		if !sc.has(id) {
			batch.values = batch.values[:at]
			continue
		}
		if batch.types = append(batch.types, codes); len(batch.types) == customerBatch {
			if !send(batch) {
				return ctx.Err()
			}
			batch = newBatch()
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(batch.types) > 0 && !send(batch) {
		return ctx.Err()
	}
	return types.err
}
