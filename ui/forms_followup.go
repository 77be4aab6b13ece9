package ui

import (
	"fmt"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/wording"
)

// The forms of the follow-up work: put off or move an item, record and resolve a complaint, record
// a payment, set a customer's own plan, and the plan settings. Each parses with model's rules and
// leaves the saving to its command.

// itemTitle names a checklist item in a form's title: the customer, or the holiday.
func itemTitle(c *common, it model.ChecklistItem) string {
	if it.CustomerID == 0 {
		return it.Due.Holiday.In(c.lang)
	}
	return it.CustomerName
}

// snoozeForm puts a reminder or a planned visit or call off to tomorrow, three days on, next
// Monday or a chosen date.
func snoozeForm(c *common, it model.ChecklistItem) *form {
	title := c.t("form.snooze") + " · " + model.SanitizeLine(itemTitle(c, it))
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		today := c.today()
		choice := model.SnoozeChoice(v["when"])
		var date model.Date
		if choice == model.SnoozeDate {
			var err error
			if date, err = model.ParseDate(v["date"], today); err != nil {
				return nil, fieldErrText("date", "err.date")
			}
		}
		to := model.SnoozeTarget(choice, today, date)
		if err := model.CheckSnooze(it.DueOn, today, to); err != nil {
			return nil, err
		}
		if it.ReminderID != 0 {
			return snoozeReminder(c.store, it.ReminderID, it.CustomerID, to), nil
		}
		return snoozePlan(c.store, it.CustomerID, it.Kind, to), nil
	})
	f.choose("when", c.t("f.snoozeTo"), model.SnoozeChoices, string(model.DefaultSnooze(it.DueOn, c.today()))).
		text("date", c.t("f.date"), "", c.t("hint.snoozeDate")).onlyWhen("when", string(model.SnoozeDate))
	return f
}

// rescheduleForm moves a reminder to another day for good; a repeating one counts from that day.
func rescheduleForm(c *common, it model.ChecklistItem) *form {
	title := c.t("form.reschedule") + " · " + model.SanitizeLine(it.CustomerName)
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		to, err := model.ParseDate(v["date"], c.today())
		if err != nil {
			return nil, fieldErrText("date", "err.date")
		}
		if err := model.CheckReschedule(c.today(), to); err != nil {
			return nil, err
		}
		return rescheduleReminder(c.store, it.ReminderID, it.CustomerID, to), nil
	})
	f.text("date", c.t("f.date"), it.DueOn.String(), c.t("hint.date"))
	return f
}

// faithChoices tell a complaint in good faith from a malicious one.
func faithChoices() []model.Code {
	return []model.Code{{Code: "good", Name: strs["fu.goodFaith"]}, {Code: "bad", Name: strs["fu.badFaith"]}}
}

// complaintForm records a customer's complaint and what was promised about it.
func complaintForm(c *common, customerID int64) *form {
	return complaintRecordForm(c, model.Complaint{CustomerID: customerID, Severity: 2, GoodFaith: true})
}

// complaintRecordForm records a complaint, or corrects one (p.ID set); a resolved one's day and
// summary are corrected with it.
func complaintRecordForm(c *common, p model.Complaint) *form {
	title, replyBy := c.t("form.complaint"), c.t("pre.in2days")
	if p.ID != 0 {
		title, replyBy = c.t("rec.editComplaint"), dateInput(p.ReplyBy)
	}
	faith := "good"
	if !p.GoodFaith {
		faith = "bad"
	}
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		today := c.today()
		out := p
		out.What, out.GoodFaith, out.Handler = v["what"], v["faith"] == "good", v["handler"]
		out.Severity, _ = strconv.Atoi(v["severity"])
		var err error
		if out.On, err = model.ParseDate(orToday(v["on"]), today); err != nil {
			return nil, fieldErrText("on", "err.date")
		}
		out.ReplyBy = model.Date{}
		if strings.TrimSpace(v["reply_by"]) != "" {
			if out.ReplyBy, err = model.ParseDate(v["reply_by"], today); err != nil {
				return nil, fieldErrText("reply_by", "err.date")
			}
		}
		if !p.ResolvedOn.IsZero() {
			if out.ResolvedOn, err = model.ParseDate(orToday(v["resolved_on"]), today); err != nil {
				return nil, fieldErrText("resolved_on", "err.date")
			}
			out.Summary = strings.TrimSpace(v["summary"])
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if err := model.CheckComplaintChange(out); err != nil {
			return nil, err
		}
		if out.ID != 0 {
			return updateComplaint(c.store, out), nil
		}
		return addComplaint(c.store, out), nil
	})
	f.text("what", c.t("f.what"), p.What, "").
		choose("severity", c.t("f.severity"), model.Severities, strconv.Itoa(p.Severity)).
		choose("faith", c.t("f.faith"), faithChoices(), faith).
		text("handler", c.t("f.handler"), p.Handler, "").
		text("reply_by", c.t("f.replyBy"), replyBy, c.t("hint.replyBy")).
		text("on", c.t("f.on"), dateInput(p.On), c.t("hint.onToday"))
	if !p.ResolvedOn.IsZero() {
		f.text("resolved_on", c.t("f.resolvedOn"), p.ResolvedOn.String(), c.t("hint.date")).
			text("summary", c.t("f.summary2"), p.Summary, "")
	}
	return f
}

