package forms

import (
	"fmt"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// The forms of the follow-up work: put off or move an item, record and resolve a complaint, record
// a payment, set a customer's own plan, and the plan settings. Each parses with model's rules and
// leaves the saving to its command.

// itemTitle names a checklist item in a form's title: the customer, or the holiday.
func itemTitle(c *kit.Common, it model.ChecklistItem) string {
	if it.CustomerID == 0 {
		return it.Due.Holiday.In(c.Lang)
	}
	return it.CustomerName
}

// Snooze puts a reminder or a planned visit or call off to tomorrow, three days on, next
// Monday or a chosen date.
func Snooze(c *kit.Common, it model.ChecklistItem) *kit.Form {
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Snooze), func(v map[string]string) (tea.Cmd, error) {
		today := c.Today()
		choice := model.SnoozeChoice(v["when"])
		var date model.Date
		if choice == model.SnoozeDate {
			var err error
			if date, err = model.ParseDate(v["date"], today); err != nil {
				return nil, kit.FieldErrText("date", kit.Texts.Errors.Date)
			}
		}
		to := model.SnoozeTarget(choice, today, date)
		if err := model.CheckSnooze(it.DueOn, today, to); err != nil {
			return nil, err
		}
		if it.ReminderID != 0 {
			return kit.SnoozeReminder(c.Store, it.ReminderID, it.CustomerID, to), nil
		}
		return kit.SnoozePlan(c.Store, it.CustomerID, it.Kind, to), nil
	})
	f.Choose("when", c.T(kit.Texts.Fields.SnoozeTo), model.SnoozeChoices, string(model.DefaultSnooze(it.DueOn, c.Today()))).
		Text("date", c.T(kit.Texts.Fields.Date), "", c.T(kit.Texts.Hints.SnoozeDate)).OnlyWhen("when", string(model.SnoozeDate))
	return f.For(itemTitle(c, it))
}

// Reschedule moves a reminder to another day for good; a repeating one counts from that day.
func Reschedule(c *kit.Common, it model.ChecklistItem) *kit.Form {
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Reschedule), func(v map[string]string) (tea.Cmd, error) {
		to, err := model.ParseDate(v["date"], c.Today())
		if err != nil {
			return nil, kit.FieldErrText("date", kit.Texts.Errors.Date)
		}
		if err := model.CheckReschedule(c.Today(), to); err != nil {
			return nil, err
		}
		return kit.RescheduleReminder(c.Store, it.ReminderID, it.CustomerID, to), nil
	})
	f.Text("date", c.T(kit.Texts.Fields.Date), it.DueOn.String(), c.T(kit.Texts.Hints.Date))
	return f.For(it.CustomerName)
}

// faithChoices tell a complaint in good faith from a malicious one.
func faithChoices() []model.Code {
	return []model.Code{{Code: "good", Name: kit.Texts.Followup.GoodFaith}, {Code: "bad", Name: kit.Texts.Followup.BadFaith}}
}

// Complaint records a customer's complaint and what was promised about it.
func Complaint(c *kit.Common, customerID int64) *kit.Form {
	return ComplaintRecord(c, model.Complaint{CustomerID: customerID, Severity: 2, GoodFaith: true})
}

