package store

import (
	"fmt"

	"guanxi/model"
)

// KeepNextDue makes a customer this Bulk added due on day, the next follow-up day a sheet gave,
// as model.KeepDueOn decides: the planned visit and call before it put off to it, or the reminder
// remind (its customer and day set here) added when no planned contact falls on it. A customer
// the Bulk did not add keeps the book's own due days.
func (b *Bulk) KeepNextDue(customerID int64, day model.Date, remind model.Reminder) error {
	f := b.fresh[customerID]
	if f == nil {
		return fmt.Errorf("keep the next due day of customer %d: not added by this import", customerID)
	}
	planned := f.columns()
	kept := model.KeepDueOn(day, planned.nextVisit, planned.nextCall)
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
