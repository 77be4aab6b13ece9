package cli

import "guanxi/model"

// showJSON is `show --json`: the customer's keys, then the rest of the archive.
type showJSON struct {
	customerJSON
	profileJSON
	showMoreJSON
	NextVisitOn jsonDate        `json:"next_visit_on"`
	NextCallOn  jsonDate        `json:"next_call_on"`
	Contacts    []contactJSON   `json:"contacts"`
	Timeline    []any           `json:"timeline"`
	Reminders   []reminderJSON  `json:"reminders"`
	Done        []doneJSON      `json:"reminders_done"`
	Complaints  []complaintJSON `json:"complaints"`
	Payments    []paymentJSON   `json:"payments"`
}

// complaintJSON is a complaint with where it stands against the reply promised.
type complaintJSON struct {
	ID         int64    `json:"id"`
	On         jsonDate `json:"on"`
	What       string   `json:"what"`
	Severity   int      `json:"severity"`
	GoodFaith  bool     `json:"good_faith"`
	Handler    string   `json:"handler"`
	ReplyBy    jsonDate `json:"reply_by"`
	State      string   `json:"state"`
	ResolvedOn jsonDate `json:"resolved_on"`
	Summary    string   `json:"summary"`
}

// paymentJSON is money received against a deal on credit.
type paymentJSON struct {
	ID     int64    `json:"id"`
	DealID int64    `json:"deal_id"`
	On     jsonDate `json:"on"`
	Amount float64  `json:"amount"`
	Note   string   `json:"note"`
}

type contactJSON struct {
	ID       int64    `json:"id"`
	Name     string   `json:"name"`
	Title    string   `json:"title"`
	Role     string   `json:"role"`
	Phone    string   `json:"phone"`
	Email    string   `json:"email"`
	WeChat   string   `json:"wechat"`
	Birthday jsonDate `json:"birthday"`
	Notes    string   `json:"notes"`
	Types    []string `json:"types"`
	// Personality is each type with its advice and the user's note (see show_more.go).
	Personality []typeJSON `json:"personality"`
}

// timelineContactJSON is a logged contact in the timeline.
type timelineContactJSON struct {
	Kind     string   `json:"kind"` // "contact"
	ID       int64    `json:"id"`
	On       jsonDate `json:"on"`
	At       string   `json:"at"` // YYYY-MM-DD HH:MM, local time
	Channel  string   `json:"channel"`
	Note     string   `json:"note"`
	NextStep string   `json:"next_step"`
}

// timelineDealJSON is a deal in the timeline.
type timelineDealJSON struct {
	Kind        string   `json:"kind"` // "deal"
	ID          int64    `json:"id"`
	On          jsonDate `json:"on"`
	Product     string   `json:"product"`
	Amount      float64  `json:"amount"`
	CreditDueOn jsonDate `json:"credit_due_on"`
	Owed        float64  `json:"owed"`
}

type reminderJSON struct {
	ID          int64    `json:"id"`
	DueOn       jsonDate `json:"due_on"`
	Kind        string   `json:"kind"`
	Note        string   `json:"note"`
	OverdueDays int      `json:"overdue_days"`
}

func (c *cli) archiveJSON(a *archive) showJSON {
	cu := a.Customer
	today := c.today()
	out := showJSON{customerJSON: toCustomerJSON(cu), profileJSON: profileOf(cu, a.Referred), NextVisitOn: jsonDate(cu.NextVisitOn),
		NextCallOn: jsonDate(cu.NextCallOn), Contacts: []contactJSON{}, Timeline: []any{}, Reminders: []reminderJSON{},
		Complaints: []complaintJSON{}, Payments: []paymentJSON{}}
	for _, ct := range a.Contacts {
		out.Contacts = append(out.Contacts, contactJSON{ID: ct.ID, Name: ct.Name, Title: ct.Title, Role: string(ct.Role),
			Phone: ct.Phone, Email: ct.Email, WeChat: ct.WeChat, Birthday: jsonDate(ct.Birthday), Notes: ct.Notes,
			Types: strs(ct.Types)})
	}
	out.showMoreJSON = c.archiveMore(a)
	c.contactPersonality(a, out.Contacts)
	for _, e := range a.timeline() {
		if it := e.interaction; it != nil {
			out.Timeline = append(out.Timeline, timelineContactJSON{Kind: "contact", ID: it.ID, On: jsonDate(model.DateOf(it.At)),
				At: e.key, Channel: string(it.Channel), Note: it.Summary, NextStep: it.NextStep})
			continue
		}
		d := e.deal
		out.Timeline = append(out.Timeline, timelineDealJSON{Kind: "deal", ID: d.ID, On: jsonDate(d.On), Product: d.Product,
			Amount: d.Amount.Yuan(), CreditDueOn: jsonDate(d.CreditDueOn), Owed: d.Owed().Yuan()})
	}
	out.Done = doneOf(a.done)
	for _, r := range a.open {
		out.Reminders = append(out.Reminders, reminderJSON{ID: r.ID, DueOn: jsonDate(r.DueOn), Kind: string(r.Kind),
			Note: r.Note, OverdueDays: model.OverdueDays(r.DueOn, today)})
	}
	for _, p := range a.Complaints {
		out.Complaints = append(out.Complaints, complaintJSON{ID: p.ID, On: jsonDate(p.On), What: p.What, Severity: p.Severity,
			GoodFaith: p.GoodFaith, Handler: p.Handler, ReplyBy: jsonDate(p.ReplyBy), State: string(p.State(today)),
			ResolvedOn: jsonDate(p.ResolvedOn), Summary: p.Summary})
	}
	for _, p := range a.Payments {
		out.Payments = append(out.Payments, paymentJSON{ID: p.ID, DealID: p.DealID, On: jsonDate(p.On), Amount: p.Amount.Yuan(), Note: p.Note})
	}
	return out
}
