package store

import (
	"database/sql"
	"fmt"
)

// newBookPageSize is the page size of a new book. A customer's row is some 600 bytes; at SQLite's
// default of 4 KiB a table of 100,000 customers is 17,000 pages, and walking them costs per page
// as much as per row. With 16 KiB pages every walk of a table or index (an import building the
// customers' indexes, an export, the analysis) reads a quarter as many pages, for a few more
// kilobytes written by each small change. Books made before keep their size.
const newBookPageSize = 16 << 10

// setPageSize gives the empty file at path the book's page size. It must come before the file is
// put in WAL mode, as every connection of the store does when it opens: from then on the page size
// of a database cannot change.
func setPageSize(path string) error {
	db, err := sql.Open("sqlite", fileURI(path))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	// VACUUM writes the empty database's first page, in the new size.
	if _, err := db.Exec(fmt.Sprintf("PRAGMA page_size = %d; VACUUM", newBookPageSize)); err != nil {
		return fmt.Errorf("set the page size: %w", err)
	}
	return db.Close()
}
