package detail

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
)

// The detail view's follow-up parts: the keys for the customer's own plan, complaints and
// payments, and the sections that show the complaint history and what is owed.

// followUpKey handles p (plan), ! (complaint), $ (payment) and R (resolve); it tells whether the
// key was one of them.
func (m *Screen) followUpKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	fk, c, cu := m.c.FollowUpKeys(), m.c, m.D.Customer
	switch {
	case key.Matches(msg, fk.Plan):
		return kit.OpenForm(forms.Plan(c, cu, m.D.Plans)), true
	case key.Matches(msg, fk.Complain):
		return kit.OpenForm(forms.Complaint(c, cu.ID).For(cu.Name)), true
	case key.Matches(msg, fk.Pay):
		if model.Balance(m.D.Deals) == 0 {
			return kit.StatusCmd(c.T(kit.Texts.Errors.NothingOwed), true), true
		}
		return kit.OpenForm(forms.Payment(c, cu.ID, m.D.Deals, 0).For(cu.Name)), true
	case key.Matches(msg, fk.Resolve):
		var open []model.Complaint
		for _, p := range m.D.Complaints {
			if p.Open() {
				open = append(open, p)
			}
		}
		if len(open) == 0 {
			return kit.StatusCmd(c.T(kit.Texts.Errors.NoOpenComplaint), true), true
		}
		return kit.OpenForm(forms.Resolve(c, cu.ID, open, 0).For(cu.Name)), true
	}
	return nil, false
}

// followUpHelp lists the follow-up keys of the detail view.
func (m *Screen) followUpHelp() []key.Binding {
	fk := m.c.FollowUpKeys()
	return []key.Binding{fk.Plan, fk.Complain, fk.Resolve, fk.Pay}
}

// repeatText says how a reminder repeats, after its note; "" for a one-off.
func (m *Screen) repeatText(r model.Reminder) string {
	if r.Repeat.IsZero() {
		return ""
	}
	return " · " + r.Repeat.Text().In(m.c.Lang)
}

// followUpSections are the complaint history and, for a customer who buys on credit, what they owe
// and what they paid.
func (m *Screen) followUpSections(w int) ([]string, []detailRecord) {
	c, st, d := m.c, m.c.Styles, m.D
	today := c.Today()
	out := []string{"", st.Section.Render(c.T(kit.Texts.Detail.Complaints))}
	var recs []detailRecord
	if len(d.Complaints) == 0 {
		out = append(out, " "+st.Dim.Render(c.T(kit.Texts.Detail.NoComplaints)))
	}
	for _, p := range d.Complaints {
		start := len(out)
		state := p.State(today)
		stateText := c.CodeName(model.ComplaintStates, string(state))
		switch state {
		case model.ComplaintBroken, model.ComplaintResolvedLate:
			stateText = st.Overdue.Render(stateText)
		case model.ComplaintDueToday:
			stateText = st.Today.Render(stateText)
		case model.ComplaintResolved:
			stateText = st.OK.Render(stateText)
		}
		head := " " + p.On.String() + "  [" + c.CodeName(model.Severities, strconv.Itoa(p.Severity)) + "]  " + stateText
		if !p.GoodFaith {
			head += "  " + c.T(kit.Texts.Followup.BadFaith)
		}
		out = append(out, kit.Fit(head, w))
		var about []string
		if p.Handler != "" {
			about = append(about, fmt.Sprintf(c.T(kit.Texts.Detail.Handler), p.Handler))
		}
		if !p.ReplyBy.IsZero() {
			about = append(about, fmt.Sprintf(c.T(kit.Texts.Detail.ReplyBy), p.ReplyBy))
		}
		text := p.What
		if len(about) > 0 {
			text += " · " + strings.Join(about, " · ")
		}
		out = append(out, kit.Indent(kit.Wrap(text, w-4), "   ")...)
		if !p.Open() {
			out = append(out, kit.Indent(kit.Wrap(fmt.Sprintf(c.T(kit.Texts.Detail.ResolvedOn), p.ResolvedOn)+p.Summary, w-4), "   ")...)
		}
		recs = append(recs, detailRecord{model.RecordComplaint, p.ID, start, len(out)})
	}

	open := model.OpenCredit(d.Deals)
	if len(open) == 0 && len(d.Payments) == 0 {
		return out, recs
	}
	out = append(out, "", st.Section.Render(c.T(kit.Texts.Detail.Credit)))
	balance := c.T(kit.Texts.Detail.Balance) + model.Balance(d.Deals).String()
	out = append(out, " "+st.Focused.Render(balance))
	for _, deal := range open {
		product := model.SanitizeLine(deal.Product)
		if product == "" {
			product = deal.On.String()
		}
		line := fmt.Sprintf(c.T(kit.Texts.Detail.CreditLine), product, deal.Amount, deal.Paid, deal.Owed())
		out = append(out, kit.Fit(" "+line+" · "+c.T(kit.Texts.Detail.CreditDue)+m.dueText(deal.CreditDueOn), w))
	}
	names := map[int64]string{}
	for _, deal := range d.Deals {
		names[deal.ID] = deal.Product
	}
	for _, p := range d.Payments {
		line := " " + p.On.String() + "  " + st.OK.Render(c.T(kit.Texts.Detail.Paid)) + " " + p.Amount.String()
		if n := names[p.DealID]; n != "" {
			line += " · " + model.SanitizeLine(n)
		}
		if p.Note != "" {
			line += " · " + model.SanitizeLine(p.Note)
		}
		recs = append(recs, detailRecord{model.RecordPayment, p.ID, len(out), len(out) + 1})
		out = append(out, kit.Fit(line, w))
	}
	return out, recs
}
