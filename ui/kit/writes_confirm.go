package kit

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

// SaveThen runs one write like save, then reads what the confirmation names: the text
// and the day (none: the plain confirmation of what).
func SaveThen(what model.Text, customerID int64, write func(ctx context.Context) error,
	then func(ctx context.Context) (model.Text, model.Date)) tea.Cmd {
	return WithTimeout(func(ctx context.Context) tea.Msg {
		if err := write(ctx); err != nil {
			return SaveFailedMsg{Err: err}
		}
		msg := SavedMsg{What: what, CustomerID: customerID}
		if key, day := then(ctx); !day.IsZero() {
			msg.What, msg.next = key, day
		}
		return msg
	})
}

// NextContactOf reads when a customer's plan next asks for a visit, or else a call.
func NextContactOf(s *store.Store, id int64) func(ctx context.Context) (model.Text, model.Date) {
	return func(ctx context.Context) (model.Text, model.Date) {
		c, err := s.Customer(ctx, id)
		switch {
		case err != nil:
			return model.Text{}, model.Date{}
		case !c.NextVisitOn.IsZero():
			return Texts.Saved.LogNextVisit, c.NextVisitOn
		}
		return Texts.Saved.LogNextCall, c.NextCallOn
	}
}

// nextTurnOf reads when a repeating reminder comes round again; one done for good has none.
func nextTurnOf(s *store.Store, id int64) func(ctx context.Context) (model.Text, model.Date) {
	return func(ctx context.Context) (model.Text, model.Date) {
		r, err := s.Reminder(ctx, id)
		if err != nil || !r.Open() {
			return model.Text{}, model.Date{}
		}
		return Texts.Saved.DoneNext, r.DueOn
	}
}

// PutOffTo names the day something was put off to.
func PutOffTo(to model.Date) func(ctx context.Context) (model.Text, model.Date) {
	return func(context.Context) (model.Text, model.Date) { return Texts.Saved.SnoozedTo, to }
}

// SavedText is the status line's confirmation of a change: with a day, the day as MM-DD and how
// far it is or its weekday.
func (c *Common) SavedText(msg SavedMsg) string {
	if msg.next.IsZero() {
		return c.T(msg.What)
	}
	today := c.Today()
	md := fmt.Sprintf("%02d-%02d", msg.next.M, msg.next.D)
	switch msg.What {
	case Texts.Saved.SnoozedTo:
		return fmt.Sprintf(c.T(msg.What), md, model.WeekdayName(msg.next).In(c.Lang))
	case Texts.Saved.DoneNext:
		return fmt.Sprintf(c.T(msg.What), md)
	}
	return fmt.Sprintf(c.T(msg.What), md, wording.DaysFrom(msg.next, today, c.Lang))
}
