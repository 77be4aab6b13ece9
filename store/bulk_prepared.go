package store

import "guanxi/model"

// PreparedCustomer is a new customer made ready to be written: normalised, validated, given its
// lasting identifier and times, with the searchable text and the pinyin readings its row carries.
// Preparing costs about as much processor time as writing the row, and needs no transaction, so an
// import prepares the next customers on one goroutine while a Bulk writes those before on another.
type PreparedCustomer struct {
	c    *model.Customer
	args []any // the values of profileColumns
}

// PrepareCustomer prepares c to be added by AddPrepared, changing c as AddCustomer would (its
// fields normalised, its identifier and times set); a customer that does not validate returns
// the error. It reads nothing of the book and may run on any goroutine.
func (s *Store) PrepareCustomer(c *model.Customer) (*PreparedCustomer, error) {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	stampNew(c, s.Now())
	return &PreparedCustomer{c: c, args: profileArgs(c)}, nil
}

// UID is the lasting identifier the customer will be written with.
func (p *PreparedCustomer) UID() string { return p.c.UID }

// AddPrepared adds a prepared customer for whom the caller adds no records in this Bulk, as an
// import of a spreadsheet's rows does, and returns their id. Their derived figures are those of a
// customer with no records (due by the plan from the day they join), written with the row; the Bulk
// keeps nothing of them, so an import of 100,000 customers holds no memory for each. Should a
// record of theirs come all the same, their figures are recomputed from the book before the commit.
//
// The row is written with others, rowsPerInsert at a time, so the Bulk gives the id itself: the
// next after the highest in the book, as SQLite would, since nobody else writes during the Bulk.
func (b *Bulk) AddPrepared(p *PreparedCustomer) (int64, error) {
	c := p.c
	if err := b.giveCustomerID(c); err != nil {
		return 0, err
	}
	newDerivedFigures(c, b.plans).columns().setOn(c)
	rows := b.newCustomers
	rows.args = append(append(rows.args, c.ID), p.args...)
	rows.args = columnsOf(c).appendArgs(rows.args)
	return c.ID, rows.held(b, c.Name)
}
