package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"guanxi/model"
)

// Archive is one customer's whole archive, as `guanxi show` and the TUI's detail show it: every
// record a whole-book export writes of them (BookCustomer) but the greetings sent and the plans
// put off, which neither shows, with the visit plans their due dates come from and the customers
// they referred, all read in one transaction, so the parts agree with each other even while
// another program writes.
//
// Unlike a BookCustomer's, the records are in the order they are shown: logged contacts, deals,
// payments, complaints and level changes newest first, complaints still open before resolved ones;
// reminders open before done, each by due date; tags by the person they are on.
type Archive struct {
	BookCustomer
	Plans    map[model.Level]model.VisitPlan
	Referred []model.Customer // by name
}

// Archive reads the whole archive of customer id; one in the trash, or not in the book, is
// model.ErrNotFound. It reads the records through the same function as the whole-book export,
// limited to this customer.
func (s *Store) Archive(ctx context.Context, id int64) (*Archive, error) {
	tx, err := s.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var a *Archive
	err = eachBookCustomer(ctx, tx, Scope{Only: map[int64]bool{id: true}, NoMarks: true}, func(bc *BookCustomer) error {
		a = &Archive{BookCustomer: *bc}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, fmt.Errorf("customer %d: %w", id, model.ErrNotFound)
	}
	if a.Plans, err = plans(ctx, tx); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, referredSQL, id)
	if err != nil {
		return nil, fmt.Errorf("read whom customer %d referred: %w", id, err)
	}
	if a.Referred, err = collectCustomers(rows); err != nil {
		return nil, err
	}
	a.inShownOrder()
	return a, nil
}

// inShownOrder puts the records, read oldest first, in the order Archive promises.
func (a *Archive) inShownOrder() {
	slices.Reverse(a.Interactions)
	slices.Reverse(a.Deals)
	slices.Reverse(a.Payments)
	slices.Reverse(a.LevelChanges)
	slices.Reverse(a.Complaints)
	slices.SortStableFunc(a.Complaints, func(x, y model.Complaint) int {
		return cmp.Compare(boolInt(!x.Open()), boolInt(!y.Open()))
	})
	slices.SortStableFunc(a.Reminders, func(x, y model.Reminder) int {
		return cmp.Compare(boolInt(!x.DoneAt.IsZero()), boolInt(!y.DoneAt.IsZero()))
	})
	slices.SortStableFunc(a.Tags, func(x, y PersonTag) int { return cmp.Compare(x.ContactID, y.ContactID) })
}
