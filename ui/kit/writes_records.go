package kit

import (
	"context"
	"errors"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// The writes of correcting the record: each record's correction, its removal to the trash and its
// restore, and the customer edit that writes only what the user changed.

// RecordWrites are the store's two writes of one kind of record, adding a new one and correcting
// one, with what the status line says after each: the forms of the customer's records save
// through them, so each kind's add and correction are one command.
type RecordWrites[T any] struct {
	add, update    func(*store.Store, context.Context, *T) error
	added, updated model.Text
}

// The record kinds a form both adds and corrects.
var (
	ContactWrites   = RecordWrites[model.Contact]{(*store.Store).AddContact, (*store.Store).UpdateContact, Texts.Saved.Contact, Texts.Saved.Contact}
	DealWrites      = RecordWrites[model.Deal]{(*store.Store).AddDeal, (*store.Store).UpdateDeal, Texts.Saved.Deal, Texts.Records.SavedDeal}
	ReminderWrites  = RecordWrites[model.Reminder]{(*store.Store).AddReminder, (*store.Store).UpdateReminder, Texts.Saved.Reminder, Texts.Records.SavedReminder}
	ComplaintWrites = RecordWrites[model.Complaint]{(*store.Store).AddComplaint, (*store.Store).UpdateComplaint, Texts.Saved.Complaint, Texts.Records.SavedComplaint}
)

// Save adds r when it is new (id 0) and corrects it otherwise, for the customer of customerID.
func (w RecordWrites[T]) Save(s *store.Store, id, customerID int64, r T) tea.Cmd {
	if id == 0 {
		return Write(s, w.add, w.added, customerID, r)
	}
	return Write(s, w.update, w.updated, customerID, r)
}

// Write makes the command that writes r through one of the store's writes of its kind and
// answers SavedMsg saying what, for the customer of customerID.
func Write[T any](s *store.Store, write func(*store.Store, context.Context, *T) error, what model.Text, customerID int64, r T) tea.Cmd {
	return Save(what, customerID, func(ctx context.Context) error { return write(s, ctx, &r) })
}

func ReopenReminder(s *store.Store, id, customerID int64) tea.Cmd {
	return Save(Texts.Records.Reopened, customerID, func(ctx context.Context) error { return s.ReopenReminder(ctx, id) })
}

// RecordRemovedMsg says a record went to the trash; the detail view offers to undo it.
type RecordRemovedMsg struct {
	CustomerID int64
	Kind       model.RecordKind
	ID         int64
}

// RemoveRecord moves a record of a customer to the trash.
func RemoveRecord(s *store.Store, customerID int64, kind model.RecordKind, id int64) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		if err := s.DeleteRecord(ctx, kind, id); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return RecordRemovedMsg{customerID, kind, id}
	})
}

// RestoreRecord brings a record back from the trash.
func RestoreRecord(s *store.Store, customerID int64, kind model.RecordKind, id int64) tea.Cmd {
	return Save(Texts.Records.Restored, customerID, func(ctx context.Context) error { return s.RestoreRecord(ctx, kind, id) })
}

// LogInteraction logs a contact and, when it answers a manual reminder, marks that done in the
// same step, so the checklist item leaves at once; next, when set, is the reminder its next step
// becomes, added in the same transaction.
func LogInteraction(s *store.Store, i model.Interaction, reminderID int64, next *model.Reminder) tea.Cmd {
	return SaveThen(Texts.Saved.Log, i.CustomerID, func(ctx context.Context) error {
		return s.LogInteractionWithNext(ctx, &i, reminderID, next)
	}, NextContactOf(s, i.CustomerID))
}

// EditConflictMsg says an edit of a customer met changes made elsewhere since it began: the form
// that lets the user choose opens.
type EditConflictMsg struct {
	Loaded, Mine model.Customer
	Conflict     *model.EditConflictError
}

// UpdateCustomerEdit saves an edit of a customer that began from loaded: only what the user
// changed is written, and a field also changed elsewhere is shown for the user to choose.
// With link set, the referrer typed in the form is looked up: a customer of the book it names alone
// becomes the link.
func UpdateCustomerEdit(s *store.Store, loaded, mine model.Customer, link bool) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		if link {
			linkReferrer(ctx, s, &mine)
		}
		_, err := s.UpdateCustomerEdit(ctx, loaded, mine)
		var conflict *model.EditConflictError
		if errors.As(err, &conflict) {
			return EditConflictMsg{loaded, mine, conflict}
		}
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return SavedMsg{What: Texts.Saved.Customer, CustomerID: mine.ID}
	})
}

// AddCustomerWithReferrer adds a customer, linking the referrer typed when the book holds them.
func AddCustomerWithReferrer(s *store.Store, c model.Customer) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		linkReferrer(ctx, s, &c)
		if err := s.AddCustomer(ctx, &c); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return SavedMsg{What: Texts.Saved.Customer, CustomerID: c.ID, Open: true}
	})
}

// linkReferrer links the referrer typed into ReferredBy: the customer of the book it names alone
// (by id, name or phone) is linked; anything else stays text, with no link.
func linkReferrer(ctx context.Context, s *store.Store, c *model.Customer) {
	c.ReferrerID = 0
	if c.ReferredBy == "" {
		return
	}
	if r, err := s.FindCustomer(ctx, c.ReferredBy); err == nil && r.ID != c.ID {
		c.ReferredBy, c.ReferrerID = r.Name, r.ID
	}
}
