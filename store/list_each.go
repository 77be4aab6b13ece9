package store

import (
	"context"
	"errors"
	"strings"

	"guanxi/model"
)

// EachListed calls fn with each customer ListCustomers would return for q, in the same order,
// without holding them all: it reads the order first, each customer's place in it and name alone
// (listOrder), then the customers a chunk at a time (eachInOrder), so the command line's list of a
// whole book of 100,000 customers holds the rows of one chunk at a time. full reads every field,
// as ListFullCustomers. A limit and the order by name (by pinyin, which needs every row) are read
// whole first. A query with text is a search, not a list: an error.
func (s *Store) EachListed(ctx context.Context, q ListQuery, full bool, fn func(*model.Customer) error) error {
	if strings.TrimSpace(q.Text) != "" {
		return errors.New("list customers: a search is answered by package search, not read as a list")
	}
	if q.Sort == SortName || q.Limit > 0 {
		list := s.ListCustomers
		if full {
			list = s.ListFullCustomers
		}
		rows, err := list(ctx, q)
		if err != nil {
			return err
		}
		return EachCustomerOf(rows, fn)
	}
	columns, scan := listColumns, scanListRow
	if full {
		columns, scan = fullListColumns, scanFullListRow
	}
	// The order and the rows are read in one read transaction, so they are of the same moment.
	tx, err := s.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ids, err := listOrder(ctx, tx, q)
	if err != nil {
		return err
	}
	return eachInOrder(ctx, tx, ids, listChunk, columns, scan, fn)
}
