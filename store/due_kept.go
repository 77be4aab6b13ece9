package store

import (
	"fmt"

	"guanxi/model"
)

// KeepNextDue makes a customer this Bulk added due on day, the next follow-up day a sheet gave,
// as model.KeepDueOn decides: the planned visit and call before it put off to it, or the reminder
// remind (its customer and day set here) added when no planned contact falls on it. prepared is
// the customer as AddPrepared took it, nil for one AddCustomer added. A customer the Bulk did not
// add keeps the book's own due days.
func (b *Bulk) KeepNextDue(customerID int64, prepared *PreparedCustomer, day model.Date, remind model.Reminder) error {
	var visit, call model.Date
	switch f := b.fresh[customerID]; {
	case f != nil:
		planned := f.columns()
		visit, call = planned.nextVisit, planned.nextCall
	case prepared != nil && prepared.c.ID == customerID:
		// AddPrepared wrote the plan's days on the customer with the row. The customer is not
		// followed as the ones added with records are: their figures held to the commit cost
		// memory (18 MB more for 10,000 rows, measured); a put-off or a reminder marks them to be
		// recomputed from the book instead.
		visit, call = prepared.c.NextVisitOn, prepared.c.NextCallOn
	default:
		return fmt.Errorf("keep the next due day of customer %d: not added by this import", customerID)
	}
	kept := model.KeepDueOn(day, visit, call)
	for _, put := range []struct {
		kind model.ItemKind
		sn   model.PlanSnooze
	}{{model.ItemVisit, kept.Visit}, {model.ItemCall, kept.Call}} {
		if put.sn.Until.IsZero() {
			continue
		}
		if err := b.PutOff(customerID, put.kind, put.sn); err != nil {
			return err
		}
	}
	if !kept.Remind {
		return nil
	}
	remind.CustomerID, remind.DueOn = customerID, day
	return b.AddReminder(&remind)
}
