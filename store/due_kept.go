package store

import (
	"fmt"

	"guanxi/model"
)

// KeepNextDue makes a customer this Bulk added with AddCustomer due on day, the next follow-up day
// a sheet gave, as model.KeepDueOn decides: the planned visit and call before it put off to it, or
// the reminder remind (its customer and day set here) added when no planned contact falls on it.
// A customer the Bulk did not add this way keeps the book's own due days; one added prepared is
// kept by AddPreparedWithDays.
func (b *Bulk) KeepNextDue(customerID int64, day model.Date, remind model.Reminder) error {
	f := b.fresh[customerID]
	if f == nil {
		return fmt.Errorf("keep the next due day of customer %d: not added by this import", customerID)
	}
	planned := f.columns()
	kept := model.KeepDueOn(day, planned.nextVisit, planned.nextCall)
	if err := eachPutOff(kept, func(kind model.ItemKind, sn model.PlanSnooze) error {
		return b.PutOff(customerID, kind, sn)
	}); err != nil {
		return err
	}
	if !kept.Remind {
		return nil
	}
	remind.CustomerID, remind.DueOn = customerID, day
	return b.AddReminder(&remind)
}

// eachPutOff calls put with each planned contact kept puts off, the visit before the call, and
// stops at the first error: KeepNextDue writes them one by one, AddPreparedWithDays holds them.
func eachPutOff(kept model.KeptDue, put func(kind model.ItemKind, sn model.PlanSnooze) error) error {
	for _, p := range []struct {
		kind model.ItemKind
		sn   model.PlanSnooze
	}{{model.ItemVisit, kept.Visit}, {model.ItemCall, kept.Call}} {
		if p.sn.Until.IsZero() {
			continue
		}
		if err := put(p.kind, p.sn); err != nil {
			return err
		}
	}
	return nil
}
