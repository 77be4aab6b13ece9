package followup

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
)

// act handles the checklist's keys that do something with an item, or with the view: open, log,
// done, snooze, reschedule, delete and undo, add a reminder, group, plan settings. It tells
// whether the key was one of them. Every key answers: one that does not apply to the item under
// the cursor says why.
func (m *Screen) act(msg tea.KeyMsg) (tea.Cmd, bool) {
	k, fk, c := m.c.Keys, m.c.FollowUpKeys(), m.c
	switch {
	case key.Matches(msg, fk.Group):
		m.Fu.byCustomer = !m.Fu.byCustomer
		// The cursor stays on the same item when the rows move around it.
		i, ok := m.selectedIndex()
		m.relayout()
		if ok {
			m.Cursor = m.positionOf(i)
		}
		m.clamp()
		return m.fetch(), true
	case key.Matches(msg, fk.Settings):
		return kit.Navigate(kit.PagePlanSettings, 0), true
	case key.Matches(msg, fk.Undo):
		if m.Fu.undo == 0 {
			return kit.StatusCmd(c.T(kit.Texts.Errors.NothingToUndo), true), true
		}
		id, customer := m.Fu.undo, m.Fu.undoCustomer
		m.Fu.undo, m.Fu.undoCustomer = 0, 0
		m.broughtBack = m.deleted
		return kit.RestoreReminder(c.Store, id, customer), true
	}
	it, ok := m.Selected()
	if !ok {
		return nil, false
	}
	holiday := it.CustomerID == 0
	switch {
	case key.Matches(msg, k.Open):
		if holiday {
			return kit.StatusCmd(c.T(kit.Texts.Errors.HolidayNoCustomer), true), true
		}
		return kit.Navigate(kit.PageDetail, it.CustomerID), true
	case key.Matches(msg, k.Log):
		if holiday {
			return kit.StatusCmd(c.T(kit.Texts.Errors.HolidayNoCustomer), true), true
		}
		return kit.OpenForm(forms.Log(c, it.CustomerID, logChannel(it), it.ReminderID).For(it.CustomerName)), true
	case key.Matches(msg, k.Remind):
		if holiday {
			return kit.StatusCmd(c.T(kit.Texts.Errors.HolidayNoCustomer), true), true
		}
		return kit.OpenForm(forms.Reminder(c, it.CustomerID).For(it.CustomerName)), true
	case key.Matches(msg, k.Done):
		return m.done(it), true
	case key.Matches(msg, k.Tag) && holiday:
		return kit.StatusCmd(c.T(kit.Texts.Errors.HolidayNoCustomer), true), true
	case key.Matches(msg, k.Snooze):
		if it.ReminderID == 0 && !it.IsPlanned() {
			return kit.StatusCmd(c.T(snoozeRefusal(it)), true), true
		}
		return kit.OpenForm(forms.Snooze(c, it)), true
	case key.Matches(msg, fk.Reschedule):
		if it.ReminderID == 0 {
			return kit.StatusCmd(c.T(kit.Texts.Errors.RescheduleOnlyReminders), true), true
		}
		return kit.OpenForm(forms.Reschedule(c, it)), true
	case key.Matches(msg, fk.Delete):
		if it.ReminderID == 0 {
			return kit.StatusCmd(c.T(kit.Texts.Errors.DeleteOnlyReminders), true), true
		}
		m.Fu.undo, m.Fu.undoCustomer = it.ReminderID, it.CustomerID
		m.deleted = &it
		return kit.DeleteReminder(c.Store, it.ReminderID, it.CustomerID), true
	}
	return nil, false
}

// done completes an item the way its kind is completed: a reminder is marked done (a repeating one
// moves on), a planned contact is logged, a complaint resolved, a payment recorded, a greeting
// marked sent.
func (m *Screen) done(it model.ChecklistItem) tea.Cmd {
	c := m.c
	switch {
	case it.ReminderID != 0:
		return kit.CompleteReminder(c.Store, it.ReminderID, it.CustomerID)
	case it.IsGreeting():
		return kit.MarkGreetingSent(c.Store, it)
	case it.Kind == model.ItemComplaint:
		return forms.OpenResolve(c, it.CustomerName, it.CustomerID, it.ComplaintID)
	case it.Kind == model.ItemPayment:
		return forms.OpenPayment(c, it.CustomerName, it.CustomerID, it.DealID)
	}
	return kit.OpenForm(forms.Log(c, it.CustomerID, logChannel(it), 0).For(it.CustomerName))
}

// logChannel is the channel the log form starts on for an item: a planned or reminded visit is a
// visit, a greeting most often a WeChat message, anything else a call.
func logChannel(it model.ChecklistItem) model.Channel {
	switch {
	case it.Kind == model.ItemVisit:
		return model.ChannelVisit
	case it.IsGreeting():
		return model.ChannelWeChat
	}
	return model.ChannelCall
}

// snoozeRefusal says why an item cannot be put off.
func snoozeRefusal(it model.ChecklistItem) model.Text {
	switch {
	case it.IsGreeting():
		return kit.Texts.Errors.SnoozeGreeting
	case it.Kind == model.ItemComplaint:
		return kit.Texts.Errors.SnoozeComplaint
	}
	return kit.Texts.Errors.SnoozePayment
}

// positionOf finds an item's place in the order shown, or 0.
func (m *Screen) positionOf(i int) int {
	for pos, j := range m.Fu.Order {
		if j == i {
			return pos
		}
	}
	return 0
}

// SameItem tells whether two items are the same thing to do, across a reload.
func SameItem(a, b model.ChecklistItem) bool {
	return a.CustomerID == b.CustomerID && a.Kind == b.Kind && a.ReminderID == b.ReminderID &&
		a.ComplaintID == b.ComplaintID && a.DealID == b.DealID && a.Due.Occasion == b.Due.Occasion &&
		a.Due.ContactID == b.Due.ContactID && a.Due.Holiday == b.Due.Holiday
}
