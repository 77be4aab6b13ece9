package ui

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"
)

// Confirmations that name the date a change moved something to: "已记录 · 下次拜访 12-20（14 天后）",
// "已推迟到 12-09（周三）", "提醒已完成 · 下次 12-20" for a repeating one.

// saveThen runs one write like save, then reads what the confirmation names: the key of its text
// and the day (none: the plain confirmation of what).
func saveThen(what string, customerID int64, write func(ctx context.Context) error,
	then func(ctx context.Context) (string, model.Date)) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		if err := write(ctx); err != nil {
			return saveFailedMsg{err: err}
		}
		msg := savedMsg{what: what, customerID: customerID}
		if key, day := then(ctx); !day.IsZero() {
			msg.what, msg.next = key, day
		}
		return msg
	}
}

// nextContactOf reads when a customer's plan next asks for a visit, or else a call.
func nextContactOf(s *store.Store, id int64) func(ctx context.Context) (string, model.Date) {
	return func(ctx context.Context) (string, model.Date) {
		c, err := s.Customer(ctx, id)
		switch {
		case err != nil:
			return "", model.Date{}
		case !c.NextVisitOn.IsZero():
			return "saved.logNextVisit", c.NextVisitOn
		}
		return "saved.logNextCall", c.NextCallOn
	}
}

// nextTurnOf reads when a repeating reminder comes round again; one done for good has none.
func nextTurnOf(s *store.Store, id int64) func(ctx context.Context) (string, model.Date) {
	return func(ctx context.Context) (string, model.Date) {
		r, err := s.Reminder(ctx, id)
		if err != nil || !r.Open() {
			return "", model.Date{}
		}
		return "saved.doneNext", r.DueOn
	}
}

// putOffTo names the day something was put off to.
func putOffTo(to model.Date) func(ctx context.Context) (string, model.Date) {
	return func(context.Context) (string, model.Date) { return "saved.snoozedTo", to }
}

// savedText is the status line's confirmation of a change: with a day, the day as MM-DD and how
// far it is or its weekday.
func (c *common) savedText(msg savedMsg) string {
	if msg.next.IsZero() {
		return c.t(msg.what)
	}
	today := c.today()
	md := fmt.Sprintf("%02d-%02d", msg.next.M, msg.next.D)
	switch msg.what {
	case "saved.snoozedTo":
		return fmt.Sprintf(c.t(msg.what), md, model.WeekdayName(msg.next).In(c.lang))
	case "saved.doneNext":
		return fmt.Sprintf(c.t(msg.what), md)
	}
	return fmt.Sprintf(c.t(msg.what), md, wording.DaysFrom(msg.next, today, c.lang))
}