// ComplaintRecord records a complaint, or corrects one (p.ID set); a resolved one's day and
// summary are corrected with it.
func ComplaintRecord(c *kit.Common, p model.Complaint) *kit.Form {
	title, replyBy := c.T(kit.Texts.Forms.Complaint), c.T(kit.Texts.Prefill.In2days)
	if p.ID != 0 {
		title, replyBy = c.T(kit.Texts.Records.EditComplaint), dateInput(p.ReplyBy)
	}
	faith := "good"
	if !p.GoodFaith {
		faith = "bad"
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		today := c.Today()
		out := p
		out.What, out.GoodFaith, out.Handler = v["what"], v["faith"] == "good", v["handler"]
		out.Severity, _ = strconv.Atoi(v["severity"])
		var err error
		if out.On, err = model.ParseDate(orToday(v["on"]), today); err != nil {
			return nil, kit.FieldErrText("on", kit.Texts.Errors.Date)
		}
		out.ReplyBy = model.Date{}
		if strings.TrimSpace(v["reply_by"]) != "" {
			if out.ReplyBy, err = model.ParseDate(v["reply_by"], today); err != nil {
				return nil, kit.FieldErrText("reply_by", kit.Texts.Errors.Date)
			}
		}
		if !p.ResolvedOn.IsZero() {
			if out.ResolvedOn, err = model.ParseDate(orToday(v["resolved_on"]), today); err != nil {
				return nil, kit.FieldErrText("resolved_on", kit.Texts.Errors.Date)
			}
			out.Summary = strings.TrimSpace(v["summary"])
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if err := model.CheckComplaintChange(out); err != nil {
			return nil, err
		}
		return kit.ComplaintWrites.Save(c.Store, out.ID, out.CustomerID, out), nil
	})
	f.Text("what", c.T(kit.Texts.Fields.What), p.What, "").
		Choose("severity", c.T(kit.Texts.Fields.Severity), model.Severities, strconv.Itoa(p.Severity)).
		Choose("faith", c.T(kit.Texts.Fields.Faith), faithChoices(), faith).
		Text("handler", c.T(kit.Texts.Fields.Handler), p.Handler, "").
		Text("reply_by", c.T(kit.Texts.Fields.ReplyBy), replyBy, c.T(kit.Texts.Hints.ReplyBy)).
		Text("on", c.T(kit.Texts.Fields.Date), dateInput(p.On), c.T(kit.Texts.Hints.OnToday))
	if !p.ResolvedOn.IsZero() {
		f.Text("resolved_on", c.T(kit.Texts.Fields.ResolvedOn), p.ResolvedOn.String(), c.T(kit.Texts.Hints.PastDate)).
			Text("summary", c.T(kit.Texts.Fields.Summary2), p.Summary, "")
	}
	return f
}

func complaintLabel(p model.Complaint) model.Text {
	what := kit.Fit(model.SanitizeLine(p.What), 30)
	name := func(lang model.Lang) string {
		return fmt.Sprintf("%s [%s] %s", p.On, model.NameOf(model.Severities, strconv.Itoa(p.Severity), lang), strings.TrimRight(what, " "))
	}
	return model.Text{Zh: name(model.Zh), En: name(model.En)}
}

// Resolve closes one of a customer's open complaints with a summary of what was done.
func Resolve(c *kit.Common, customerID int64, open []model.Complaint, complaintID int64) *kit.Form {
	var choices []model.Code
	byCode := map[string]int64{}
	start := ""
	for _, p := range open {
		code := strconv.FormatInt(p.ID, 10)
		byCode[code] = p.ID
		choices = append(choices, model.Code{Code: code, Name: complaintLabel(p)})
		if p.ID == complaintID {
			start = code
		}
	}
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Resolve), func(v map[string]string) (tea.Cmd, error) {
		on, err := model.ParseDate(orToday(v["on"]), c.Today())
		if err != nil {
			return nil, kit.FieldErrText("on", kit.Texts.Errors.Date)
		}
		id := byCode[v["complaint"]]
		for _, p := range open {
			if p.ID == id {
				if err := p.Resolve(on, v["summary"]); err != nil {
					return nil, err
				}
			}
		}
		return kit.ResolveComplaint(c.Store, id, customerID, on, v["summary"]), nil
	})
	f.Choose("complaint", c.T(kit.Texts.Fields.Complaint), choices, start).
		Text("summary", c.T(kit.Texts.Fields.Summary2), "", c.T(kit.Texts.Hints.Summary)).
		Text("on", c.T(kit.Texts.Fields.Date), "", c.T(kit.Texts.Hints.OnToday))
	f.SetFocus(1)
	return f
}

