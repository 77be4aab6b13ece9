package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"guanxi/internal/atomicfile"
	"guanxi/model"
)

// book is a generated book of one size and the files its rows need.
type book struct {
	guanxi  string
	path    string // the book, generated around today by `guanxi demo`
	csv     string // its customers exported as CSV, which the import row imports
	empty   string // a book with no customers, which each import starts from
	inserts string // the rows the import writes, as SQL, for the bare import
	work    string // the book an import writes into, made again before each run
	demo    result // how long generating the book took, when it was generated in this run
}

// book returns the book of n customers, generating it (and timing that, the demo row) when it is
// not in the folder yet, or was generated on another day (the checklist is of today).
func (b *bench) book(n int) (*book, error) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		return nil, errNoSQLite
	}
	day := time.Now().Format("2006-01-02")
	base := filepath.Join(b.dir, fmt.Sprintf("book-%d-%s", n, day))
	bk := &book{guanxi: b.guanxi, path: base + ".db", csv: base + ".csv", empty: base + "-empty.db",
		inserts: base + "-inserts.sql", work: base + "-import.db"}
	bk.demo = result{row: "`demo --size N` (generating the book)"}
	if _, err := os.Stat(bk.path); err != nil {
		s, err := run(process{prog: b.guanxi, args: []string{"demo", "--size", fmt.Sprint(n), "--db", bk.path}})
		if err != nil {
			return nil, err
		}
		bk.demo.guanxi = []sample{s}
	} else {
		bk.demo.row += " — generated before"
		bk.demo.guanxi = []sample{{}}
	}
	if _, err := os.Stat(bk.inserts); err == nil {
		return bk, nil
	}
	// The import's file and the bare import's statements: the customers exported, imported once
	// into an empty book, and that book's rows dumped as the INSERT statements bare SQLite runs.
	steps := [][]string{
		{b.guanxi, "--db", bk.path, "export", "--format", "csv", "--out", bk.csv, "--force"},
		{b.guanxi, "--db", bk.empty, "list"},
	}
	for _, s := range steps {
		if out, err := exec.Command(s[0], s[1:]...).CombinedOutput(); err != nil {
			return nil, fmt.Errorf("%s: %w: %s", strings.Join(s, " "), err, out)
		}
	}
	if err := bk.freshWork(); err != nil {
		return nil, err
	}
	if out, err := exec.Command(b.guanxi, "--db", bk.work, "import", bk.csv).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("import %s: %w: %s", bk.csv, err, out)
	}
	if err := bk.dumpInserts(); err != nil {
		return nil, fmt.Errorf("dump the imported rows: %w", err)
	}
	return bk, nil
}

// dumpInserts writes the rows of the imported book as INSERT statements in one transaction,
// straight from the shell to the file: held in this process, they would raise the peak memory
// every process it starts after reports (a child's peak counts the parent's at the fork).
func (bk *book) dumpInserts() error {
	return atomicfile.Write(bk.inserts, atomicfile.Options{Replace: true}, func(f *os.File) error {
		dump := exec.Command("sqlite3", bk.work)
		// Every row the import writes: the customers, their types, and what a sheet's last contact
		// and next due day become (a logged contact, a planned contact put off, a reminder).
		var script strings.Builder
		script.WriteString(".print BEGIN;\n")
		for _, table := range []string{"customers", "person_types", "interactions", "plan_snoozes", "reminders"} {
			fmt.Fprintf(&script, ".mode insert %s\nSELECT * FROM %s;\n", table, table)
		}
		script.WriteString(".print COMMIT;\n")
		dump.Stdin = strings.NewReader(script.String())
		dump.Stdout = f
		return dump.Run()
	})
}

// freshWork makes the import's book again: a copy of the empty book.
func (bk *book) freshWork() error {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(bk.work + suffix)
	}
	data, err := os.ReadFile(bk.empty)
	if err != nil {
		return err
	}
	return atomicfile.Write(bk.work, atomicfile.Options{Replace: true}, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}

// sqlite3 is the bare shell on the book, in mode (list, json, csv), running the statements.
func sqlite3(bookPath, mode string, statements ...string) *process {
	return &process{prog: "sqlite3", args: []string{"-" + mode, bookPath, strings.Join(statements, ";\n") + ";"}, silentOK: true}
}

