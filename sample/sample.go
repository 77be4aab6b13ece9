// Package sample writes generated books: a small demo book that reads like a real salesperson's
// archive, and large books of the same kind for measuring speed. The same options always give the
// same book.
package sample

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"

	"guanxi/model"
	"guanxi/store"
)

// Options says what book Fill writes.
type Options struct {
	Customers int        // how many customers, e.g. 200 for the demo, 100_000 for the scale book
	Seed      int64      // the same options give the same book
	Today     model.Date // the day the book is built around; zero means the store's today
	// Scale gives every customer on average 10 logged contacts, 3 deals and 2 reminders, the
	// proportions of the benchmark book (100,000 customers, 1,000,000 contacts logged, 300,000
	// deals, 200,000 reminders).
	Scale bool
	// Progress, if not nil, is told how many customers are written, every thousand or so; Indexing
	// when they all are and the indexes of a large book are being built. They are called on the
	// writing goroutine and must return at once.
	Progress func(customers int)
	Indexing func()
}

// DemoSeed is the seed of the demo book.
const DemoSeed = 20_260_310

// DemoCustomers is how many customers the demo book holds.
const DemoCustomers = 200

// DemoOptions returns the options of the demo book built around today.
func DemoOptions(today model.Date) Options {
	return Options{Customers: DemoCustomers, Seed: DemoSeed, Today: today}
}

// Demo fills an empty book with the demo: about 200 customers of every level, stage and
// relationship, with their contacts, history, deals, reminders and complaints around today.
func Demo(ctx context.Context, s *store.Store, today model.Date) error {
	return Fill(ctx, s, DemoOptions(today))
}

// ErrBookNotEmpty is returned by Fill for a book that already holds customers.
var ErrBookNotEmpty = errors.New("the book already holds customers")

// chunk is how many customers go into one transaction: a small book is written at once, a large
// one in steps so the write-ahead log stays small.
const chunk = 5_000

// Fill writes a generated book into s, which must hold no customers yet. Customers and all their
// records are generated one at a time and written as they come, so memory stays flat whatever
// the size. Up to 5,000 customers are written in one transaction; a larger book is written in
// several, each complete in itself.
func Fill(ctx context.Context, s *store.Store, o Options) error {
	if o.Customers < 0 {
		return fmt.Errorf("a book cannot hold %d customers", o.Customers)
	}
	if o.Today.IsZero() {
		o.Today = s.Today()
	}
	n, err := s.CountCustomers(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("fill %s: %w", s.Path(), ErrBookNotEmpty)
	}
	plans, err := s.Plans(ctx)
	if err != nil {
		return err
	}
	// One goroutine generates while this one writes, so the generating is off the writer's path.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	records := make(chan *record, 256)
	go func() {
		defer close(records)
		g := newGenerator(o, plans)
		for i := range o.Customers {
			rec := g.customer(i)
			// The customer's row is made ready here too (checked, its pinyin and search text),
			// off the writer's goroutine; one that does not validate fails when it is written.
			rec.prepared, rec.prepareErr = s.PrepareCustomer(&rec.cust)
			select {
			case records <- rec:
			case <-ctx.Done():
				return
			}
		}
	}()
	if o.Customers > wholeAbove {
		return s.WriteBulkWhole(ctx, func(b *store.Bulk) error {
			return writeRecords(ctx, b, records, 0, o.Customers, o)
		}, o.Indexing)
	}
	for done := 0; done < o.Customers; {
		size := min(chunk, o.Customers-done)
		err := s.WriteBulk(ctx, func(b *store.Bulk) error {
			return writeRecords(ctx, b, records, done, size, o)
		})
		if err != nil {
			return err
		}
		done += size
	}
	return nil
}

// wholeAbove is the size above which a book is written in one transaction with its indexes built
// at the end (store.WriteBulkWhole): five times faster for a book of 100,000 customers than
// keeping eighteen indexes of the customers up to date row by row.
const wholeAbove = chunk

// progressEvery is how many customers are written between two calls of Options.Progress.
const progressEvery = 1000

