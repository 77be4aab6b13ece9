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

func UpdateDeal(s *store.Store, d model.Deal) tea.Cmd {
	return Save(Texts.Records.SavedDeal, d.CustomerID, func(ctx context.Context) error { return s.UpdateDeal(ctx, &d) })
}

func UpdateInteraction(s *store.Store, i model.Interaction) tea.Cmd {
	return Save(Texts.Records.SavedLog, i.CustomerID, func(ctx context.Context) error { return s.UpdateInteraction(ctx, &i) })
}

func UpdateReminder(s *store.Store, r model.Reminder) tea.Cmd {
	return Save(Texts.Records.SavedReminder, r.CustomerID, func(ctx context.Context) error { return s.UpdateReminder(ctx, &r) })
}

func UpdateComplaint(s *store.Store, p model.Complaint) tea.Cmd {
	return Save(Texts.Records.SavedComplaint, p.CustomerID, func(ctx context.Context) error { return s.UpdateComplaint(ctx, &p) })
}

func UpdatePayment(s *store.Store, p model.Payment) tea.Cmd {
	return Save(Texts.Records.SavedPayment, p.CustomerID, func(ctx context.Context) error { return s.UpdatePayment(ctx, &p) })
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
