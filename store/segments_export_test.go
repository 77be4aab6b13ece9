package store

import "context"

// CountSQL runs a count on the book's own connection, with its pragmas, for a benchmark that holds
// a saved list's count against the SQL the query language ran before.
func (s *Store) CountSQL(ctx context.Context, query string, args ...any) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, query, args...).Scan(&n)
	return n, err
}