// bareChecklist is `guanxi today`'s work done bare, in one statement of the `sqlite3` shell: every
// item due up to a week from today (the planned visits and calls, open reminders, complaint
// replies and payments due, and the birthdays and anniversaries of the greeting window, a week
// and the three days greetings are listed ahead), each with every column of its customer the
// checklist shows (name, company, short name, level, last contacts, plan, personality types) and
// its record's own, in the checklist's order: the overdue first, broken promises first among
// them, then by level, the day due and name. The shell orders the names by their stored name key;
// guanxi orders them by the pinyin it reads off that key, a sort of the same size.
func bareChecklist() string {
	rank := "CASE c.level"
	for _, l := range model.Levels() {
		rank += fmt.Sprintf(" WHEN '%s' THEN %d", l.Code, model.LevelRank(l.Code))
	}
	rank += fmt.Sprintf(" ELSE %d END", len(model.Levels()))
	greet := func(what, id, record, col, table, and string) string {
		return "\n  UNION ALL SELECT '" + what + "', " + id + ", " + record + ", " + col + ", '' FROM " + table +
			", d WHERE " + col + " IS NOT NULL AND substr(" + col + ", 6) BETWEEN d.md0 AND d.md1" + and
	}
	return `WITH d(today, e, md0, md1) AS (SELECT date('now'), date('now', '+7 days'), strftime('%m-%d', 'now'),
		strftime('%m-%d', 'now', '+10 days')),
	items(kind, customer_id, record, due, note) AS (
		SELECT 'visit', id, 0, next_visit_on, '' FROM customers, d WHERE deleted_at IS NULL AND next_visit_on <= d.e
		UNION ALL SELECT 'call', id, 0, next_call_on, '' FROM customers, d WHERE deleted_at IS NULL AND next_call_on <= d.e
			AND NOT (next_visit_on IS NOT NULL AND next_visit_on <= next_call_on)
		UNION ALL SELECT 'reminder', customer_id, id, due_on, note || kind || repeat_every || repeat_unit FROM reminders, d
			WHERE done_at IS NULL AND due_on <= d.e
		UNION ALL SELECT 'complaint', customer_id, id, coalesce(reply_by, on_date), what || severity || good_faith || handler
			FROM complaints, d WHERE resolved_on IS NULL AND coalesce(reply_by, on_date) <= d.e
		UNION ALL SELECT 'payment', customer_id, id, credit_due_on, product || ' ' || (amount - paid) FROM deals, d
			WHERE credit_due_on IS NOT NULL AND paid < amount AND credit_due_on <= d.e` +
		greet("birthday", "id", "0", "birthday", "customers", " AND deleted_at IS NULL") +
		greet("anniversary", "id", "0", "anniversary", "customers", " AND deleted_at IS NULL") +
		greet("first deal", "id", "0", "first_deal_on", "customers", " AND deleted_at IS NULL") +
		greet("birthday", "customer_id", "id", "birthday", "contacts", "") + `)
	SELECT i.kind, i.due, i.customer_id, c.name, c.company, c.short_name, c.level, c.last_contact_on, c.last_visit_on,
		c.last_call_on, c.visit_every_days, c.call_every_days, c.plan_paused, c.created_at,
		(SELECT group_concat(type_code, ',') FROM person_types WHERE customer_id = c.id), i.note
	FROM items i JOIN customers c ON c.id = i.customer_id AND c.deleted_at IS NULL, d
	ORDER BY CASE WHEN i.due < d.today THEN '' ELSE i.due END,
		i.due < d.today AND i.kind IN ('complaint', 'payment') DESC, ` + rank + `, i.due, c.name_key, c.name, c.id`
}

// The customer list's reads, bare.
const (
	// bareTypes is a customer's personality types, as the list shows them.
	bareTypes     = `(SELECT group_concat(type_code) FROM person_types pt WHERE pt.customer_id = c.id AND pt.contact_id IS NULL)`
	bareListOrder = ` ORDER BY c.next_due_on IS NULL, c.next_due_on, c.name, c.id`
)

