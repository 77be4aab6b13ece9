package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"guanxi/internal/foldertest"
)

// stepsBefore is how many migration steps come before the one of version v: a book built with
// bookAtVersion(t, path, stepsBefore(t, v)) is a book as it was just before that step.
func stepsBefore(t *testing.T, v int) int {
	t.Helper()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for n < len(ms) && ms[n].version < v {
		n++
	}
	return n
}

// bookAtVersion writes a new book at path with only the first n steps of the schema, as the guanxi
// of that version left it. It lives in a test file so no such hook is in the program.
func bookAtVersion(t *testing.T, path string, n int) {
	t.Helper()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := openDB(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = s.tx(context.Background(), func(tx *sql.Tx) error {
		for _, m := range ms[:n] {
			if err := applyStep(context.Background(), tx, m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// upgradedBook writes a book as it was just before the step of version v, runs each statement on
// it as that version would have written its rows, and opens it with this build on the test's
// clock, which upgrades it; the book is closed when the test ends.
func upgradedBook(t *testing.T, v int, statements ...string) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "guanxi.db")
	bookAtVersion(t, path, stepsBefore(t, v))
	raw, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range statements {
		if _, err := raw.Exec(q); err != nil {
			raw.Close()
			t.Fatal(err)
		}
	}
	raw.Close()
	s := mustOpen(t, path, WithClock(func() time.Time { return fixedNow }))
	return s
}

// tableInfo is what the filler and the snapshot need of one table.
type tableInfo struct {
	name    string
	columns []columnInfo
	parents map[string][2]string // column -> referenced table and column
}

type columnInfo struct {
	name, typ string
	notNull   bool
	hasDflt   bool
	pk        int
}

func readTables(t *testing.T, db *sql.DB) []tableInfo {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	rows.Close()
	var out []tableInfo
	for _, n := range names {
		ti := tableInfo{name: n, parents: map[string][2]string{}}
		cols, err := db.Query(fmt.Sprintf("PRAGMA table_info(%q)", n))
		if err != nil {
			t.Fatal(err)
		}
		for cols.Next() {
			var cid int
			var c columnInfo
			var dflt sql.NullString
			var notNull int
			if err := cols.Scan(&cid, &c.name, &c.typ, &notNull, &dflt, &c.pk); err != nil {
				t.Fatal(err)
			}
			c.notNull, c.hasDflt = notNull != 0, dflt.Valid
			ti.columns = append(ti.columns, c)
		}
		cols.Close()
		fks, err := db.Query(fmt.Sprintf("PRAGMA foreign_key_list(%q)", n))
		if err != nil {
			t.Fatal(err)
		}
		for fks.Next() {
			var id, seq int
			var table, from string
			var to sql.NullString
			var onUpdate, onDelete, match string
			if err := fks.Scan(&id, &seq, &table, &from, &to, &onUpdate, &onDelete, &match); err != nil {
				t.Fatal(err)
			}
			ref := to.String
			if ref == "" {
				ref = "rowid"
			}
			ti.parents[from] = [2]string{table, ref}
		}
		fks.Close()
		out = append(out, ti)
	}
	// Parents first, so every row can point at rows that exist.
	sort.SliceStable(out, func(i, j int) bool { return depth(out, out[i].name) < depth(out, out[j].name) })
	return out
}

func depth(all []tableInfo, name string) int {
	for _, ti := range all {
		if ti.name != name {
			continue
		}
		d := 0
		for _, p := range ti.parents {
			if p[0] != name {
				d = max(d, 1+depth(all, p[0]))
			}
		}
		return d
	}
	return 0
}

// sampleValue is a plausible value of a column for row i, so the book holds data like a real one:
// codes where the program expects codes, dates where it expects dates.
func sampleValue(table string, c columnInfo, i int) any {
	name := c.name
	switch name {
	case "level":
		return []string{"vip", "key", "new"}[i%3]
	case "stage":
		return []string{"customer", "loyal", "target"}[i%3]
	case "relation":
		return "partner"
	case "channel":
		return []string{"visit", "call", "wechat"}[i%3]
	case "role":
		return "decision_maker"
	case "kind":
		switch table {
		case "customers":
			return "organisation"
		case "plan_snoozes":
			return []string{"visit", "call"}[i%2]
		}
		return "call"
	case "at":
		return fmt.Sprintf("2025-0%d-1%d 10:3%d", 1+i%9, i%10, i%10)
	case "tags":
		return "老客户\n年度协议"
	case "amount", "registered_capital":
		return 100000 * (i + 1)
	case "paid", "done_at", "deleted_at", "plan_paused", "repeat_every", "position", "built_in":
		if !c.notNull {
			return nil
		}
		return 0
	}
	upper := strings.ToUpper(c.typ)
	switch {
	case strings.HasSuffix(name, "_on") || name == "on_date" || name == "reply_by" || name == "birthday" || name == "anniversary" || name == "repeat_anchor":
		return fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)
	case strings.HasSuffix(name, "_at"):
		return 1767225600 + int64(i)*3600
	case strings.Contains(upper, "INT"):
		return i + 1
	case strings.Contains(upper, "REAL"):
		return float64(i) + 0.5
	}
	return fmt.Sprintf("%s %s %d 王建国·苏州", table, name, i+1)
}

// fillEveryTable writes rows into every table of the schema as it is, through plain SQL, since the
// store's code speaks only the newest schema. A table whose rules refuse the made-up rows is left
// with what it has; the core tables must take them.
func fillEveryTable(t *testing.T, db *sql.DB, rowsPerTable int) {
	t.Helper()
	for _, ti := range readTables(t, db) {
		written := 0
		for i := 0; i < rowsPerTable; i++ {
			var cols, marks []string
			var args []any
			for _, c := range ti.columns {
				if c.pk == 1 && strings.EqualFold(c.typ, "INTEGER") && countPK(ti) == 1 {
					continue // the rowid: SQLite numbers it
				}
				var v any
				if p, ok := ti.parents[c.name]; ok {
					var pv any
					err := db.QueryRow(fmt.Sprintf("SELECT %q FROM %q ORDER BY 1 LIMIT 1 OFFSET ?", p[1], p[0]), i).Scan(&pv)
					if err != nil {
						err = db.QueryRow(fmt.Sprintf("SELECT %q FROM %q ORDER BY 1 LIMIT 1", p[1], p[0])).Scan(&pv)
					}
					if err != nil {
						if c.notNull {
							v = 0
						}
					} else {
						v = pv
					}
				} else {
					v = sampleValue(ti.name, c, i)
				}
				cols = append(cols, fmt.Sprintf("%q", c.name))
				marks = append(marks, "?")
				args = append(args, v)
			}
			q := fmt.Sprintf("INSERT INTO %q (%s) VALUES (%s)", ti.name, strings.Join(cols, ","), strings.Join(marks, ","))
			if _, err := db.Exec(q, args...); err != nil {
				t.Logf("table %s takes no made-up row %d: %v", ti.name, i, err)
				continue
			}
			written++
		}
		switch ti.name {
		case "customers", "contacts", "interactions", "deals", "reminders", "complaints", "person_types":
			if written == 0 {
				t.Fatalf("could not write a row into %s", ti.name)
			}
		}
	}
}

func countPK(ti tableInfo) int {
	n := 0
	for _, c := range ti.columns {
		if c.pk > 0 {
			n++
		}
	}
	return n
}

// snapshot reads every row of every table as text, keyed by table, each table's rows sorted; the
// columns are those of the schema the snapshot was taken of.
type snapshot map[string][]string

func takeSnapshot(t *testing.T, db *sql.DB, tables []tableInfo) snapshot {
	t.Helper()
	out := snapshot{}
	for _, ti := range tables {
		out[ti.name] = snapshotRows(t, db, ti, "SELECT "+rowText(ti, nil)+fmt.Sprintf(" FROM %q", ti.name))
	}
	return out
}

// movedTable is a table a later step of the schema moved into another on purpose: into is where
// its rows went, where picks them out there, and column reads one of its old columns back.
type movedTable struct {
	into, where string
	column      func(name string) string
}

// movedTables are the tables moved by a step, by their old name.
var movedTables = map[string]movedTable{
	// 0028: a deleted reminder waits in record_trash, as a JSON object of its columns.
	"reminder_trash": {into: "record_trash", where: "kind = 'reminder'", column: func(name string) string {
		if name == "deleted_at" {
			return "deleted_at"
		}
		return fmt.Sprintf("json_extract(row, '$.%s')", name)
	}},
}

// takeUpgradedSnapshot is takeSnapshot of an upgraded book in the columns of the old one: a
// moved table's rows are read back from where they went, and left out of the rows there, so the
// check still finds any row lost or changed on the way.
func takeUpgradedSnapshot(t *testing.T, db *sql.DB, tables []tableInfo) snapshot {
	t.Helper()
	old := map[string]bool{}
	for _, ti := range tables {
		old[ti.name] = true
	}
	out := snapshot{}
	for _, ti := range tables {
		query := "SELECT " + rowText(ti, nil) + fmt.Sprintf(" FROM %q", ti.name)
		if m, ok := movedTables[ti.name]; ok {
			query = "SELECT " + rowText(ti, m.column) + fmt.Sprintf(" FROM %q WHERE %s", m.into, m.where)
		} else {
			for name, m := range movedTables {
				if m.into == ti.name && old[name] {
					query += " WHERE NOT (" + m.where + ")"
				}
			}
		}
		out[ti.name] = snapshotRows(t, db, ti, query)
	}
	return out
}

// rowText is the expression of one row as text, its columns quoted and joined; column, when not
// nil, says where each column is read from.
func rowText(ti tableInfo, column func(string) string) string {
	var cols []string
	for _, c := range ti.columns {
		from := fmt.Sprintf("%q", c.name)
		if column != nil {
			from = column(c.name)
		}
		cols = append(cols, fmt.Sprintf("quote(%s)", from))
	}
	return strings.Join(cols, " || '|' || ")
}

// snapshotRows runs query and returns its rows, each one text, sorted.
func snapshotRows(t *testing.T, db *sql.DB, ti tableInfo, query string) []string {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatalf("read %s: %v", ti.name, err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	return lines
}

func openRaw(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func userVersion(t *testing.T, db *sql.DB) int {
	t.Helper()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestEveryOlderSchemaMigratesWithoutLoss builds a book at each older schema version, fills every
// table, and opens it with this build: it must come up to the current version with every row and
// every old column as it was, a copy of the old book beside it, and a clean check.
func TestEveryOlderSchemaMigratesWithoutLoss(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	latest := SchemaVersion()
	if len(ms) < 2 {
		t.Skip("only one schema version so far")
	}
	for n := 1; n < len(ms); n++ {
		old := ms[n-1].version
		t.Run(fmt.Sprintf("from_v%d", old), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "guanxi.db")
			bookAtVersion(t, path, n)
			raw, err := sql.Open("sqlite", dsn(path))
			if err != nil {
				t.Fatal(err)
			}
			fillEveryTable(t, raw, 6)
			tables := readTables(t, raw)
			before := takeSnapshot(t, raw, tables)
			raw.Close()
			if v := userVersion(t, openRaw(t, path)); v != old {
				t.Fatalf("fixture is at version %d, want %d", v, old)
			}

			s, err := Open(path)
			if err != nil {
				t.Fatalf("open a v%d book: %v", old, err)
			}
			defer s.Close()
			if v := userVersion(t, s.db); v != latest {
				t.Errorf("after the upgrade the book is at version %d, want %d", v, latest)
			}
			after := takeUpgradedSnapshot(t, s.db, tables)
			for _, ti := range tables {
				if len(after[ti.name]) != len(before[ti.name]) {
					t.Errorf("table %s: %d rows before the upgrade, %d after", ti.name, len(before[ti.name]), len(after[ti.name]))
					continue
				}
				for i := range before[ti.name] {
					if before[ti.name][i] != after[ti.name][i] {
						t.Errorf("table %s changed:\n before %s\n  after %s", ti.name, before[ti.name][i], after[ti.name][i])
						break
					}
				}
			}
			if problems, err := s.Check(context.Background()); err != nil || len(problems) > 0 {
				t.Errorf("check after the upgrade: %v %v", problems, err)
			}
			if _, err := s.ListCustomers(context.Background(), ListQuery{}); err != nil {
				t.Errorf("the upgraded book cannot be listed: %v", err)
			}

			aside := fmt.Sprintf("%s.before-v%d", path, latest)
			info, err := os.Stat(aside)
			if err != nil {
				t.Fatalf("no copy of the old book beside it: %v", err)
			}
			if info.Mode().Perm() != 0o600 {
				t.Errorf("the copy is %v, want 0600", info.Mode().Perm())
			}
			copyDB := openRaw(t, aside)
			if v := userVersion(t, copyDB); v != old {
				t.Errorf("the copy is at version %d, want the old %d", v, old)
			}
			kept := takeSnapshot(t, copyDB, tables)
			for _, ti := range tables {
				if strings.Join(kept[ti.name], "\n") != strings.Join(before[ti.name], "\n") {
					t.Errorf("the copy's table %s differs from the old book", ti.name)
				}
			}
		})
	}
}

// TestCurrentBookIsNotCopiedAside: opening a book already at this version writes no copy.
func TestCurrentBookIsNotCopiedAside(t *testing.T) {
	path := closedBook(t, sampleCustomer("张三"))
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
	matches, _ := filepath.Glob(path + ".before-*")
	if len(matches) > 0 {
		t.Errorf("a current book was copied aside: %v", matches)
	}
}

// failingSteps returns this build's steps and one more that fails: in its SQL after a change
// that would otherwise stick, or in its Go step.
func failingSteps(t *testing.T, inGo bool) []migration {
	t.Helper()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	bad := migration{version: SchemaVersion() + 1, name: "9999_broken.sql",
		sql: "CREATE TABLE broken_new (a); UPDATE customers SET name = 'overwritten'; DELETE FROM interactions;"}
	if inGo {
		bad.after = func(context.Context, *sql.Tx) error { return errors.New("the Go step of the upgrade failed") }
	} else {
		bad.sql += " INSERT INTO no_such_table VALUES (1);"
	}
	return append(ms, bad)
}

// TestFailedMigrationLeavesTheBookAsItWas injects a failing step, in SQL or in Go, after the real
// ones, on books at every older version and at the current one: the upgrade must fail, and the
// book must be byte for byte what it was, with no table or change of the failed upgrade.
func TestFailedMigrationLeavesTheBookAsItWas(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= len(ms); n++ {
		for _, inGo := range []bool{false, true} {
			t.Run(fmt.Sprintf("from_v%d_go=%v", ms[n-1].version, inGo), func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "guanxi.db")
				bookAtVersion(t, path, n)
				raw, err := sql.Open("sqlite", dsn(path))
				if err != nil {
					t.Fatal(err)
				}
				fillEveryTable(t, raw, 3)
				raw.Close()
				before, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}

				s, err := openDB(path)
				if err != nil {
					t.Fatal(err)
				}
				err = s.migrateWith(context.Background(), failingSteps(t, inGo))
				s.Close()
				if err == nil {
					t.Fatal("the broken upgrade reported success")
				}
				if !strings.Contains(err.Error(), "9999_broken") {
					t.Errorf("the error does not name the failing step: %v", err)
				}
				after, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(before, after) {
					t.Errorf("the book changed after a failed upgrade (%d bytes before, %d after)", len(before), len(after))
				}
				for _, suffix := range []string{"-wal", "-shm", "-journal"} {
					if _, err := os.Stat(path + suffix); err == nil {
						t.Errorf("%s left beside the book", suffix)
					}
				}
				db := openRaw(t, path)
				if v := userVersion(t, db); v != ms[n-1].version {
					t.Errorf("version %d after a failed upgrade, want %d", v, ms[n-1].version)
				}
				var broken int
				db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'broken_new'").Scan(&broken)
				if broken != 0 {
					t.Error("a table of the failed upgrade is in the book")
				}
			})
		}
	}
}

// TestUpgradeAfterAFailedAttempt: a failed attempt leaves its copy aside; the next build's upgrade
// must not stumble on it, and keeps both copies.
func TestUpgradeAfterAFailedAttempt(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) < 2 {
		t.Skip("only one schema version so far")
	}
	path := filepath.Join(t.TempDir(), "guanxi.db")
	bookAtVersion(t, path, 1)
	s, err := openDB(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.migrateWith(context.Background(), failingSteps(t, false)); err == nil {
		t.Fatal("the broken upgrade reported success")
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatalf("the upgrade after a failed attempt: %v", err)
	}
	s2.Close()
	copies, _ := filepath.Glob(path + ".before-*")
	if len(copies) != 2 {
		t.Errorf("copies beside the book: %v, want the failed attempt's and this one's", copies)
	}
}

// TestNewerBookIsRefusedUntouched: a book from a newer guanxi is refused, and nothing of it or
// beside it changes: no -wal, no -shm, no copy.
func TestNewerBookIsRefusedUntouched(t *testing.T) {
	s := openTemp(t)
	addCustomer(t, s, sampleCustomer("张三"))
	path := s.Path()
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(path)
	listing := foldertest.Listing(t, filepath.Dir(path))
	_, err := Open(path)
	if !errors.Is(err, ErrTooNew) {
		t.Fatalf("open a newer book: %v, want ErrTooNew", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the newer book changed")
	}
	if got := foldertest.Listing(t, filepath.Dir(path)); got != listing {
		t.Errorf("files beside the book changed:\n before %s\n  after %s", listing, got)
	}
}
