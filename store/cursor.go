package store

import (
	"context"
	"database/sql"
)

// cursor walks one table of records ordered by customer, handing out each customer's rows.
type cursor[T any] struct {
	rows *sql.Rows
	scan func(*sql.Rows) (int64, T, error)
	id   int64 // the customer of the row read ahead; -1 at the end
	next T
	err  error
}

func openCursor[T any](ctx context.Context, tx *sql.Tx, query string, scan func(*sql.Rows) (int64, T, error), args ...any) (*cursor[T], error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	c := &cursor[T]{rows: rows, scan: scan}
	c.advance()
	return c, c.err
}

func (c *cursor[T]) advance() {
	if c.err != nil || !c.rows.Next() {
		c.id = -1
		if c.err == nil {
			c.err = c.rows.Err()
		}
		return
	}
	c.id, c.next, c.err = c.scan(c.rows)
	if c.err != nil {
		c.id = -1
	}
}

// take returns the rows of customer id, skipping the rows of customers before it (in the trash, or
// out of the scope).
func (c *cursor[T]) take(id int64) []T {
	for c.id >= 0 && c.id < id {
		c.advance()
	}
	var out []T
	for c.id == id {
		out = append(out, c.next)
		c.advance()
	}
	return out
}

func (c *cursor[T]) close() { c.rows.Close() }

func (c *cursor[T]) failed() error { return c.err }

// cursors are the cursors of one read, opened one after another and closed together. The first
// error stops the opening of the rest and is kept; a cursor not opened hands out nothing.
type cursors struct {
	ctx  context.Context
	tx   *sql.Tx
	open []interface {
		close()
		failed() error
	}
	err error
}

// openIn opens a cursor among cs, unless one before it failed.
func openIn[T any](cs *cursors, query string, scan func(*sql.Rows) (int64, T, error), args ...any) *cursor[T] {
	if cs.err != nil {
		return &cursor[T]{id: -1}
	}
	c, err := openCursor(cs.ctx, cs.tx, query, scan, args...)
	if c == nil {
		cs.err = err
		return &cursor[T]{id: -1}
	}
	cs.open = append(cs.open, c)
	cs.err = err
	return c
}

// failed is the first error of opening the cursors or of reading through them.
func (cs *cursors) failed() error {
	if cs.err != nil {
		return cs.err
	}
	for _, c := range cs.open {
		if err := c.failed(); err != nil {
			return err
		}
	}
	return nil
}

func (cs *cursors) close() {
	for _, c := range cs.open {
		c.close()
	}
}
