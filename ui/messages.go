package ui

import (
	"guanxi/model"
	"guanxi/store"
)

// Messages are named as events. Results of loads carry what they were asked for (a sequence
// number or an id) so a stale or foreign answer is recognised and dropped.

// customersLoadedMsg brings the rows of the list for the query numbered seq.
type customersLoadedMsg struct {
	seq   int
	rows  []model.Customer
	total int
	err   error
}

// detailLoadedMsg brings one customer's whole archive.
type detailLoadedMsg struct {
	id     int64
	detail customerDetail
	err    error
}

// customerDetail is everything the detail view shows of one customer.
type customerDetail struct {
	customer     model.Customer
	contacts     []model.Contact
	tags         []store.PersonTag
	interactions []model.Interaction
	deals        []model.Deal
	reminders    []model.Reminder
	complaints   []model.Complaint
	payments     []model.Payment
	plans        map[model.Level]model.VisitPlan
	levels       []model.LevelChange // level changes, newest first
	referred     []model.Customer    // the customers this one referred
}

// checklistLoadedMsg brings the follow-up checklist.
type checklistLoadedMsg struct {
	idx  *store.ChecklistIndex // the whole checklist, as keys in its order
	page checklistPageMsg      // the items of its first rows
	err  error
}

// catalogLoadedMsg brings the personality catalog.
type catalogLoadedMsg struct {
	typologies []model.Typology
	types      []model.PersonalityType
	err        error
}

// carriersLoadedMsg brings the people who carry one personality type, for the catalog.
type carriersLoadedMsg struct {
	code     string
	carriers []store.TypeCarrier
	total    int
	err      error
}

// catalogSelectMsg asks the catalog to put its cursor on a type once the type is on its list.
type catalogSelectMsg struct{ code string }

// savedMsg says a change was written; what names it for the status line.
type savedMsg struct {
	what       string
	customerID int64
	// open asks for the customer's archive once saved: a customer just added is worked on next.
	open bool
}

// saveFailedMsg says a change could not be written; a form shows err and keeps what was typed.
type saveFailedMsg struct {
	err error
}

// bookChangedMsg says another process committed to the book.
type bookChangedMsg struct{ version int64 }

// watchTickMsg asks the app to look whether the book changed.
type watchTickMsg struct{}

// openCustomerMsg asks the app to show a customer's detail.
type openCustomerMsg struct{ id int64 }

// openFormMsg asks the app to open a form over the current screen.
type openFormMsg struct{ form *form }

// statusMsg shows a line in the status bar.
type statusMsg struct {
	text  string
	isErr bool
}