func complaintLabel(p model.Complaint) model.Text {
	what := fit(model.SanitizeLine(p.What), 30)
	name := func(lang model.Lang) string {
		return fmt.Sprintf("%s [%s] %s", p.On, model.NameOf(model.Severities, strconv.Itoa(p.Severity), lang), strings.TrimRight(what, " "))
	}
	return model.Text{Zh: name(model.Zh), En: name(model.En)}
}

// resolveForm closes one of a customer's open complaints with a summary of what was done.
func resolveForm(c *common, customerID int64, open []model.Complaint, complaintID int64) *form {
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
	f := newForm(c, c.t("form.resolve"), func(v map[string]string) (tea.Cmd, error) {
		on, err := model.ParseDate(orToday(v["on"]), c.today())
		if err != nil {
			return nil, fieldErrText("on", "err.date")
		}
		id := byCode[v["complaint"]]
		for _, p := range open {
			if p.ID == id {
				if err := p.Resolve(on, v["summary"]); err != nil {
					return nil, err
				}
			}
		}
		return resolveComplaint(c.store, id, customerID, on, v["summary"]), nil
	})
	f.choose("complaint", c.t("f.complaint"), choices, start).
		text("summary", c.t("f.summary2"), "", c.t("hint.summary")).
		text("on", c.t("f.on"), "", c.t("hint.onToday"))
	f.setFocus(1)
	return f
}

// paymentForm records money received: on one credit deal, or spread over the open ones in the
// order they fall due.
func paymentForm(c *common, customerID int64, deals []model.Deal, dealID int64) *form {
	open := model.OpenCredit(deals)
	total := model.Balance(deals)
	choices := []model.Code{{Code: "0", Name: model.Text{
		Zh: fmt.Sprintf(strs["fu.payOldest"].Zh, total), En: fmt.Sprintf(strs["fu.payOldest"].En, total)}}}
	start, amount := "0", total
	for _, d := range open {
		code := strconv.FormatInt(d.ID, 10)
		product := model.SanitizeLine(d.Product)
		if product == "" {
			product = d.On.String()
		}
		choices = append(choices, model.Code{Code: code, Name: model.Text{
			Zh: fmt.Sprintf(strs["fu.payDeal"].Zh, product, d.Owed(), d.CreditDueOn),
			En: fmt.Sprintf(strs["fu.payDeal"].En, product, d.Owed(), d.CreditDueOn)}})
		if d.ID == dealID {
			start, amount = code, d.Owed()
		}
	}
	f := newForm(c, c.t("form.payment"), func(v map[string]string) (tea.Cmd, error) {
		amt, err := model.ParseAmount(v["amount"])
		if err != nil {
			return nil, fieldErrText("amount", "err.amount")
		}
		id, _ := strconv.ParseInt(v["deal"], 10, 64)
		if _, err := model.AllocatePayment(deals, amt, id); err != nil {
			return nil, err
		}
		on, err := model.ParseDate(orToday(v["on"]), c.today())
		if err != nil {
			return nil, fieldErrText("on", "err.date")
		}
		p := model.Payment{CustomerID: customerID, Amount: amt, On: on, Note: v["note"]}
		if err := p.Validate(); err != nil {
			return nil, err
		}
		return recordPayment(c.store, customerID, amt, id, on, p.Note), nil
	})
	f.choose("deal", c.t("f.deal"), choices, start).
		text("amount", c.t("f.amount"), moneyInput(amount), c.t("hint.amount")).
		text("on", c.t("f.on"), "", c.t("hint.onToday")).
		text("note", c.t("f.note"), "", "")
	f.setFocus(1)
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
		{Code: "level", Name: strs["fu.planLevel"]},
		{Code: "own", Name: strs["fu.planOwn"]},
		{Code: "paused", Name: strs["fu.planPaused"]},
	}
}

