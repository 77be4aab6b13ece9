package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"guanxi/model"
)

// MergeSummary says, table by table, what a merge of a diverged book brought and what it left.
// "Here" is the open book; "there" is the book merged into it.
type MergeSummary struct {
	Added    map[string]int // records only there, added here
	Updated  map[string]int // records changed there later than here, taken from there
	Combined map[string]int // customers changed on both sides: the later profile kept, the other's differing fields in its notes
	Deleted  map[string]int // records deleted there, deleted here too
	GoneHere map[string]int // records changed there that were deleted here (or whose customer was): left out
}

// Empty tells whether the merge brought nothing.
func (m MergeSummary) Empty() bool {
	for _, c := range []map[string]int{m.Added, m.Updated, m.Combined, m.Deleted} {
		for _, n := range c {
			if n > 0 {
				return false
			}
		}
	}
	return true
}

// MergeDiverged merges into the open book the records the book file other changed since since,
// matched by uid: a record only there is added; one changed there later than here is taken from
// there; a customer changed on both sides keeps the later profile with the other's differing
// fields in its notes (model.MergeProfiles); a record deleted there (a tombstone) is deleted here
// unless it changed here after; a record deleted here stays deleted. It is one transaction; other
// is only read. Replication uses it when two machines wrote one book apart.
func (s *Store) MergeDiverged(ctx context.Context, other string, since time.Time, lang model.Lang) (MergeSummary, error) {
	sum := MergeSummary{Added: map[string]int{}, Updated: map[string]int{}, Combined: map[string]int{},
		Deleted: map[string]int{}, GoneHere: map[string]int{}}
	if _, err := CheckBookFile(ctx, other); err != nil {
		return sum, err
	}
	if err := s.verifyBeforeWrite(ctx); err != nil {
		return sum, err
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return sum, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS other", other); err != nil {
		return sum, fmt.Errorf("open %s: %w", other, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "DETACH DATABASE other")
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return sum, err
	}
	defer tx.Rollback()
	m := merger{s: s, tx: tx, since: since.Unix(), lang: lang, sum: &sum, touched: map[int64]bool{}}
	if err := m.run(ctx); err != nil {
		return sum, err
	}
	for id := range m.touched {
		if err := s.refreshDerived(ctx, tx, id); err != nil && !strings.Contains(err.Error(), "not found") {
			return sum, err
		}
	}
	return sum, tx.Commit()
}

type merger struct {
	s       *Store
	tx      *sql.Tx
	since   int64
	lang    model.Lang
	sum     *MergeSummary
	touched map[int64]bool // customers whose derived figures must be worked out again
}

// mergeTable is a table of records with a uid and an updated_at, and its links to others.
type mergeTable struct {
	name    string
	columns []string        // shared by both books, id left out
	links   map[string]link // column → the record it points to, for tables with a uid
}

// link is where a column points: a table with a uid, and the column of it that the value is.
type link struct{ table, key string }

func (m *merger) run(ctx context.Context) error {
	// The catalog first, for records point at its types; its deletes last, once no record of
	// there points at a type deleted there.
	catalog, err := m.readCatalogTables(ctx)
	if err != nil {
		return err
	}
	if err := m.catalogChanges(ctx, catalog); err != nil {
		return err
	}
	tables, err := m.tables(ctx)
	if err != nil {
		return err
	}
	for _, t := range tables {
		if err := m.merge(ctx, t); err != nil {
			return fmt.Errorf("merge %s: %w", t.name, err)
		}
		if err := m.mergeDeletes(ctx, t); err != nil {
			return fmt.Errorf("merge %s: %w", t.name, err)
		}
	}
	if err := m.marks(ctx); err != nil {
		return err
	}
	if err := m.catalogDeletes(ctx); err != nil {
		return err
	}
	return m.settings(ctx)
}

// tables lists the tables with a uid and an updated_at in both books, each after the tables it
// points to, so a record's customer, contact or deal is merged before it.
func (m *merger) tables(ctx context.Context) ([]mergeTable, error) {
	names, err := readStrings(ctx, m.tx, `SELECT t.name FROM main.sqlite_schema t WHERE t.type = 'table'
		AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) WHERE name = 'uid')
		AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) WHERE name = 'updated_at')
		AND t.name NOT LIKE '%trash%' ORDER BY t.name`)
	if err != nil {
		return nil, err
	}
	withUID := map[string]bool{}
	for _, n := range names {
		withUID[n] = true
	}
	byName := map[string]mergeTable{}
	for _, n := range names {
		if catalogTables[n] || markTables[n] {
			continue // merged before and after the records, or after them by their own rules
		}
		t, err := m.mergeTableOf(ctx, n, withUID)
		if err != nil {
			return nil, err
		}
		if len(t.columns) == 0 {
			continue // not in the other book
		}
		byName[n] = t
	}
	// Order: a table after every table it points to.
	var out []mergeTable
	done := map[string]bool{}
	var visit func(string)
	visit = func(n string) {
		t, ok := byName[n]
		if !ok || done[n] {
			return
		}
		done[n] = true
		var deps []string
		for _, to := range t.links {
			if to.table != n {
				deps = append(deps, to.table)
			}
		}
		sort.Strings(deps)
		for _, d := range deps {
			visit(d)
		}
		out = append(out, t)
	}
	for _, n := range names {
		visit(n)
	}
	return out, nil
}

