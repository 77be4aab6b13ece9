package kit

import (
	"guanxi/model"
	"guanxi/store"
)

// Messages are named as events. Results of loads carry what they were asked for (a sequence
// number or an id) so a stale or foreign answer is recognised and dropped.

// CustomersLoadedMsg brings the rows of the list for the query numbered seq.
type CustomersLoadedMsg struct {
	Seq   int
	Rows  []model.Customer
	Total int
	Err   error
}

// DetailLoadedMsg brings one customer's whole archive.
type DetailLoadedMsg struct {
	ID     int64
	Detail CustomerDetail
	Err    error
}

// CustomerDetail is everything the detail view shows of one customer.
type CustomerDetail struct {
	Customer     model.Customer
	Contacts     []model.Contact
	Tags         []store.PersonTag
	Interactions []model.Interaction
	Deals        []model.Deal
	Reminders    []model.Reminder
	Complaints   []model.Complaint
	Payments     []model.Payment
	Plans        map[model.Level]model.VisitPlan
	Levels       []model.LevelChange // level changes, newest first
	Referred     []model.Customer    // the customers this one referred
}

// CatalogLoadedMsg brings the personality catalog.
type CatalogLoadedMsg struct {
	Typologies []model.Typology
	Types      []model.PersonalityType
	Err        error
}

// CarriersLoadedMsg brings the people who carry one personality type, for the catalog.
type CarriersLoadedMsg struct {
	Code     string
	Carriers []store.TypeCarrier
	Total    int
	Err      error
}

// CatalogSelectMsg asks the catalog to put its cursor on a type once the type is on its list.
type CatalogSelectMsg struct{ Code string }

// SavedMsg says a change was written; what names it for the status line.
type SavedMsg struct {
	What       model.Text
	CustomerID int64
	// Open asks for the customer's archive once saved: a customer just added is worked on next.
	Open bool
	// next is the day the change moved something to, which the confirmation names (savedText).
	next model.Date
}

// SaveFailedMsg says a change could not be written; a form shows err and keeps what was typed.
type SaveFailedMsg struct {
	Err error
}

// BookChangedMsg says another process committed to the book.
type BookChangedMsg struct{ Version int64 }

// WatchTickMsg asks the app to look whether the book changed.
type WatchTickMsg struct{}

// StatusMsg shows a line in the status bar.
type StatusMsg struct {
	Text  string
	IsErr bool
}
