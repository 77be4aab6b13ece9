package store

import (
	"context"
	"fmt"
)

// EachNameKey calls each with the id, name and stored name key of every customer out of the trash
// whose key holds filter.Key, or was written under other rules than filter.KeyVersion (the caller
// reads the name itself); filter.Search is not read. The three columns are read off the index that
// holds them all (customers_level_name_key), a few times smaller than the table: the list answers
// what is typed before its search index is loaded from the names alone (search.Screenful), while
// that load reads the whole table beside it. The rows come in no particular order.
func (s *Store) EachNameKey(ctx context.Context, filter *SearchKeyFilter, each func(id int64, name, nameKey string)) error {
	var args []any
	where := ""
	if filter != nil {
		where = " AND (" + keyMayMatch(filter, &args) + ")"
	}
	err := eachIDAndTexts(ctx, s.db, `SELECT id, name, name_key FROM customers INDEXED BY customers_level_name_key
		WHERE deleted_at IS NULL`+where, args, each)
	if err != nil {
		return fmt.Errorf("read the customers' name keys: %w", err)
	}
	return nil
}

// keyMayMatch is the condition that a customer's stored name key was written under other rules
// than filter.KeyVersion (the search reads the name itself), or holds filter.Key; its arguments are
// appended to args.
func keyMayMatch(filter *SearchKeyFilter, args *[]any) string {
	*args = append(*args, filter.KeyVersion)
	n := len(*args)
	return fmt.Sprintf("substr(name_key, 1, length(?%d)) != ?%d OR ", n, n) + holdsSQL("name_key", filter.Key, args)
}