// writeRecords writes the next n records of the channel through b, the first of them customer
// done+1, telling o.Progress how far it is.
func writeRecords(ctx context.Context, b *store.Bulk, records <-chan *record, done, n int, o Options) error {
	var p pending
	for i := range n {
		rec, ok := <-records
		if !ok {
			return ctx.Err()
		}
		if err := rec.write(b, &p); err != nil {
			return fmt.Errorf("sample customer %d (%s): %w", done+i+1, rec.cust.Name, err)
		}
		if p.full() {
			if err := p.flush(b); err != nil {
				return err
			}
		}
		if (done+i+1)%chunk == 0 {
			// Every record of the customers so far is written or held in p: their figures are
			// final, and need not be kept in memory any longer.
			if err := p.flush(b); err != nil {
				return err
			}
			if err := b.Settle(); err != nil {
				return err
			}
		}
		if o.Progress != nil && (done+i+1)%progressEvery == 0 {
			o.Progress(done + i + 1)
		}
	}
	if err := p.flush(b); err != nil {
		return err
	}
	if o.Progress != nil {
		o.Progress(done + n)
	}
	return nil
}

// record is one customer with everything recorded about them, ready to be written.
type record struct {
	cust         model.Customer
	prepared     *store.PreparedCustomer // cust made ready to be written
	prepareErr   error                   // why cust could not be
	custTags     []store.PersonTag
	contacts     []model.Contact
	contactTags  [][]store.PersonTag
	interactions []model.Interaction
	withContact  []int // index into contacts of each interaction's person, -1 for none
	deals        []model.Deal
	products     []product // what each deal sold, for the texts
	interest     string    // what the talks before the first deal were about
	reminders    []model.Reminder
	complaints   []model.Complaint
}

// pending gathers the many small records of several customers, to be written a batch at a time,
// after the customers' rows the Bulk holds back.
type pending struct {
	interactions []model.Interaction
	deals        []model.Deal
	reminders    []model.Reminder
	complaints   []model.Complaint
}

// batchRows is how many logged contacts are gathered before they are written.
const batchRows = 512

func (p *pending) full() bool { return len(p.interactions) >= batchRows }

func (p *pending) flush(b *store.Bulk) error {
	if err := b.LogInteractions(p.interactions); err != nil {
		return err
	}
	if err := b.AddDeals(p.deals); err != nil {
		return err
	}
	if err := b.AddReminders(p.reminders); err != nil {
		return err
	}
	for i := range p.complaints {
		if err := b.AddComplaint(&p.complaints[i]); err != nil {
			return err
		}
	}
	p.interactions, p.deals, p.reminders, p.complaints = p.interactions[:0], p.deals[:0], p.reminders[:0], p.complaints[:0]
	return nil
}

// write adds the customer, their contacts and type tags through b, filling in the ids the book
// hands out, and leaves their logged contacts, deals, reminders and complaints in p. The Bulk
// holds the rows of customers, contacts and tags back to write them many to a statement, and
// writes them before anything else, so every row of p finds its customer written.
func (rec *record) write(b *store.Bulk, p *pending) error {
	c := &rec.cust
	if rec.prepareErr != nil {
		return rec.prepareErr
	}
	if _, err := b.AddPreparedWithRecords(rec.prepared); err != nil {
		return err
	}
	for _, t := range rec.custTags {
		t.CustomerID = c.ID
		if err := b.Tag(t); err != nil {
			return err
		}
	}
	for i := range rec.contacts {
		k := &rec.contacts[i]
		k.CustomerID = c.ID
		if err := b.AddHeldContact(k); err != nil {
			return err
		}
		for _, t := range rec.contactTags[i] {
			t.CustomerID, t.ContactID = c.ID, k.ID
			if err := b.Tag(t); err != nil {
				return err
			}
		}
	}
	for i := range rec.interactions {
		in := rec.interactions[i]
		in.CustomerID = c.ID
		if k := rec.withContact[i]; k >= 0 {
			in.ContactID = rec.contacts[k].ID
		}
		p.interactions = append(p.interactions, in)
	}
	for _, d := range rec.deals {
		d.CustomerID = c.ID
		p.deals = append(p.deals, d)
	}
	for _, r := range rec.reminders {
		r.CustomerID = c.ID
		p.reminders = append(p.reminders, r)
	}
	for _, cp := range rec.complaints {
		cp.CustomerID = c.ID
		p.complaints = append(p.complaints, cp)
	}
	return nil
}

// newRand returns the generator's random source: PCG seeded from the options, so a seed is a book.
func newRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x6775616e7869)) // "guanxi"
}
