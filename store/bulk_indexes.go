package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// indexesAside runs fn with the secondary indexes of tables dropped, and builds them again after
// it, over the finished rows, inside the Bulk's transaction: building an index once over many rows
// costs far less than keeping it up to date row by row. A failure rolls the indexes back with
// everything else; readers meanwhile see the book as it was. Unique indexes stay, since a write
// may rely on them (INSERT OR IGNORE), and in a book written whole so do those that begin with
// the customer's id (growsAtItsEnd).
func (b *Bulk) indexesAside(tables []string, sortThreads int, fn func() error) error {
	creates, err := b.dropSchema("DROP INDEX ", func(create string) bool { return b.whole && growsAtItsEnd(create) },
		`SELECT name, sql FROM sqlite_schema WHERE type = 'index'
		AND tbl_name IN (`+marks(len(tables))+`) AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%'
		ORDER BY tbl_name, name`, anys(tables)...)
	if err != nil {
		return fmt.Errorf("set the indexes aside: %w", err)
	}
	// Statements prepared before the indexes went would be prepared again anyway. The rows held
	// back and the derived figures go in before the indexes are built over them.
	ferr := fn()
	if ferr == nil {
		ferr = b.finish()
	}
	if ferr != nil {
		return ferr // the transaction is rolled back, the indexes with it
	}
	// The sorts that build the indexes may use more cores, each with memory of its own (the setting
	// is the connection's, and put back after).
	if sortThreads > 0 {
		if _, err := b.tx.ExecContext(b.ctx, fmt.Sprintf("PRAGMA threads = %d", sortThreads)); err != nil {
			return err
		}
		defer b.tx.ExecContext(context.WithoutCancel(b.ctx), "PRAGMA threads = 0")
	}
	for _, create := range creates {
		if _, err := b.tx.ExecContext(b.ctx, create); err != nil {
			return fmt.Errorf("build the indexes again: %w", err)
		}
	}
	return nil
}

// dropSchema drops in the Bulk's transaction the indexes or triggers a query of sqlite_schema
// names (its columns: name, sql) but those keep keeps in place, each by the statement drop followed
// by its quoted name, and returns the statements that make them again, in the query's order.
func (b *Bulk) dropSchema(drop string, keep func(create string) bool, query string, args ...any) ([]string, error) {
	type object struct{ name, create string }
	all, err := readAll(b.ctx, b.tx, query, func(rows *sql.Rows) (object, error) {
		var o object
		err := rows.Scan(&o.name, &o.create)
		return o, err
	}, args...)
	if err != nil {
		return nil, err
	}
	var creates []string
	for _, o := range all {
		if keep != nil && keep(o.create) {
			continue
		}
		if _, err := b.tx.ExecContext(b.ctx, drop+quoteIdent(o.name)); err != nil {
			return nil, err
		}
		creates = append(creates, o.create)
	}
	return creates, nil
}

// growsAtItsEnd tells whether an index begins with the customer's id, which a Bulk writes in
// ascending order: each new entry then goes at the index's end, on pages already in the cache,
// which costs less than a walk of the whole table and a sort to build it after.
func growsAtItsEnd(create string) bool {
	_, cols, ok := strings.Cut(create, "(")
	if !ok {
		return false
	}
	first, _, _ := strings.Cut(cols, ",")
	first = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(first), ")"))
	return first == "id" || first == "customer_id"
}

// wholeBookTables are the tables a generated book fills.
var wholeBookTables = []string{"customers", "contacts", "person_types", "interactions", "deals", "reminders", "complaints"}

// WriteBulkWhole is WriteBulk for filling a book with many records at once, as a generated book
// of 100,000 customers: the secondary indexes of every table it fills are set aside while it
// writes and built once at the end, all in one transaction, so the book is written whole or not at
// all. progress, if not nil, is told when the indexes are being built.
//
// The tables of sideTables are written on a second connection meanwhile (bulk_side.go) and
// copied into the book once the indexes of the others are built; until then nothing of the Bulk
// reads them.
func (s *Store) WriteBulkWhole(ctx context.Context, fn func(*Bulk) error, indexing func()) error {
	return s.writeBulkCached(ctx, wholeCacheKiB, func(b *Bulk) error {
		b.whole = true
		if err := b.startSide(); err != nil {
			return err
		}
		defer b.stopSide()
		// The side's tables are empty in the book until they are copied, so their indexes stay.
		own := slices.DeleteFunc(slices.Clone(wholeBookTables), b.side.takesTable)
		err := b.indexesAside(own, 2, func() error {
			if err := fn(b); err != nil {
				return err
			}
			if err := b.finish(); err != nil {
				return err
			}
			b.side.last()
			if indexing != nil {
				indexing()
			}
			return nil
		})
		if err != nil {
			return err
		}
		return b.joinSide()
	})
}
