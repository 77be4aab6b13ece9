package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
)

// sideTables are the tables of a new book written whole (WriteBulkWhole) whose rows a second
// connection writes, into a scratch file beside the book, while the Bulk writes the other tables
// into the book: SQLite lets one connection write a file at a time, so this is how a book is
// written on two cores. The logged contacts and the deals are 60% of a generated book's bytes and
// took half of its writer's time, which then leaves about as much work to each side. The scratch
// file's rows are copied into the book at the end by SQLite's transfer of whole records (INSERT
// INTO … SELECT * into an empty table of the same shape), which copies each row and index entry as
// it is, without parsing, binding or sorting it again: about a third of writing it.
var sideTables = []string{"interactions", "deals"}

// sideAttachName is the name the scratch file has in the book's connection while it is copied.
const sideAttachName = "guanxi_side"

// sideCacheKiB is the page cache of the scratch file's connection: its rows are written once, in
// the order of their ids, so the cache holds only the pages being filled.
const sideCacheKiB = 8 << 10

// sideBatches is how many batches the Bulk may hand over before the side has written them: enough
// that neither waits for the other at every batch, few enough that the rows in flight stay a few
// MB (a generated book's batch is 512 logged contacts).
const sideBatches = 16

// sideWriter writes the rows of sideTables for a Bulk on a connection of its own, one batch after
// another as the Bulk hands them over, in the order it does.
type sideWriter struct {
	path    string
	tables  []string
	db      *sql.DB
	batches chan func(*Bulk) error
	done    chan error // the writer's result, once batches is closed and all is written
	closed  bool       // batches is closed: last was called
}

// startSide makes the scratch file beside the book with the tables of sideTables that are empty in
// the book (a row already there would take the ids the scratch file gives), and starts writing
// them on another goroutine. Without such a table it does nothing.
func (b *Bulk) startSide() error {
	var tables []string
	for _, t := range sideTables {
		var some bool
		if err := b.tx.QueryRowContext(b.ctx, "SELECT EXISTS (SELECT 1 FROM "+quoteIdent(t)+")").Scan(&some); err != nil {
			return err
		}
		if !some {
			tables = append(tables, t)
		}
	}
	if len(tables) == 0 {
		return nil
	}
	// The same statements make the same tables and indexes, which the transfer needs.
	schema, err := readStrings(b.ctx, b.tx, `SELECT sql FROM sqlite_schema WHERE type IN ('table', 'index')
		AND sql IS NOT NULL AND tbl_name IN (`+marks(len(tables))+`) ORDER BY type = 'index', rowid`, anys(tables)...)
	if err != nil {
		return err
	}
	path := b.s.path + "-side"
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	// Like the book being written: no journal, no sync, no foreign keys to check (the customers
	// are in the book, not here). A run that fails removes it.
	db, err := sql.Open("sqlite", dsnWith(path, "journal_mode(OFF)", "synchronous(OFF)", "foreign_keys(0)"))
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	w := &sideWriter{path: path, tables: tables, db: db, batches: make(chan func(*Bulk) error, sideBatches), done: make(chan error, 1)}
	setup := append([]string{fmt.Sprintf("PRAGMA page_size = %d; PRAGMA temp_store = MEMORY; PRAGMA cache_size = %d",
		newBookPageSize, -sideCacheKiB)}, schema...)
	for _, stmt := range setup {
		if _, err := db.ExecContext(b.ctx, stmt); err != nil {
			w.remove()
			return fmt.Errorf("make the scratch file of the book: %w", err)
		}
	}
	conn, err := db.Conn(b.ctx)
	if err != nil {
		w.remove()
		return err
	}
	tx, err := conn.BeginTx(b.ctx, nil)
	if err != nil {
		conn.Close()
		w.remove()
		return err
	}
	b.side = w
	go w.write(b.s.newBulk(b.ctx, conn, tx, nil), conn, tx)
	return nil
}

