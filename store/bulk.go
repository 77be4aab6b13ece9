package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strings"

	"guanxi/model"
)

// Bulk writes many records in one transaction with prepared statements, for imports and generated
// books. Derived figures of every customer it touched are recomputed once, before the commit.
type Bulk struct {
	s     *Store
	ctx   context.Context
	tx    *sql.Tx
	plans map[model.Level]model.VisitPlan
	// planned are the visit plans as the Bulk began, by which the customers it touched are refreshed.
	planned map[model.Level]model.VisitPlan
	touched map[int64]bool
	// fresh holds the derived figures of the customers this Bulk added, kept up to date as their
	// records come in: every record of such a customer passes through the Bulk, so its figures
	// need no query, and a generated or imported book of 100,000 customers is not read back row
	// by row before the commit.
	fresh    map[int64]*derivedFigures
	freshIDs []int64
	stmts    map[string]*sql.Stmt
	// direct runs the many-row INSERTs on the driver (bulk_driver.go).
	direct *driverRows
	// Prepared customers and personality types are written rowsPerInsert at a time (see
	// pendingRows); nextID is the id the next prepared customer gets, 0 until it is read.
	newCustomers, newTags *pendingRows
	nextID                int64
	// Contacts added by AddHeldContact are held back like the customers (bulk_held.go);
	// nextContactID is the id the next one gets, 0 until it is read.
	newContacts   *pendingRows
	nextContactID int64
	// The logged contacts, put-offs and reminders of the customers AddPreparedWithDays adds are
	// held back too, and written after the customers (bulk_held_days.go).
	newLogged, newSnoozes, newReminders *pendingRows
	// side writes the rows of some tables on a second connection while the Bulk writes the others
	// (bulk_side.go); nil when nothing does.
	side *sideWriter
	// whole is set for a new book written whole (WriteBulkWhole): rows are written in statements
	// of any size statementRows gives, and the indexes that begin with the customer's id are kept
	// while it writes. Each costs memory SQLite holds to the commit (the statements prepared, the
	// pages of the indexes), measured at 10 and 7 MB more for an import of 100,000 customers, where
	// it gained no speed; a generated book, which fills seven tables, is faster for them.
	whole bool
}

// bulkCacheKiB is the page cache a Bulk's connection gets while it writes, so the pages of a
// large batch stay in memory until the commit; the connection goes back to the default after.
const bulkCacheKiB = 64 << 10

// importCacheKiB is the smaller cache of a large import (WriteBulkMany). SQLite holds about
// three times it while it builds an index (the cache, the sorter's memory and the pages it
// reads), so bulkCacheKiB would take an import of 100,000 customers far past 150 MB
// (docs/PERFORMANCE.md); at 8 MB it peaks at 144 MB instead of 170 MB at 16, in the same
// processor time, measured in turns.
const importCacheKiB = 8 << 10

// wholeCacheKiB is the cache of a new book written whole (WriteBulkWhole), which builds the
// indexes of seven tables at its end with two sorting threads.
const wholeCacheKiB = 16 << 10

// WriteBulk runs fn with a Bulk and commits everything it wrote as one transaction, or nothing.
func (s *Store) WriteBulk(ctx context.Context, fn func(*Bulk) error) error {
	return s.writeBulkCached(ctx, bulkCacheKiB, fn)
}

// writeBulkCached is WriteBulk with a page cache of cacheKiB.
func (s *Store) writeBulkCached(ctx context.Context, cacheKiB int, fn func(*Bulk) error) error {
	// Like every write, never into a damaged book (see Store.tx).
	if err := s.verifyBeforeWrite(ctx); err != nil {
		return err
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("begin a change: %w", err)
	}
	defer conn.Close()
	// SQLite copies every page a statement changes into a statement journal, so the statement alone
	// can be undone; kept in a temporary file, that doubles the writing of a large batch. These two
	// settings belong to the connection and take effect at the next BEGIN; they are undone before
	// the connection goes back to the pool.
	var tempStore, cacheSize int
	if err := conn.QueryRowContext(ctx, "PRAGMA temp_store").Scan(&tempStore); err != nil {
		return fmt.Errorf("begin a change: %w", err)
	}
	if err := conn.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&cacheSize); err != nil {
		return fmt.Errorf("begin a change: %w", err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA temp_store = MEMORY; PRAGMA cache_size = %d", -cacheKiB)); err != nil {
		return fmt.Errorf("begin a change: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA temp_store = %d; PRAGMA cache_size = %d", tempStore, cacheSize))

	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin a change: %w", err)
	}
	defer detachSide(context.WithoutCancel(ctx), conn)
	return endChange(tx, s.writeBulk(ctx, conn, tx, fn))
}

