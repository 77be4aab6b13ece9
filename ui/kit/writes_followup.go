package kit

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// TrashCustomer moves a customer with all its records to the trash.
func TrashCustomer(s *store.Store, id int64, name string) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		if err := s.DeleteCustomer(ctx, id); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return CustomerTrashedMsg{ID: id, Name: model.SanitizeLine(name)}
	})
}

// CustomerTrashedMsg says a customer went to the trash; the app offers to undo it.
type CustomerTrashedMsg struct {
	ID   int64
	Name string
}

// AutoApplyLevels runs the level rules once when the TUI starts, if the user turned that on; when
// any customer moved, the screens reload and the status line says so.
func AutoApplyLevels(s *store.Store) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		n, err := s.ApplyAutoLevels(ctx)
		switch {
		case err != nil:
			return SaveFailedMsg{Err: err}
		case n > 0:
			return SavedMsg{What: Texts.Saved.LevelsAuto}
		}
		return nil
	})
}

// ApplySuggestedLevel takes the level the rules suggest for a customer.
func ApplySuggestedLevel(s *store.Store, id int64) tea.Cmd {
	return Save(Texts.Saved.Level, id, func(ctx context.Context) error {
		_, _, err := s.ApplySuggestedLevel(ctx, id, model.LevelByRule)
		return err
	})
}

func SaveThresholds(s *store.Store, cs model.ClassSettings) tea.Cmd {
	return Save(Texts.Saved.Thresholds, 0, func(ctx context.Context) error { return s.SetClassSettings(ctx, cs) })
}

func SaveSegment(s *store.Store, name, query string) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		if err := s.SaveSegment(ctx, name, query); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return tea.Batch(func() tea.Msg { return SavedMsg{What: Texts.Saved.Segment} },
			func() tea.Msg { return SegmentSavedMsg{Name: name, Query: query} })()
	})
}

// SegmentSavedMsg says a list was saved under a name; the list view keeps to it.
type SegmentSavedMsg struct {
	Name, Query string
}

func DeleteSegment(s *store.Store, name string) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		if err := s.DeleteSegment(ctx, name); err != nil {
			return StatusMsg{Text: fmt.Sprint(err), IsErr: true}
		}
		return SegmentDeletedMsg{Name: name}
	})
}

// SegmentDeletedMsg says a saved list was deleted.
type SegmentDeletedMsg struct{ Name string }

func SnoozePlan(s *store.Store, customerID int64, kind model.ItemKind, to model.Date) tea.Cmd {
	return SaveThen(Texts.Saved.Snoozed, customerID, func(ctx context.Context) error { return s.SnoozePlan(ctx, customerID, kind, to) },
		PutOffTo(to))
}

func RescheduleReminder(s *store.Store, id, customerID int64, to model.Date) tea.Cmd {
	return Save(Texts.Saved.Rescheduled, customerID, func(ctx context.Context) error { return s.RescheduleReminder(ctx, id, to) })
}

func DeleteReminder(s *store.Store, id, customerID int64) tea.Cmd {
	return Save(Texts.Saved.Deleted, customerID, func(ctx context.Context) error { return s.DeleteReminder(ctx, id) })
}

func RestoreReminder(s *store.Store, id, customerID int64) tea.Cmd {
	return Save(Texts.Saved.RestoredReminder, customerID, func(ctx context.Context) error { return s.RestoreReminder(ctx, id) })
}

func MarkGreetingSent(s *store.Store, it model.ChecklistItem) tea.Cmd {
	return Save(Texts.Saved.Greeted, it.CustomerID, func(ctx context.Context) error { return s.MarkGreetingSent(ctx, it) })
}

func ResolveComplaint(s *store.Store, id, customerID int64, on model.Date, summary string) tea.Cmd {
	return Save(Texts.Saved.Resolved, customerID, func(ctx context.Context) error {
		_, err := s.ResolveComplaint(ctx, id, on, summary)
		return err
	})
}

func RecordPayment(s *store.Store, customerID int64, amount model.Money, dealID int64, on model.Date, note string) tea.Cmd {
	return Save(Texts.Saved.Payment, customerID, func(ctx context.Context) error {
		_, err := s.RecordPayment(ctx, customerID, amount, dealID, on, note)
		return err
	})
}

func SetCustomerPlan(s *store.Store, id int64, override *model.VisitPlan, paused bool) tea.Cmd {
	return Save(Texts.Saved.Plan, id, func(ctx context.Context) error { return s.SetCustomerPlan(ctx, id, override, paused) })
}

func SetLevelPlan(s *store.Store, level model.Level, p model.VisitPlan) tea.Cmd {
	return Save(Texts.Saved.Plan, 0, func(ctx context.Context) error { return s.SetPlan(ctx, level, p) })
}

func SetGreetingLead(s *store.Store, n int) tea.Cmd {
	return Save(Texts.Saved.Lead, 0, func(ctx context.Context) error { return s.SetGreetingLeadDays(ctx, n) })
}

func SetHolidays(s *store.Store, hs []model.Holiday, what model.Text) tea.Cmd {
	return Save(what, 0, func(ctx context.Context) error { return s.SetHolidays(ctx, hs) })
}
