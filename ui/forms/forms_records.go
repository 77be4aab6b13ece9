package forms

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// The forms of correcting the record that have no add form of the same shape: a payment's
// correction, and the choice an edit offers when a field it changed was changed elsewhere too.

// dateInput is a date as a form field starts with it: empty for none.
func dateInput(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// capitalInput is a registered capital as a form field starts with it: empty for none.
func capitalInput(m model.Money) string {
	if m == 0 {
		return ""
	}
	return moneyInput(m)
}

// DateLabel names a customer's own date: an organisation is founded, a person is born.
func DateLabel(kind model.Kind) model.Text {
	if kind == model.KindOrganisation {
		return kit.Texts.Fields.Founded
	}
	return kit.Texts.Fields.Birthday
}

// nextStepReminder is the reminder a new logged contact's next step becomes when the form gives it
// a day; nil when the day is left empty.
func nextStepReminder(c *kit.Common, i model.Interaction, day string) (*model.Reminder, error) {
	if strings.TrimSpace(day) == "" {
		return nil, nil
	}
	on, err := model.ParseDate(day, c.Today())
	if err != nil {
		return nil, kit.FieldErrText("next_on", kit.Texts.Errors.Date)
	}
	r, err := model.NextStepReminder(i, on)
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// PaymentEdit corrects a payment received: its day, amount and note. The deal it went to stays.
func PaymentEdit(c *kit.Common, p model.Payment) *kit.Form {
	f := kit.NewForm(c, c.T(kit.Texts.Records.EditPayment), func(v map[string]string) (tea.Cmd, error) {
		out := p
		amount, err := model.ParseAmount(v["amount"])
		if err != nil {
			return nil, kit.FieldErrText("amount", kit.Texts.Errors.Amount)
		}
		out.Amount, out.Note = amount, v["note"]
		if out.On, err = model.ParseDate(orToday(v["on"]), c.Today()); err != nil {
			return nil, kit.FieldErrText("on", kit.Texts.Errors.Date)
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		return kit.Write(c.Store, (*store.Store).UpdatePayment, kit.Texts.Records.SavedPayment, out.CustomerID, out), nil
	})
	f.Text("amount", c.T(kit.Texts.Fields.Amount), moneyInput(p.Amount), c.T(kit.Texts.Hints.Amount)).
		Text("on", c.T(kit.Texts.Fields.Date), p.On.String(), c.T(kit.Texts.Hints.PastDate)).
		Text("note", c.T(kit.Texts.Fields.Note), p.Note, "")
	return f
}

// Conflict shows each field the user changed that was also changed elsewhere since the edit
// began, with both values, and lets the user choose which stays; saving writes the choice as an
// edit that begins from the customer as saved now, so nothing is overwritten without being seen.
func Conflict(c *kit.Common, msg kit.EditConflictMsg) *kit.Form {
	current := msg.Conflict.Current
	f := kit.NewForm(c, c.T(kit.Texts.Records.Conflict), func(v map[string]string) (tea.Cmd, error) {
		keep := map[string]bool{}
		for _, fc := range msg.Conflict.Conflicts {
			keep[fc.Field.Name] = v[fc.Field.Name] == "mine"
		}
		resolved := model.ResolveEdit(msg.Loaded, msg.Mine, current, keep)
		return kit.UpdateCustomerEdit(c.Store, current, resolved, false), nil
	})
	for _, fc := range msg.Conflict.Conflicts {
		choices := []model.Code{
			{Code: "mine", Name: model.Text{Zh: kit.Texts.Records.Mine.Zh + shownValue(fc.Mine, model.Zh), En: kit.Texts.Records.Mine.En + shownValue(fc.Mine, model.En)}},
			{Code: "theirs", Name: model.Text{Zh: kit.Texts.Records.Theirs.Zh + shownValue(fc.Theirs, model.Zh), En: kit.Texts.Records.Theirs.En + shownValue(fc.Theirs, model.En)}},
		}
		f.Choose(fc.Field.Name, fc.Field.Label.In(c.Lang), choices, "theirs")
		// Both values stay in sight under the field, whichever is chosen.
		f.Fields[len(f.Fields)-1].Hint = choices[0].Name.In(c.Lang) + " · " + choices[1].Name.In(c.Lang) + " · " + c.T(kit.Texts.Records.Choose)
	}
	return f
}

// shownValue is a value of a conflict as one line, or a word for an empty one.
func shownValue(v string, lang model.Lang) string {
	v = model.SanitizeLine(v)
	if strings.TrimSpace(v) == "" {
		return kit.Texts.Records.Empty.In(lang)
	}
	return v
}

// selfName names the customer among the people a type can be put on: a person as themselves
// (本人), an organisation by its name alone, since a company is no one's self.
func selfName(cu model.Customer) model.Text {
	name := model.SanitizeLine(cu.Name)
	if cu.Kind == model.KindOrganisation {
		return model.Text{Zh: name, En: name}
	}
	return model.Text{Zh: name + "（" + kit.Texts.Detail.Self.Zh + "）", En: name + " (" + kit.Texts.Detail.Self.En + ")"}
}