func (s *Store) writeBulk(ctx context.Context, conn *sql.Conn, tx *sql.Tx, fn func(*Bulk) error) error {
	all, err := plans(ctx, tx)
	if err != nil {
		return err
	}
	b := s.newBulk(ctx, conn, tx, all)
	defer b.closeStatements()
	if err := fn(b); err != nil {
		return err
	}
	return b.finish()
}

// newBulk is a Bulk that writes in tx, begun on conn, by the visit plans all.
func (s *Store) newBulk(ctx context.Context, conn *sql.Conn, tx *sql.Tx, all map[model.Level]model.VisitPlan) *Bulk {
	return &Bulk{s: s, ctx: ctx, tx: tx, plans: all, planned: all, touched: map[int64]bool{},
		direct: &driverRows{conn: conn, stmts: map[string]driver.Stmt{}},
		fresh:  map[int64]*derivedFigures{}, stmts: map[string]*sql.Stmt{},
		newCustomers: newPendingRows(insertPreparedCustomer, "save customer %s"), newTags: newPendingRows(insertHeldTag, "tag with %s"),
		newContacts:  newPendingRows(insertHeldContact, "save contact %s"),
		newLogged:    newPendingRows(insertInteraction, "log the contact of %s"),
		newSnoozes:   newPendingRows(insertHeldSnooze, "put off the planned contact of %s"),
		newReminders: newPendingRows(insertReminder, "save the reminder of %s")}
}

// closeStatements closes the statements the Bulk prepared.
func (b *Bulk) closeStatements() {
	for _, st := range b.stmts {
		st.Close()
	}
	b.direct.close()
}

// Settle writes the derived figures of the customers the Bulk added so far, whose records must all
// be written by now, and forgets them: a generated book of 100,000 customers then holds memory only
// for the customers since the last Settle. A record that comes for one of them later is taken as
// touching a customer already in the book: their figures are read again from it before the commit.
func (b *Bulk) Settle() error { return b.finish() }

// finish writes the rows held back and the derived figures of every customer the Bulk added or
// touched. It runs before the commit, and earlier when indexes set aside are to be built over the
// finished rows; a second call finds nothing left to do.
func (b *Bulk) finish() error {
	if err := b.flush(); err != nil {
		return err
	}
	// In id order, so the updates walk the table once from end to end.
	for _, id := range b.freshIDs {
		if err := b.saveDerived(id, b.fresh[id]); err != nil {
			return err
		}
	}
	b.freshIDs, b.fresh = nil, map[int64]*derivedFigures{}
	if len(b.touched) == 0 {
		return nil
	}
	// The figures are read again from the customers' records, all of them.
	if err := b.joinSide(); err != nil {
		return err
	}
	r := newRefresher(b.ctx, b.tx, b.planned)
	defer r.close()
	for _, id := range slices.Sorted(maps.Keys(b.touched)) {
		if err := r.refresh(id); err != nil {
			return err
		}
	}
	b.touched = map[int64]bool{}
	return nil
}

// exec runs a statement, after writing the rows held back, which it may need.
func (b *Bulk) exec(query string, args ...any) (sql.Result, error) {
	if err := b.flush(); err != nil {
		return nil, err
	}
	return b.stmt(query, args...)
}

// q is the Bulk as an execer, for the statement functions single writes share (insert_records.go).
func (b *Bulk) q() execer { return bulkExec{b} }

// bulkExec runs statements as Bulk.exec does: after the rows held back, each prepared once.
type bulkExec struct{ b *Bulk }

func (e bulkExec) ExecContext(_ context.Context, query string, args ...any) (sql.Result, error) {
	return e.b.exec(query, args...)
}

// stmt runs a statement, prepared once per Bulk.
func (b *Bulk) stmt(query string, args ...any) (sql.Result, error) {
	st, ok := b.stmts[query]
	if !ok {
		var err error
		if st, err = b.tx.PrepareContext(b.ctx, query); err != nil {
			return nil, err
		}
		b.stmts[query] = st
	}
	return st.ExecContext(b.ctx, args...)
}

// rowsPerInsert is how many rows a multi-row INSERT writes: enough that the statement's fixed
// cost is shared, few enough that its parameters stay far under SQLite's limit.
const rowsPerInsert = 32

// insert is an INSERT statement for one row and for rowsPerInsert rows.
type insert struct {
	head, one, many string
	cols            int
}

func newInsert(head string, cols int) insert {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	return insert{
		head: head,
		one:  head + row,
		many: head + strings.TrimSuffix(strings.Repeat(row+",", rowsPerInsert), ","),
		cols: cols,
	}
}