// planForm sets how one customer is visited: by their level's plan, by a plan of their own, or not
// at all for now.
func planForm(c *common, cu model.Customer, plans map[model.Level]model.VisitPlan) *form {
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
	title := c.t("form.plan") + " · " + model.SanitizeLine(cu.Name)
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		p, err := planOf(v)
		if err != nil {
			return nil, err
		}
		switch v["mode"] {
		case "own":
			return setCustomerPlan(c.store, cu.ID, &p, false), nil
		case "paused":
			return setCustomerPlan(c.store, cu.ID, cu.PlanOverride, true), nil
		}
		return setCustomerPlan(c.store, cu.ID, nil, false), nil
	})
	f.choose("mode", c.t("f.planMode"), planModes(), mode).
		text("visit", c.t("f.visitEvery"), daysInput(own.VisitEveryDays), c.t("hint.days")).
		text("call", c.t("f.callEvery"), daysInput(own.CallEveryDays), c.t("hint.days"))
	f.fields[0].hint = fmt.Sprintf(c.t("hint.planOwn"), c.codeName(model.LevelCodes, string(cu.Level)), planWords(c, levelPlan))
	return f
}

// daysInput shows an interval in a field: empty for none.
func daysInput(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// planWords says a plan briefly, as everywhere (wording.Plan): 每 14 天拜访一次，每 7 天电话一次.
func planWords(c *common, p model.VisitPlan) string {
	return wording.Plan(p, false, c.lang)
}

// planOf reads the visit and call intervals of a plan form, and checks the plan.
func planOf(v map[string]string) (model.VisitPlan, error) {
	visit, err := model.ParsePlanDays(v["visit"])
	if err != nil {
		return model.VisitPlan{}, fieldErrText("visit", "err.days")
	}
	call, err := model.ParsePlanDays(v["call"])
	if err != nil {
		return model.VisitPlan{}, fieldErrText("call", "err.days")
	}
	p := model.VisitPlan{VisitEveryDays: visit, CallEveryDays: call}
	return p, p.Validate()
}

// levelPlanForm changes one level's plan for every customer of that level without a plan of their own.
func levelPlanForm(c *common, level model.Level, p model.VisitPlan) *form {
	title := c.t("form.levelPlan") + " · " + c.codeName(model.LevelCodes, string(level))
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		np, err := planOf(v)
		if err != nil {
			return nil, err
		}
		return setLevelPlan(c.store, level, np), nil
	})
	f.text("visit", c.t("f.visitEvery"), daysInput(p.VisitEveryDays), c.t("hint.days")).
		text("call", c.t("f.callEvery"), daysInput(p.CallEveryDays), c.t("hint.days"))
	return f
}

// leadForm sets how many days before a date that matters its greeting is due.
func leadForm(c *common, n int) *form {
	f := newForm(c, c.t("form.lead"), func(v map[string]string) (tea.Cmd, error) {
		lead, err := strconv.Atoi(strings.TrimSpace(v["lead"]))
		if err != nil || lead < 0 || lead > model.MaxGreetingLeadDays {
			return nil, fieldErrText("lead", "err.lead")
		}
		return setGreetingLead(c.store, lead), nil
	})
	f.text("lead", c.t("f.lead"), strconv.Itoa(n), c.t("hint.lead"))
	return f
}

// holidayForm adds a holiday (at = -1) or changes the one at index at of all.
func holidayForm(c *common, all []model.Holiday, at int) *form {
	var h model.Holiday
	title := c.t("form.addHoliday")
	if at >= 0 {
		h, title = all[at], c.t("form.editHoliday")
	}
	var days []string
	for _, d := range h.Days {
		days = append(days, d.String())
	}
	shown := h.Name.In(c.lang)
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := model.Holiday{Name: h.Name}
		if name := strings.TrimSpace(v["name"]); name != shown {
			out.Name = model.Text{Zh: name, En: name}
		}
		var err error
		if out.Days, err = model.ParseHolidayDates(v["days"]); err != nil {
			return nil, fieldErrText("days", "err.holidayDates")
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
		return setHolidays(c.store, next, "saved.holiday"), nil
	})
	f.text("name", c.t("f.holiday"), shown, "").
		text("days", c.t("f.holidayDays"), strings.Join(days, ", "), c.t("hint.holidayDays"))
	return f
}
