package store

import (
	"context"
	"fmt"
)

// SearchShortNames reads the short names users gave their customers' companies, which few have, off
// their own small index (migration 24), for the rows of the list the search index gives.
func (s *Store) SearchShortNames(ctx context.Context) (map[int64]string, error) {
	out, err := readMap[int64, string](ctx, s.db, `SELECT id, short_name FROM customers INDEXED BY customers_short_name
		WHERE short_name != '' AND deleted_at IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("read short names for the search: %w", err)
	}
	return out, nil
}
