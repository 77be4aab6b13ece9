package cli

import (
	"guanxi/model"
	"guanxi/store"
)

// A write command given --json prints the record it wrote, with its id, so that a script can
// refer to it (guanxi resolve ID, guanxi deal edit ID …) without reading prose. Each record
// carries the customer it belongs to and the customer's figures the write moved.

// ownerJSON is the customer a written record belongs to.
type ownerJSON struct {
	CustomerID   int64  `json:"customer_id"`
	CustomerName string `json:"customer_name"`
}

func ownerOf(cu model.Customer) ownerJSON { return ownerJSON{CustomerID: cu.ID, CustomerName: cu.Name} }

// loggedJSON is `log --json`: the logged contact and when the customer is next due.
type loggedJSON struct {
	ownerJSON
	timelineContactJSON
	NextDueOn jsonDate `json:"next_due_on"`
}

// dealtJSON is `deal --json`: the deal and the customer's orders after it.
type dealtJSON struct {
	ownerJSON
	timelineDealJSON
	OrderTotal float64 `json:"order_total"`
}

// remindedJSON is `remind --json`: the reminder, and how it repeats ("" for once).
type remindedJSON struct {
	ownerJSON
	reminderJSON
	Repeat string `json:"repeat"`
}

// complainedJSON is `complain --json`: the complaint, with the day its reply is due.
type complainedJSON struct {
	ownerJSON
	complaintJSON
	ReplyDueOn jsonDate `json:"reply_due_on"`
}

// paidJSON is `pay --json`: the payment as it was set against deals, and what is still owed.
type paidJSON struct {
	ownerJSON
	Amount   float64       `json:"amount"`
	Payments []paymentJSON `json:"payments"`
	Owed     float64       `json:"owed"`
}

func toLoggedJSON(cu model.Customer, it model.Interaction) loggedJSON {
	return loggedJSON{ownerJSON: ownerOf(cu), timelineContactJSON: timelineContactJSON{Kind: "contact", ID: it.ID,
		On: jsonDate(model.DateOf(it.At)), At: it.At.Format("2006-01-02 15:04"), Channel: string(it.Channel),
		Note: it.Summary, NextStep: it.NextStep}, NextDueOn: jsonDate(cu.NextDueOn)}
}

func toDealtJSON(cu model.Customer, d model.Deal) dealtJSON {
	return dealtJSON{ownerJSON: ownerOf(cu), timelineDealJSON: timelineDealJSON{Kind: "deal", ID: d.ID, On: jsonDate(d.On),
		Product: d.Product, Amount: d.Amount.Yuan(), CreditDueOn: jsonDate(d.CreditDueOn), Owed: d.Owed().Yuan()},
		OrderTotal: cu.OrderTotal.Yuan()}
}

func toRemindedJSON(cu model.Customer, r model.Reminder, today model.Date) remindedJSON {
	out := remindedJSON{ownerJSON: ownerOf(cu), reminderJSON: reminderJSON{ID: r.ID, DueOn: jsonDate(r.DueOn),
		Kind: string(r.Kind), Note: r.Note, OverdueDays: model.OverdueDays(r.DueOn, today)}}
	if !r.Repeat.IsZero() {
		out.Repeat = r.Repeat.Code()
	}
	return out
}

func toComplainedJSON(cu model.Customer, p model.Complaint, today model.Date) complainedJSON {
	return complainedJSON{ownerJSON: ownerOf(cu), complaintJSON: complaintJSON{ID: p.ID, On: jsonDate(p.On), What: p.What,
		Severity: p.Severity, GoodFaith: p.GoodFaith, Handler: p.Handler, ReplyBy: jsonDate(p.ReplyBy),
		State: string(p.State(today)), ResolvedOn: jsonDate(p.ResolvedOn), Summary: p.Summary},
		ReplyDueOn: jsonDate(p.ReplyDue())}
}

func toPaidJSON(cu model.Customer, amount model.Money, paid []model.Payment) paidJSON {
	out := paidJSON{ownerJSON: ownerOf(cu), Amount: amount.Yuan(), Payments: []paymentJSON{}, Owed: cu.Owed.Yuan()}
	for _, p := range paid {
		out.Payments = append(out.Payments, paymentJSON{ID: p.ID, DealID: p.DealID, On: jsonDate(p.On), Amount: p.Amount.Yuan(), Note: p.Note})
	}
	return out
}

// writeCustomerJSON prints a customer as read back from the book after a write, with its class.
func (c *cli) writeCustomerJSON(s *store.Store, id int64) error {
	saved, err := s.Customer(c.ctx, id)
	if err != nil {
		return err
	}
	out := toCustomerJSON(saved)
	if err := c.fillABC(s, &out); err != nil {
		return err
	}
	return c.writeJSON(out)
}