// Payment records money received: on one credit deal, or spread over the open ones in the
// order they fall due.
func Payment(c *kit.Common, customerID int64, deals []model.Deal, dealID int64) *kit.Form {
	open := model.OpenCredit(deals)
	total := model.Balance(deals)
	choices := []model.Code{{Code: "0", Name: model.Text{
		Zh: fmt.Sprintf(kit.Texts.Followup.PayOldest.Zh, total), En: fmt.Sprintf(kit.Texts.Followup.PayOldest.En, total)}}}
	start, amount := "0", total
	for _, d := range open {
		code := strconv.FormatInt(d.ID, 10)
		product := model.SanitizeLine(d.Product)
		if product == "" {
			product = d.On.String()
		}
		choices = append(choices, model.Code{Code: code, Name: model.Text{
			Zh: fmt.Sprintf(kit.Texts.Followup.PayDeal.Zh, product, d.Owed(), d.CreditDueOn),
			En: fmt.Sprintf(kit.Texts.Followup.PayDeal.En, product, d.Owed(), d.CreditDueOn)}})
		if d.ID == dealID {
			start, amount = code, d.Owed()
		}
	}
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Payment), func(v map[string]string) (tea.Cmd, error) {
		amt, err := model.ParseAmount(v["amount"])
		if err != nil {
			return nil, kit.FieldErrText("amount", kit.Texts.Errors.Amount)
		}
		id, _ := strconv.ParseInt(v["deal"], 10, 64)
		if _, err := model.AllocatePayment(deals, amt, id); err != nil {
			return nil, err
		}
		on, err := model.ParseDate(orToday(v["on"]), c.Today())
		if err != nil {
			return nil, kit.FieldErrText("on", kit.Texts.Errors.Date)
		}
		p := model.Payment{CustomerID: customerID, Amount: amt, On: on, Note: v["note"]}
		if err := p.Validate(); err != nil {
			return nil, err
		}
		return kit.RecordPayment(c.Store, customerID, amt, id, on, p.Note), nil
	})
	f.Choose("deal", c.T(kit.Texts.Fields.Deal), choices, start).
		Text("amount", c.T(kit.Texts.Fields.Amount), moneyInput(amount), c.T(kit.Texts.Hints.Amount)).
		Text("on", c.T(kit.Texts.Fields.Date), "", c.T(kit.Texts.Hints.OnToday)).
		Text("note", c.T(kit.Texts.Fields.Note), "", "")
	f.SetFocus(1)
	return f
}

// moneyInput writes an amount the way ParseAmount reads it back: 66000 or 660.50.
func moneyInput(m model.Money) string {
	if m%100 == 0 {
		return strconv.FormatInt(int64(m/100), 10)
	}
	return fmt.Sprintf("%d.%02d", m/100, m%100)
}

// planModes are how a customer's visits are planned.
func planModes() []model.Code {
	return []model.Code{
		{Code: "level", Name: kit.Texts.Followup.PlanLevel},
		{Code: "own", Name: kit.Texts.Followup.PlanOwn},
		{Code: "paused", Name: kit.Texts.Followup.PlanPaused},
	}
}

// Plan sets how one customer is visited: by their level's plan, by a plan of their own, or not
// at all for now.
func Plan(c *kit.Common, cu model.Customer, plans map[model.Level]model.VisitPlan) *kit.Form {
	mode := "level"
	switch {
	case cu.PlanPaused:
		mode = "paused"
	case cu.PlanOverride != nil:
		mode = "own"
	}
	own := cu.Plan(plans)
	if cu.PlanOverride != nil {
		own = *cu.PlanOverride
	}
	levelPlan := plans[cu.Level]
	title := c.T(kit.Texts.Forms.Plan) + " · " + model.SanitizeLine(cu.Name)
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		p, err := planOf(v)
		if err != nil {
			return nil, err
		}
		switch v["mode"] {
		case "own":
			return kit.SetCustomerPlan(c.Store, cu.ID, &p, false), nil
		case "paused":
			return kit.SetCustomerPlan(c.Store, cu.ID, cu.PlanOverride, true), nil
		}
		return kit.SetCustomerPlan(c.Store, cu.ID, nil, false), nil
	})
	f.Choose("mode", c.T(kit.Texts.Fields.PlanMode), planModes(), mode).
		Text("visit", c.T(kit.Texts.Fields.VisitEvery), daysInput(own.VisitEveryDays), c.T(kit.Texts.Hints.Days)).
		Text("call", c.T(kit.Texts.Fields.CallEvery), daysInput(own.CallEveryDays), c.T(kit.Texts.Hints.Days))
	f.Fields[0].Hint = fmt.Sprintf(c.T(kit.Texts.Hints.PlanOwn), c.CodeName(model.LevelCodes(), string(cu.Level)), kit.PlanWords(c, levelPlan))
	return f
}

