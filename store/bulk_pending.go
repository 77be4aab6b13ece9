package store

import (
	"errors"
	"fmt"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// pendingRows are rows of one table a Bulk holds back, to write rowsPerInsert of them with one
// multi-row INSERT: an import of 100,000 customers then runs some 3,000 statements instead of
// 100,000, and each statement costs as much again in database/sql and the driver as SQLite spends
// writing a row. Rows are held only until the Bulk runs any other statement (see Bulk.exec), so
// everything still happens in the order it was asked for.
type pendingRows struct {
	ins  insert
	args []any    // the values of the rows held, ins.cols to a row
	who  []string // whom each row is of, for the message should it fail
	what string   // the message's format, with a %s for who
}

func newPendingRows(ins insert, what string) *pendingRows {
	return &pendingRows{ins: ins, args: make([]any, 0, ins.cols*rowsPerInsert), what: what}
}

// held holds back a row of who, whose values the caller has appended to args, and once there are
// enough for one statement writes every row the Bulk holds, in the order flush keeps.
func (p *pendingRows) held(b *Bulk, who string) error {
	p.who = append(p.who, who)
	if len(p.who) < rowsPerInsert {
		return nil
	}
	return b.flush()
}

// write writes the rows held back, as many to a statement as Bulk.statementRows allows. Should a
// statement break a constraint (a lasting identifier already in the book, say), SQLite has undone
// that statement alone, and its rows are written again one by one, so the message names the row
// that failed. Any other failure (a full disk) may have ended the whole transaction, and SQLite
// would then save each further statement on its own: the Bulk stops there.
func (p *pendingRows) write(b *Bulk) error {
	defer func() { p.args, p.who = p.args[:0], p.who[:0] }()
	for k := 0; k < len(p.who); {
		size := b.statementRows(len(p.who) - k)
		if err := p.writeRows(b, k, size); err != nil {
			return err
		}
		k += size
	}
	return nil
}

// writeRows writes the size rows held from the k-th on in one statement (see write).
func (p *pendingRows) writeRows(b *Bulk, k, size int) error {
	cols := p.ins.cols
	err := b.insertRows(p.ins.rows(size), p.args[k*cols:(k+size)*cols])
	switch {
	case err == nil:
		return nil
	case size == 1:
		return fmt.Errorf(p.what+": %w", p.who[k], err)
	case !brokeConstraint(err):
		return fmt.Errorf(p.what+" … %s: %w", p.who[k], p.who[k+size-1], err)
	}
	for j := k; j < k+size; j++ {
		if err := b.insertRows(p.ins.one, p.args[j*cols:(j+1)*cols]); err != nil {
			return fmt.Errorf(p.what+": %w", p.who[j], err)
		}
	}
	return nil
}

// flush writes every row held back: the customers first, then their contacts, for the rows of
// other tables that refer to them.
func (b *Bulk) flush() error {
	for _, rows := range []*pendingRows{b.newCustomers, b.newContacts, b.newTags, b.newLogged, b.newSnoozes, b.newReminders} {
		if err := rows.write(b); err != nil {
			return err
		}
	}
	return nil
}

// brokeConstraint tells whether a statement failed on a constraint (unique, not null, check, a
// foreign key), which SQLite undoes alone: the book has no trigger that would roll back more.
func brokeConstraint(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT
}
