package store

import "fmt"

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

// write writes the rows held back: a full statement's worth at once, fewer one by one. Should the
// statement fail, SQLite has undone it alone, and the rows are written again one by one, so the
// message names the row that failed.
func (p *pendingRows) write(b *Bulk) error {
	if len(p.who) == 0 {
		return nil
	}
	defer func() { p.args, p.who = p.args[:0], p.who[:0] }()
	if len(p.who) == rowsPerInsert {
		if _, err := b.stmt(p.ins.many, p.args...); err == nil {
			return nil
		}
	}
	for k, who := range p.who {
		if _, err := b.stmt(p.ins.one, p.args[k*p.ins.cols:(k+1)*p.ins.cols]...); err != nil {
			return fmt.Errorf(p.what+": %w", who, err)
		}
	}
	return nil
}

// flush writes every row held back: the customers first, for the rows of other tables that
// refer to them.
func (b *Bulk) flush() error {
	if err := b.newCustomers.write(b); err != nil {
		return err
	}
	return b.newTags.write(b)
}