// daysInput shows an interval in a field: empty for none.
func daysInput(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// planOf reads the visit and call intervals of a plan form, and checks the plan.
func planOf(v map[string]string) (model.VisitPlan, error) {
	visit, err := model.ParsePlanDays(v["visit"])
	if err != nil {
		return model.VisitPlan{}, kit.FieldErrText("visit", kit.Texts.Errors.Days)
	}
	call, err := model.ParsePlanDays(v["call"])
	if err != nil {
		return model.VisitPlan{}, kit.FieldErrText("call", kit.Texts.Errors.Days)
	}
	p := model.VisitPlan{VisitEveryDays: visit, CallEveryDays: call}
	return p, p.Validate()
}

// LevelPlan changes one level's plan for every customer of that level without a plan of their own.
func LevelPlan(c *kit.Common, level model.Level, p model.VisitPlan) *kit.Form {
	title := c.T(kit.Texts.Forms.LevelPlan) + " · " + c.CodeName(model.LevelCodes(), string(level))
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		np, err := planOf(v)
		if err != nil {
			return nil, err
		}
		return kit.SetLevelPlan(c.Store, level, np), nil
	})
	f.Text("visit", c.T(kit.Texts.Fields.VisitEvery), daysInput(p.VisitEveryDays), c.T(kit.Texts.Hints.Days)).
		Text("call", c.T(kit.Texts.Fields.CallEvery), daysInput(p.CallEveryDays), c.T(kit.Texts.Hints.Days))
	return f
}

// Lead sets how many days before a date that matters its greeting is due.
func Lead(c *kit.Common, n int) *kit.Form {
	f := kit.NewForm(c, c.T(kit.Texts.Forms.Lead), func(v map[string]string) (tea.Cmd, error) {
		lead, err := strconv.Atoi(strings.TrimSpace(v["lead"]))
		if err != nil || lead < 0 || lead > model.MaxGreetingLeadDays {
			return nil, kit.FieldErrText("lead", kit.Texts.Errors.Lead)
		}
		return kit.SetGreetingLead(c.Store, lead), nil
	})
	f.Text("lead", c.T(kit.Texts.Fields.Lead), strconv.Itoa(n), c.T(kit.Texts.Hints.Lead))
	return f
}

// Holiday adds a holiday (at = -1) or changes the one at index at of all.
func Holiday(c *kit.Common, all []model.Holiday, at int) *kit.Form {
	var h model.Holiday
	title := c.T(kit.Texts.Forms.AddHoliday)
	if at >= 0 {
		h, title = all[at], c.T(kit.Texts.Forms.EditHoliday)
	}
	var days []string
	for _, d := range h.Days {
		days = append(days, d.String())
	}
	shown := h.Name.In(c.Lang)
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := model.Holiday{Name: h.Name}
		if name := strings.TrimSpace(v["name"]); name != shown {
			out.Name = model.Text{Zh: name, En: name}
		}
		var err error
		if out.Days, err = model.ParseHolidayDates(v["days"]); err != nil {
			return nil, kit.FieldErrText("days", kit.Texts.Errors.HolidayDates)
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		next := append([]model.Holiday(nil), all...)
		if at >= 0 {
			next[at] = out
		} else {
			next = append(next, out)
		}
		return kit.SetHolidays(c.Store, next, kit.Texts.Saved.Holiday), nil
	})
	f.Text("name", c.T(kit.Texts.Fields.Holiday), shown, "").
		Text("days", c.T(kit.Texts.Fields.HolidayDays), strings.Join(days, ", "), c.T(kit.Texts.Hints.HolidayDays))
	return f
}