// mergeTableOf reads a table's columns shared by both books and its links to the tables withUID.
func (m *merger) mergeTableOf(ctx context.Context, name string, withUID map[string]bool) (mergeTable, error) {
	cols, err := m.sharedColumns(ctx, name)
	if err != nil {
		return mergeTable{}, err
	}
	t := mergeTable{name: name, columns: cols, links: map[string]link{}}
	// A link declared without a column points at the table's key, which is id in this schema.
	fks, err := m.tx.QueryContext(ctx, `SELECT "from", "table", ifnull("to", 'id') FROM pragma_foreign_key_list(?)`, name)
	if err != nil {
		return t, err
	}
	defer fks.Close()
	for fks.Next() {
		var from string
		var to link
		if err := fks.Scan(&from, &to.table, &to.key); err != nil {
			return t, err
		}
		if withUID[to.table] {
			t.links[from] = to
		}
	}
	return t, fks.Err()
}

// sharedColumns are the columns of table in both books, id left out.
func (m *merger) sharedColumns(ctx context.Context, table string) ([]string, error) {
	return readStrings(ctx, m.tx, `SELECT a.name FROM pragma_table_info(?, 'main') a
		JOIN pragma_table_info(?, 'other') b ON a.name = b.name WHERE a.name != 'id' ORDER BY a.cid`, table, table)
}

// values are the expressions that read a row o of the other book as a row of this one: a link to
// a record goes through that record's uid to its id (or code) here.
func (t mergeTable) values() []string {
	out := make([]string, len(t.columns))
	for i, c := range t.columns {
		if to, ok := t.links[c]; ok {
			out[i] = fmt.Sprintf("(SELECT p.%[3]s FROM main.%[1]s p WHERE p.uid = (SELECT q.uid FROM other.%[1]s q WHERE q.%[3]s = o.%[2]s))",
				quoteIdent(to.table), quoteIdent(c), quoteIdent(to.key))
		} else {
			out[i] = "o." + quoteIdent(c)
		}
	}
	return out
}

// merge takes in the records of t added there, or changed there later than here, since the two
// parted; the records of t deleted there follow in mergeDeletes.
func (m *merger) merge(ctx context.Context, t mergeTable) error {
	name := quoteIdent(t.name)
	cols := strings.Join(quoteAll(t.columns), ", ")
	vals := strings.Join(t.values(), ", ")
	if t.name == "customers" {
		if err := m.combineCustomers(ctx); err != nil {
			return err
		}
	}
	m.noteCustomers(ctx, t)
	// Changed there, later than here; customers changed on both sides were combined above.
	both := ""
	if t.name == "customers" {
		both = " AND h.updated_at < ?1"
	}
	// A tie of seconds goes to there, when the rows differ: updated_at is kept in seconds. A
	// catalog row's code stays as it is here: it is never edited, and a row added here under a
	// new code (sameCode) keeps that one.
	var setCols, setVals, hcols []string
	for i, c := range t.columns {
		if c == "code" && catalogTables[t.name] {
			continue
		}
		setCols, setVals = append(setCols, quoteIdent(c)), append(setVals, t.values()[i])
		hcols = append(hcols, "h2."+quoteIdent(c))
	}
	res, err := m.tx.ExecContext(ctx, fmt.Sprintf(`UPDATE main.%[1]s AS h SET (%[2]s) = (SELECT %[3]s FROM other.%[1]s o WHERE o.uid = h.uid)
		WHERE h.uid IN (SELECT o.uid FROM other.%[1]s o JOIN main.%[1]s h2 ON h2.uid = o.uid
		WHERE o.updated_at >= ?1 AND o.updated_at >= h2.updated_at AND (%[5]s) IS NOT (%[3]s))%[4]s`,
		name, strings.Join(setCols, ", "), strings.Join(setVals, ", "), both, strings.Join(hcols, ", ")), m.since)
	if err != nil {
		return err
	}
	m.sum.Updated[t.name] += affected(res)
	// Only there: added, unless deleted here.
	var gone int
	if err := m.tx.QueryRowContext(ctx, fmt.Sprintf(`SELECT count(*) FROM other.%[1]s o WHERE o.updated_at >= ?
		AND o.uid NOT IN (SELECT uid FROM main.%[1]s) AND o.uid IN (SELECT uid FROM main.tombstones)`, name), m.since).Scan(&gone); err != nil {
		return err
	}
	res, err = m.tx.ExecContext(ctx, fmt.Sprintf(`INSERT OR IGNORE INTO main.%[1]s (%[2]s) SELECT %[3]s FROM other.%[1]s o
		WHERE o.updated_at >= ? AND o.uid NOT IN (SELECT uid FROM main.%[1]s) AND o.uid NOT IN (SELECT uid FROM main.tombstones)`,
		name, cols, vals), m.since)
	if err != nil {
		return err
	}
	m.sum.Added[t.name] += affected(res)
	m.sum.GoneHere[t.name] += gone
	return nil
}