// write runs each batch in a Bulk of the scratch file, its indexes that do not grow at their end
// set aside and built after the last, and commits. After a batch fails it takes the others without
// running them, so the Bulk that hands them over never waits.
func (w *sideWriter) write(sb *Bulk, conn *sql.Conn, tx *sql.Tx) {
	sb.whole = true
	err := sb.indexesAside(w.tables, 2, func() error {
		for batch := range w.batches {
			if err := batch(sb); err != nil {
				for range w.batches {
				}
				return err
			}
		}
		return nil
	})
	sb.closeStatements()
	if err == nil {
		err = tx.Commit()
	} else {
		tx.Rollback()
	}
	conn.Close()
	if cerr := w.db.Close(); err == nil {
		err = cerr
	}
	w.done <- err
}

// takes tells whether the side writes the rows of ins.
func (w *sideWriter) takes(ins insert) bool { return w.takesTable(ins.table()) }

// takesTable tells whether the side writes the rows of table; no side writes none.
func (w *sideWriter) takesTable(table string) bool {
	return w != nil && slices.Contains(w.tables, table)
}

// last tells the side that no more batches come, so it builds its indexes set aside while the
// Bulk goes on with its own: before its own indexes are built, a Bulk writing a book whole tells
// its side. It may be called again.
func (w *sideWriter) last() {
	if w != nil && !w.closed {
		w.closed = true
		close(w.batches)
	}
}

// joinSide waits for the side to write its last rows and copies them into the book's tables,
// still empty, in the Bulk's transaction; the scratch file is removed. The book's triggers on
// those tables are set aside during the copy (SQLite transfers whole records only into a table
// without triggers) and put back as they were: they fire on changes to come, none on these rows.
// Anything of the Bulk that reads the side's tables joins first; a Bulk without a side has nothing
// to do.
func (b *Bulk) joinSide() error {
	w := b.side
	if w == nil {
		return nil
	}
	b.side = nil
	w.last()
	err := <-w.done
	defer w.remove()
	if err != nil {
		return err
	}
	// The customers and contacts the rows refer to come first.
	if err := b.flush(); err != nil {
		return err
	}
	if _, err := b.tx.ExecContext(b.ctx, "ATTACH DATABASE ? AS "+sideAttachName, w.path); err != nil {
		return fmt.Errorf("copy the scratch file into the book: %w", err)
	}
	for _, t := range w.tables {
		if err := b.copySide(t); err != nil {
			return fmt.Errorf("copy the scratch file into the book: %w", err)
		}
	}
	return nil
}

// detachSide lets the scratch file of a side go from the connection, once the transaction that
// copied it has ended (SQLite keeps it till then); the file itself is removed already.
func detachSide(ctx context.Context, conn *sql.Conn) {
	var attached bool
	err := conn.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pragma_database_list WHERE name = ?)", sideAttachName).Scan(&attached)
	if err == nil && attached {
		conn.ExecContext(ctx, "DETACH DATABASE "+sideAttachName)
	}
}

// copySide copies table from the scratch file into the book.
func (b *Bulk) copySide(table string) error {
	creates, err := b.dropSchema("DROP TRIGGER main.", nil, `SELECT name, sql FROM main.sqlite_schema WHERE type = 'trigger'
		AND tbl_name = ? ORDER BY rowid`, table)
	if err != nil {
		return err
	}
	if _, err := b.tx.ExecContext(b.ctx, "INSERT INTO main."+quoteIdent(table)+" SELECT * FROM "+sideAttachName+"."+quoteIdent(table)); err != nil {
		return err
	}
	for _, create := range creates {
		if _, err := b.tx.ExecContext(b.ctx, create); err != nil {
			return err
		}
	}
	return nil
}

// stopSide ends a side that was not joined (the Bulk failed): it waits for the writer to stop and
// removes the scratch file.
func (b *Bulk) stopSide() {
	if w := b.side; w != nil {
		b.side = nil
		w.last()
		<-w.done
		w.remove()
	}
}

// remove removes the scratch file.
func (w *sideWriter) remove() {
	w.db.Close()
	os.Remove(w.path)
}

// table is the table ins writes into.
func (ins insert) table() string {
	_, rest, _ := strings.Cut(ins.head, "INTO ")
	table, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	return table
}

// anys is list as arguments of a statement.
func anys(list []string) []any {
	args := make([]any, len(list))
	for i, s := range list {
		args[i] = s
	}
	return args
}