// insertMany writes n rows, as many to a statement as Bulk.statementRows allows; args appends the
// arguments of row k.
func (b *Bulk) insertMany(ins insert, n int, args func([]any, int) []any) error {
	buf := make([]any, 0, ins.cols*rowsPerInsert)
	for k := 0; k < n; {
		size := b.statementRows(n - k)
		buf = buf[:0]
		for j := k; j < k+size; j++ {
			buf = args(buf, j)
		}
		if err := b.flush(); err != nil {
			return err
		}
		if err := b.insertRows(ins.rows(size), buf); err != nil {
			if size == 1 {
				return fmt.Errorf("row %d: %w", k+1, err)
			}
			return fmt.Errorf("rows %d to %d: %w", k+1, k+size, err)
		}
		k += size
	}
	return nil
}

// statementRows is how many of n rows still to write go in the next statement: rowsPerInsert,
// or for the last few one at a time, or in a Bulk that writes a book whole the largest power of
// two they hold (a few statements more than one of their own size would take, but at most six
// statements per table for SQLite to keep prepared, not thirty-two).
func (b *Bulk) statementRows(n int) int {
	switch {
	case n >= rowsPerInsert:
		return rowsPerInsert
	case b.whole:
		return 1 << (bits.Len(uint(n)) - 1)
	}
	return 1
}

// rows is the statement that writes n rows, 1 to rowsPerInsert.
func (ins insert) rows(n int) string {
	switch n {
	case 1:
		return ins.one
	case rowsPerInsert:
		return ins.many
	}
	row := len(ins.one) - len(ins.head)
	return ins.many[:len(ins.head)+n*(row+1)-1]
}

// columnCount counts the columns of a comma-separated list.
func columnCount(list string) int { return strings.Count(list, ",") + 1 }

// AddCustomer validates and adds a customer, setting its ID. The derived figures (last contact,
// next due, order total …) are computed from the records the Bulk writes; a caller that knows
// them already may set them on c, which spares rewriting the row when they agree.
func (b *Bulk) AddCustomer(c *model.Customer) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	stampNew(c, b.s.Now())
	if err := addCustomerRow(b.ctx, b.q(), c); err != nil {
		return err
	}
	b.nextID = 0 // SQLite chose the id; the next prepared customer's is read again
	b.fresh[c.ID] = newDerivedFigures(c, b.plans)
	b.freshIDs = append(b.freshIDs, c.ID)
	return nil
}

// AddContact validates and adds a contact person, setting its ID.
func (b *Bulk) AddContact(c *model.Contact) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	b.nextContactID = 0 // SQLite chooses the id; the next held contact's is read again
	return addContactRow(b.ctx, b.q(), c, b.s.Now().Unix())
}

// LogInteraction validates and adds a logged contact, setting its ID.
func (b *Bulk) LogInteraction(i *model.Interaction) error {
	return addOne(b, loggedContactKind, i)
}

// LogInteractions validates and adds many logged contacts, several rows to a statement, which
// writes a large book faster than LogInteraction one at a time. An error names the position of
// the contact it is about; return it from the WriteBulk function, since rows of the batch before
// it may already be written.
func (b *Bulk) LogInteractions(list []model.Interaction) error {
	return addMany(b, loggedContactKind, list)
}

// AddDeal validates and adds a deal, setting its ID (for the payments that refer to it).
func (b *Bulk) AddDeal(d *model.Deal) error {
	return addOne(b, dealKind, d)
}

// AddDeals validates and adds many deals, several rows to a statement; errors as LogInteractions.
func (b *Bulk) AddDeals(list []model.Deal) error {
	return addMany(b, dealKind, list)
}

// AddReminder validates and adds a reminder with everything it carries, its repeat rule
// included, setting its ID; one with DoneAt set is added as done.
func (b *Bulk) AddReminder(r *model.Reminder) error {
	return addOne(b, reminderKind, r)
}

// AddReminders validates and adds many reminders, several rows to a statement; errors as
// LogInteractions.
func (b *Bulk) AddReminders(list []model.Reminder) error {
	return addMany(b, reminderKind, list)
}

// followedKind is a kind of record whose customer's figures follow it, as a Bulk adds it: alone
// (addOne) or several rows to a statement (addMany).
type followedKind[T any] struct {
	validate func(*T) error
	// addRow writes one record, SQLite giving its id; ins writes several, with args appending the
	// values of one, and uid giving the lasting identifier it is written with.
	addRow func(ctx context.Context, q execer, r *T, now int64) error
	ins    insert
	args   func([]any, *T, int64) []any
	uid    func(*T) *string
	// customer is the record's customer, whose figures count it with figure.
	customer func(*T) int64
	figure   func(*derivedFigures, *T)
	// what names a record by its place in an error, failed what failed.
	what, failed string
}

