package store

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strings"
)

// A record's id is never given again once its record is deleted: the trash names a record by its
// kind and id, so a later record taking a deleted one's id would stand beside it in the trash
// under the same name, and the earlier could not come back while the later held its id. The
// tables of the records the trash keeps number their rows with AUTOINCREMENT, so SQLite gives a
// new row an id above every one it ever gave (kept in sqlite_sequence), not above the highest
// still there.

// trashedIDTables are the tables whose rows the record trash keeps, parents before the tables that
// refer to them: the order rows are copied in, and the reverse of the order the tables are dropped
// in, so no foreign key is ever broken or acted on.
var trashedIDTables = []string{"contacts", "deals", "reminders", "complaints", "interactions", "payments", "person_types"}

// integerKey is how the schema declares a table's key that SQLite numbers.
var integerKey = regexp.MustCompile(`(?i)\bid\s+INTEGER\s+PRIMARY\s+KEY\b`)

// idsNeverReused rebuilds each table of trashedIDTables with its key AUTOINCREMENT, keeping every
// row, column, index, trigger and foreign key as they were (each is made again from the book's
// own schema), and starts the table's numbering above the ids of its rows in the trash too, so a
// record deleted before this step cannot share its id with one added after.
func idsNeverReused(ctx context.Context, tx *sql.Tx) error {
	type table struct {
		name, create string
		columns      []string
	}
	tables := make([]table, len(trashedIDTables))
	for i, name := range trashedIDTables {
		t := table{name: name}
		if err := tx.QueryRowContext(ctx, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", name).Scan(&t.create); err != nil {
			return fmt.Errorf("read the schema of %s: %w", name, err)
		}
		if len(integerKey.FindAllStringIndex(t.create, -1)) != 1 {
			return fmt.Errorf("the key of %s is not declared as this step expects", name)
		}
		t.create = integerKey.ReplaceAllString(t.create, "${0} AUTOINCREMENT")
		var err error
		if t.columns, err = tableColumns(ctx, tx, name); err != nil {
			return err
		}
		tables[i] = t
	}
	// The indexes of the tables rebuilt, and every trigger and view of the book, step aside while
	// the tables are rebuilt and come back after, as they were: an index keeps its name across a
	// rename, which the new table's must take, and a rename would point a trigger or view that
	// names the table (on whichever table it stands) at the old table, which goes.
	inTables := "'" + strings.Join(trashedIDTables, "', '") + "'"
	type object struct{ kind, name, sql string }
	aside, err := readAll(ctx, tx, `SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL
		AND (type IN ('trigger', 'view') OR type = 'index' AND tbl_name IN (`+inTables+`)) ORDER BY rowid`,
		func(rows *sql.Rows) (object, error) {
			var o object
			err := rows.Scan(&o.kind, &o.name, &o.sql)
			return o, err
		})
	if err != nil {
		return fmt.Errorf("read the schema: %w", err)
	}
	for _, o := range aside {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP %s %q", strings.ToUpper(o.kind), o.name)); err != nil {
			return fmt.Errorf("rebuild the records' tables: %w", err)
		}
	}
	// The old tables step aside under another name, the new ones take their rows, parents first,
	// and the old ones go, children first.
	for _, t := range tables {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("ALTER TABLE %q RENAME TO %q", t.name, t.name+"_before_34")); err != nil {
			return fmt.Errorf("rebuild %s: %w", t.name, err)
		}
	}
	for _, t := range tables {
		cols := make([]string, len(t.columns))
		for i, c := range t.columns {
			cols[i] = fmt.Sprintf("%q", c)
		}
		list := strings.Join(cols, ", ")
		for _, q := range []string{t.create, fmt.Sprintf("INSERT INTO %q (%s) SELECT %s FROM %q ORDER BY id", t.name, list, list, t.name+"_before_34")} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("rebuild %s: %w", t.name, err)
			}
		}
	}
	for i := len(tables) - 1; i >= 0; i-- {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP TABLE %q", tables[i].name+"_before_34")); err != nil {
			return fmt.Errorf("rebuild %s: %w", tables[i].name, err)
		}
	}
	for _, o := range aside {
		if _, err := tx.ExecContext(ctx, o.sql); err != nil {
			return fmt.Errorf("rebuild the records' tables (%s %s): %w", o.kind, o.name, err)
		}
	}
	for _, t := range tables {
		if err := startIDsAboveTrash(ctx, tx, t.name); err != nil {
			return err
		}
	}
	return nil
}

// startIDsAboveTrash sets where table's numbering stands: above its highest id and above every id
// of its rows waiting in the record trash (a logged contact's link to a deleted contact person
// is kept under the logged contact's id).
func startIDsAboveTrash(ctx context.Context, tx *sql.Tx, table string) error {
	var kinds []string
	for kind := range trashTables {
		if rowTable(string(kind)) == table {
			kinds = append(kinds, string(kind))
		}
	}
	switch table {
	case "person_types":
		kinds = append(kinds, trashPersonType)
	case "interactions":
		kinds = append(kinds, trashContactLink)
	}
	marks, kindArgs := inList(kinds)
	if _, err := tx.ExecContext(ctx, "DELETE FROM sqlite_sequence WHERE name = ?", table); err != nil {
		return fmt.Errorf("number the rows of %s: %w", table, err)
	}
	_, err := tx.ExecContext(ctx, fmt.Sprintf(`INSERT INTO sqlite_sequence (name, seq) SELECT ?1, max(
		coalesce((SELECT max(id) FROM %q), 0),
		coalesce((SELECT max(record_id) FROM record_trash WHERE kind IN (%s)), 0))`, table, marks), append([]any{table}, kindArgs...)...)
	if err != nil {
		return fmt.Errorf("number the rows of %s: %w", table, err)
	}
	return nil
}

// nextRecordID is the id SQLite would give the next row of table, one of trashedIDTables: above
// every id it ever gave, for a writer that gives ids itself.
func nextRecordID(ctx context.Context, q querier, table string) (int64, error) {
	var next int64
	err := q.QueryRowContext(ctx, fmt.Sprintf(`SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),
		coalesce((SELECT max(id) FROM %q), 0)) + 1`, table), table).Scan(&next)
	return next, err
}
