package ui

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
)

// The follow-up work's calls of the store: reminders, planned contacts, greetings, complaints,
// payments and the plan settings. Like cmds.go, each returns a tea.Cmd that captures values and
// answers with a typed message; nothing else in ui calls the store.

func snoozePlan(s *store.Store, customerID int64, kind model.ItemKind, to model.Date) tea.Cmd {
	return saveThen("saved.snoozed", customerID, func(ctx context.Context) error { return s.SnoozePlan(ctx, customerID, kind, to) },
		putOffTo(to))
}

func rescheduleReminder(s *store.Store, id, customerID int64, to model.Date) tea.Cmd {
	return save("saved.rescheduled", customerID, func(ctx context.Context) error { return s.RescheduleReminder(ctx, id, to) })
}

func deleteReminder(s *store.Store, id, customerID int64) tea.Cmd {
	return save("saved.deleted", customerID, func(ctx context.Context) error { return s.DeleteReminder(ctx, id) })
}

func restoreReminder(s *store.Store, id, customerID int64) tea.Cmd {
	return save("saved.restoredReminder", customerID, func(ctx context.Context) error { return s.RestoreReminder(ctx, id) })
}

func markGreetingSent(s *store.Store, it model.ChecklistItem) tea.Cmd {
	return save("saved.greeted", it.CustomerID, func(ctx context.Context) error { return s.MarkGreetingSent(ctx, it) })
}

func addComplaint(s *store.Store, p model.Complaint) tea.Cmd {
	return save("saved.complaint", p.CustomerID, func(ctx context.Context) error { return s.AddComplaint(ctx, &p) })
}

func resolveComplaint(s *store.Store, id, customerID int64, on model.Date, summary string) tea.Cmd {
	return save("saved.resolved", customerID, func(ctx context.Context) error {
		_, err := s.ResolveComplaint(ctx, id, on, summary)
		return err
	})
}

func recordPayment(s *store.Store, customerID int64, amount model.Money, dealID int64, on model.Date, note string) tea.Cmd {
	return save("saved.payment", customerID, func(ctx context.Context) error {
		_, err := s.RecordPayment(ctx, customerID, amount, dealID, on, note)
		return err
	})
}

func setCustomerPlan(s *store.Store, id int64, override *model.VisitPlan, paused bool) tea.Cmd {
	return save("saved.plan", id, func(ctx context.Context) error { return s.SetCustomerPlan(ctx, id, override, paused) })
}

func setLevelPlan(s *store.Store, level model.Level, p model.VisitPlan) tea.Cmd {
	return save("saved.plan", 0, func(ctx context.Context) error { return s.SetPlan(ctx, level, p) })
}

func setGreetingLead(s *store.Store, n int) tea.Cmd {
	return save("saved.lead", 0, func(ctx context.Context) error { return s.SetGreetingLeadDays(ctx, n) })
}

func setHolidays(s *store.Store, hs []model.Holiday, what string) tea.Cmd {
	return save(what, 0, func(ctx context.Context) error { return s.SetHolidays(ctx, hs) })
}

// planSettingsLoadedMsg brings what the plan settings screen shows.
type planSettingsLoadedMsg struct {
	plans    map[model.Level]model.VisitPlan
	lead     int
	holidays []model.Holiday
	workdays bool
	err      error
}

func loadPlanSettings(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		var m planSettingsLoadedMsg
		if m.plans, m.err = s.Plans(ctx); m.err != nil {
			return m
		}
		if m.lead, m.err = s.GreetingLeadDays(ctx); m.err != nil {
			return m
		}
		if m.workdays, m.err = s.PlanWorkingDays(ctx); m.err != nil {
			return m
		}
		m.holidays, m.err = s.Holidays(ctx)
		return m
	}
}

// openPaymentForm reads the customer's deals, then opens the form that records a payment; a
// customer who owes nothing gets a line saying so instead.
func openPaymentForm(c *common, customerID, dealID int64) tea.Cmd {
	s := c.store
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		deals, err := s.Deals(ctx, customerID)
		if err != nil {
			return statusMsg{text: c.errSentence(err, "err.load"), isErr: true}
		}
		if model.Balance(deals) == 0 {
			return statusMsg{text: tr("err.nothingOwed", c.lang), isErr: true}
		}
		return openFormMsg{paymentForm(c, customerID, deals, dealID)}
	}
}

// openResolveForm reads the customer's complaints, then opens the form that resolves one of the
// open ones (complaintID first, when set).
func openResolveForm(c *common, customerID, complaintID int64) tea.Cmd {
	s := c.store
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		all, err := s.Complaints(ctx, customerID)
		if err != nil {
			return statusMsg{text: c.errSentence(err, "err.load"), isErr: true}
		}
		var open []model.Complaint
		for _, p := range all {
			if p.Open() {
				open = append(open, p)
			}
		}
		if len(open) == 0 {
			return statusMsg{text: tr("err.noOpenComplaint", c.lang), isErr: true}
		}
		return openFormMsg{resolveForm(c, customerID, open, complaintID)}
	}
}
