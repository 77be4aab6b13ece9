package store

import (
	"fmt"

	"guanxi/model"
)

// insertHeldSnooze writes a planned contact put off, as putSnooze does, for a customer the Bulk
// adds: a new customer has none yet, so the row needs no ON CONFLICT and goes with others.
var insertHeldSnooze = newInsert(`INSERT INTO plan_snoozes (customer_id, kind, from_on, until_on, created_at, uid,
	updated_at) VALUES `, 7)

// AddPreparedWithDays adds a prepared customer as AddPrepared does, with what a sheet's row says
// of them besides the profile: the contact last logged (nil when none) and the next follow-up day
// (zero when none), kept as model.KeepDueOn decides: the planned visit and call before it put off to
// it, or remind (its customer and day set here) added when no planned contact falls on it.
//
// The customer's figures follow from these few records alone, so they are computed here and
// written with the row, and the records are held back and written with others, rowsPerInsert to
// a statement, as the customers are: an import of 100,000 such rows then neither runs a statement
// per record nor keeps or reads back each customer's figures before the commit. The Bulk must not
// write these tables on its side (bulk_side.go), which only a book written whole does.
func (b *Bulk) AddPreparedWithDays(p *PreparedCustomer, logged *model.Interaction, nextDue model.Date, remind model.Reminder) (int64, error) {
	c := p.c
	if logged != nil {
		if err := logged.Validate(); err != nil {
			return 0, fmt.Errorf("log the contact of %s: %w", c.Name, err)
		}
	}
	if err := b.giveCustomerID(c); err != nil {
		return 0, err
	}
	f := newDerivedFigures(c, b.plans)
	if logged != nil {
		logged.CustomerID = c.ID
		f.logged(logged)
	}
	var kept model.KeptDue
	if !nextDue.IsZero() {
		planned := f.columns()
		kept = model.KeepDueOn(nextDue, planned.nextVisit, planned.nextCall)
		f.visitSnooze, f.callSnooze = kept.Visit, kept.Call
		if kept.Remind {
			remind.CustomerID, remind.DueOn = c.ID, nextDue
			if err := remind.Validate(); err != nil {
				return 0, fmt.Errorf("remind of %s: %w", c.Name, err)
			}
			f.reminded(&remind)
		}
	}
	f.columns().setOn(c)
	rows := b.newCustomers
	rows.args = append(append(rows.args, c.ID), p.args...)
	rows.args = columnsOf(c).appendArgs(rows.args)
	if err := rows.held(b, c.Name); err != nil {
		return 0, err
	}
	now := b.s.Now().Unix()
	if logged != nil {
		b.newLogged.args = interactionArgs(b.newLogged.args, logged, now)
		if err := b.newLogged.held(b, c.Name); err != nil {
			return 0, err
		}
	}
	if err := eachPutOff(kept, func(kind model.ItemKind, sn model.PlanSnooze) error {
		b.newSnoozes.args = append(b.newSnoozes.args, c.ID, string(kind), sn.From.String(), sn.Until.String(),
			now, newUID(), now)
		return b.newSnoozes.held(b, c.Name)
	}); err != nil {
		return 0, err
	}
	if kept.Remind {
		b.newReminders.args = reminderArgs(b.newReminders.args, &remind, now)
		if err := b.newReminders.held(b, c.Name); err != nil {
			return 0, err
		}
	}
	return c.ID, nil
}