// rows are the rows of the table, each guanxi's command beside the same work done bare.
func rows(bk *book) []row {
	g := func(args ...string) process {
		return process{prog: bk.guanxi, args: append([]string{"--db", bk.path}, args...)}
	}
	// search is what guanxi's search looks in, as SQL: the name key and the search column (name,
	// company, phones, email, WeChat, tags, region, industry), the contacts' names and phones, the
	// notes and the logged contacts' summaries and next steps, each by LIKE, no less and no more.
	search := func(text string) string {
		like := `LIKE '%` + text + `%'`
		return `c.deleted_at IS NULL AND (c.name_key ` + like + ` OR c.search ` + like + ` OR c.notes ` + like + `
			OR c.id IN (SELECT customer_id FROM contacts WHERE name ` + like + ` OR phone ` + like + `)
			OR c.id IN (SELECT customer_id FROM interactions WHERE summary ` + like + ` OR next_step ` + like + `))`
	}
	// sqlite3 runs the INSERTs, then prints the count, which the measure needs to see output.
	importRow := row{name: "`import` of the book's customers (CSV)",
		guanxi: process{prog: bk.guanxi, args: []string{"--db", bk.work, "import", bk.csv}, setup: bk.freshWork},
		bare: &process{prog: "sqlite3", args: []string{"-cmd", ".read " + bk.inserts, bk.work, "SELECT count(*) FROM customers"},
			setup: bk.freshWork}}
	return []row{
		{name: "`today`", guanxi: g("today"), bare: sqlite3(bk.path, "list", bareChecklist())},
		{name: "`today --json`", guanxi: g("today", "--json"), bare: sqlite3(bk.path, "json", bareChecklist())},
		{name: "`list`", guanxi: g("list"), bare: sqlite3(bk.path, "list",
			`SELECT c.id, c.name, c.company, c.level, c.stage, c.last_contact_on, c.next_due_on, `+bareTypes+
				` FROM customers c WHERE c.deleted_at IS NULL`+bareListOrder)},
		{name: "`list --json`", guanxi: g("list", "--json"), bare: sqlite3(bk.path, "json",
			`SELECT c.*, `+bareTypes+` FROM customers c WHERE c.deleted_at IS NULL`+bareListOrder)},
		{name: "`list --query zw --json`", guanxi: g("list", "--query", "zw", "--json"), bare: sqlite3(bk.path, "json",
			`SELECT c.*, `+bareTypes+` FROM customers c WHERE `+search("zw")+bareListOrder)},
		{name: "`list --query 张伟`", guanxi: g("list", "--query", "张伟"), bare: sqlite3(bk.path, "list",
			`SELECT c.id, c.name, c.company, c.level, c.stage, c.last_contact_on, c.next_due_on, `+bareTypes+
				` FROM customers c WHERE `+search("张伟")+bareListOrder)},
		{name: "`show 1`", guanxi: g("show", "1"), bare: sqlite3(bk.path, "list",
			`SELECT * FROM customers WHERE id = 1`, `SELECT * FROM contacts WHERE customer_id = 1`,
			`SELECT * FROM interactions WHERE customer_id = 1 ORDER BY at DESC`,
			`SELECT * FROM deals WHERE customer_id = 1 ORDER BY on_date DESC`,
			`SELECT * FROM reminders WHERE customer_id = 1`, `SELECT * FROM complaints WHERE customer_id = 1`)},
		{name: "`report`", guanxi: g("report"), bare: sqlite3(bk.path, "list",
			`SELECT customer_id, sum(amount), count(*) FROM deals WHERE on_date >= date('now', 'start of year', '-1 year') GROUP BY customer_id`,
			`SELECT level, stage, count(*), sum(order_total), sum(owed) FROM customers WHERE deleted_at IS NULL GROUP BY level, stage`,
			`SELECT id, name, first_deal_on, last_deal_on, last_contact_on, deal_count, order_total FROM customers
				WHERE deleted_at IS NULL ORDER BY order_total DESC LIMIT 10`)},
		{name: "`export --format csv`", guanxi: g("export", "--format", "csv"), bare: sqlite3(bk.path, "csv",
			`SELECT c.*, `+bareTypes+` FROM customers c WHERE c.deleted_at IS NULL ORDER BY c.id`)},
		{name: "`check`", guanxi: g("check"), bare: sqlite3(bk.path, "list", `PRAGMA integrity_check`)},
		importRow,
	}
}
