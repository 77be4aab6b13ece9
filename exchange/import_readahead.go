package exchange

import (
	"context"
	"io"
	"sync"

	"guanxi/model"
	"guanxi/store"
)

// Reading ahead of the writer: records are read, checked and prepared on a goroutine of their own
// while the ones before them are written.

// batch is records read ahead, and the error that ended the reading, if any.
type batch struct {
	recs []*record
	err  error
}

// batchSize is how many records the reading goroutine hands over at a time.
const batchSize = 256

// readAhead reads, checks and prepares records in a goroutine of its own, while the caller writes
// the ones before: parsing, decoding, validating and preparing a record costs about as much as
// writing it. Records come in their order, a batch at a time; stop ends the reading early.
func readAhead(ctx context.Context, src source, prepare prepareFunc) (<-chan batch, func()) {
	out := make(chan batch, 4)
	done := make(chan struct{})
	go func() {
		defer close(out)
		for {
			var b batch
			for len(b.recs) < batchSize {
				rec, err := src.next()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.err = err
					break
				}
				rec.check(prepare)
				b.recs = append(b.recs, rec)
				if rec.meta != nil {
					break // the catalog must be taken before the customers that use it are read
				}
			}
			if len(b.recs) == 0 && b.err == nil {
				return
			}
			select {
			case out <- b:
			case <-done:
				return
			case <-ctx.Done():
				return
			}
			if b.err != nil || len(b.recs) < batchSize && b.recs[len(b.recs)-1].meta == nil {
				return
			}
		}
	}()
	var once sync.Once
	return out, func() { once.Do(func() { close(done) }) }
}

// prepareFunc makes a new customer ready for the store to write (store.Store.PrepareCustomer).
type prepareFunc func(*model.Customer) (*store.PreparedCustomer, error)

// check normalises and validates the customer of a record and computes its duplicate keys, so
// that the writer has only to look them up; a customer with no records of their own is also
// prepared for writing, unless prepare is nil.
func (rec *record) check(prepare prepareFunc) {
	if rec.meta != nil || rec.bad != nil {
		return
	}
	c := &rec.customer
	c.Normalize()
	rec.invalid = c.Validate()
	for rec.salvage && rec.invalid != nil && rec.salvageField(rec.invalid) {
		rec.invalid = c.Validate()
	}
	rec.keys = model.MakeDupKeys(0, c.Name, c.Company, c.Phone, c.Email)
	if prepare != nil && rec.invalid == nil && (rec.book.onlyNextDue() || rec.salvage && rec.book.onlySheetDays()) && rec.contactOf == "" {
		// A copy: the record keeps the customer as read, without the identifier and times the
		// store gives a new one, for the messages and a merge.
		prepared := *c
		rec.prepared, _ = prepare(&prepared) // one that fails is added the usual way, and fails there
	}
}