// mergeDeletes deletes here the records of t deleted there since the two parted, unless they
// changed here after that.
func (m *merger) mergeDeletes(ctx context.Context, t mergeTable) error {
	name := quoteIdent(t.name)
	res, err := m.tx.ExecContext(ctx, fmt.Sprintf(`DELETE FROM main.%[1]s WHERE uid IN (SELECT d.uid FROM other.tombstones d
		WHERE d.table_name = ? AND d.deleted_at >= ? AND d.uid NOT IN (SELECT uid FROM other.%[1]s))
		AND updated_at <= (SELECT d.deleted_at FROM other.tombstones d WHERE d.uid = main.%[1]s.uid)`, name), t.name, m.since)
	if err != nil {
		return err
	}
	m.sum.Deleted[t.name] += affected(res)
	return nil
}

// noteCustomers remembers the customers whose records of table t change, for their figures.
func (m *merger) noteCustomers(ctx context.Context, t mergeTable) {
	col := "customer_id"
	if t.name == "customers" {
		col = "id"
	} else if _, ok := t.links[col]; !ok {
		return
	}
	rows, err := m.tx.QueryContext(ctx, fmt.Sprintf(`SELECT h.id FROM main.customers h JOIN other.customers c ON c.uid = h.uid
		WHERE c.id IN (SELECT o.%s FROM other.%s o WHERE o.updated_at >= ?)`, quoteIdent(col), quoteIdent(t.name)), m.since)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if rows.Scan(&id) == nil {
			m.touched[id] = true
		}
	}
}

// combineCustomers merges the customers changed on both sides since they parted: the later
// profile is kept (there's on a tie of seconds), with the other's differing fields in its notes,
// and the later side's trash mark.
func (m *merger) combineCustomers(ctx context.Context) error {
	type pair struct {
		id                  int64
		uid                 string
		thereGone, hereGone sql.NullInt64
	}
	pairs, err := readAll(ctx, m.tx, `SELECT h.id, o.uid, o.deleted_at, h.deleted_at FROM other.customers o
		JOIN main.customers h ON h.uid = o.uid WHERE o.updated_at >= ?1 AND h.updated_at >= ?1`,
		func(rows *sql.Rows) (pair, error) {
			var p pair
			err := rows.Scan(&p.id, &p.uid, &p.thereGone, &p.hereGone)
			return p, err
		}, m.since)
	if err != nil {
		return err
	}
	for _, p := range pairs {
		here, err := scanCustomer(m.tx.QueryRowContext(ctx, "SELECT "+customerColumns+" FROM main.customers WHERE id = ?", p.id))
		if err != nil {
			return err
		}
		there, err := scanCustomer(m.tx.QueryRowContext(ctx, "SELECT "+customerColumns+" FROM other.customers WHERE uid = ?", p.uid))
		if err != nil {
			return err
		}
		keep, drop, gone := here, there, p.hereGone
		if !there.UpdatedAt.Before(here.UpdatedAt) {
			keep, drop, gone = there, here, p.thereGone
		}
		merged := model.MergeProfiles(keep, drop, m.lang)
		merged.ID, merged.CreatedAt, merged.UpdatedAt = p.id, here.CreatedAt, here.UpdatedAt
		merged.Normalize()
		if reflect.DeepEqual(merged, here) && gone == p.hereGone {
			continue // the same on both sides
		}
		if err := m.s.saveProfileTx(ctx, m.tx, &merged); err != nil {
			return err
		}
		if _, err := m.tx.ExecContext(ctx, "UPDATE main.customers SET deleted_at = ? WHERE id = ?", gone, p.id); err != nil {
			return err
		}
		m.sum.Combined["customers"]++
		m.touched[p.id] = true
	}
	return nil
}

func affected(res sql.Result) int {
	n, _ := res.RowsAffected()
	return int(n)
}

func quoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = quoteIdent(n)
	}
	return out
}