// The kinds of record a Bulk adds that its customers' figures follow.
var (
	loggedContactKind = followedKind[model.Interaction]{
		validate: (*model.Interaction).Validate, addRow: addInteractionRow, ins: insertInteraction, args: interactionArgs,
		uid:      func(i *model.Interaction) *string { return &i.UID },
		customer: func(i *model.Interaction) int64 { return i.CustomerID }, figure: (*derivedFigures).logged,
		what: "logged contact", failed: "log the contacts"}
	dealKind = followedKind[model.Deal]{
		validate: (*model.Deal).Validate, addRow: addDealRow, ins: insertDeal, args: dealArgs,
		uid:      func(d *model.Deal) *string { return &d.UID },
		customer: func(d *model.Deal) int64 { return d.CustomerID }, figure: (*derivedFigures).dealt,
		what: "deal", failed: "save the deals"}
	reminderKind = followedKind[model.Reminder]{
		validate: (*model.Reminder).Validate, addRow: addReminderRow, ins: insertReminder, args: reminderArgs,
		uid:      func(r *model.Reminder) *string { return &r.UID },
		customer: func(r *model.Reminder) int64 { return r.CustomerID }, figure: (*derivedFigures).reminded,
		what: "reminder", failed: "save the reminders"}
)

// addOne validates r and adds it alone, setting its ID, and has its customer's figures follow.
func addOne[T any](b *Bulk, k followedKind[T], r *T) error {
	if err := k.validate(r); err != nil {
		return err
	}
	// SQLite gives the id of a row of a table the side writes after those written there.
	if slices.Contains(sideTables, k.ins.table()) {
		if err := b.joinSide(); err != nil {
			return err
		}
	}
	if err := k.addRow(b.ctx, b.q(), r, b.s.Now().Unix()); err != nil {
		return err
	}
	followed(b, k, r)
	return nil
}

// addMany validates every record of list, naming the first bad one by its place, writes them all
// with k.ins, rowsPerInsert to a statement, and has each customer's figures follow.
//
// Rows of a table the Bulk's side writes (bulk_side.go) are handed to it, copied, and written
// there while this goroutine goes on; a failure there is told when the side is joined.
func addMany[T any](b *Bulk, k followedKind[T], list []T) error {
	for n := range list {
		if err := k.validate(&list[n]); err != nil {
			return fmt.Errorf("%s %d: %w", k.what, n+1, err)
		}
	}
	now := b.s.Now().Unix()
	if b.side.takes(k.ins) && b.side.closed {
		// Rows that come after the side's last batch follow its rows in the book.
		if err := b.joinSide(); err != nil {
			return err
		}
	}
	if b.side.takes(k.ins) {
		for n := range list {
			lasting(k.uid(&list[n])) // given here, for the caller to see as with any write
		}
		rows := slices.Clone(list)
		b.side.batches <- func(sb *Bulk) error {
			if err := sb.insertMany(k.ins, len(rows), func(buf []any, n int) []any { return k.args(buf, &rows[n], now) }); err != nil {
				return fmt.Errorf("%s: %w", k.failed, err)
			}
			return nil
		}
	} else if err := b.insertMany(k.ins, len(list), func(buf []any, n int) []any { return k.args(buf, &list[n], now) }); err != nil {
		return fmt.Errorf("%s: %w", k.failed, err)
	}
	for n := range list {
		followed(b, k, &list[n])
	}
	return nil
}

// followed has the figures of r's customer count it: a customer this Bulk added keeps them as
// its records come, another's are recomputed before the commit.
func followed[T any](b *Bulk, k followedKind[T], r *T) {
	id := k.customer(r)
	if f := b.fresh[id]; f != nil {
		k.figure(f, r)
	} else {
		b.touched[id] = true
	}
}

// AddComplaint validates and adds a complaint.
func (b *Bulk) AddComplaint(c *model.Complaint) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return addComplaintRow(b.ctx, b.q(), c, b.s.Now().Unix())
}

// Tag puts a personality type on a customer (contactID 0) or one of their contacts.
func (b *Bulk) Tag(t PersonTag) error {
	// Held back with the customers it may belong to, and written after them (see pendingRows).
	rows := b.newTags
	now := b.s.Now().Unix()
	rows.args = append(tagArgs(rows.args, t, now), newUID(), now)
	return rows.held(b, t.Type)
}
