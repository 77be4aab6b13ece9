package ui

import (
	"errors"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"
)

// The forms of the program. Each builds its fields from a record and turns the typed values back
// into one, parsing with model's rules; the command it returns does the saving.

func customerForm(c *common, cu model.Customer) *form {
	title := c.t("form.newCustomer")
	if cu.ID != 0 {
		title = c.t("form.editCustomer")
	}
	if cu.Level == "" {
		cu.Level = model.LevelNew
	}
	loaded := cu
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := cu
		out.Name, out.Company, out.Phone, out.Email, out.WeChat = v["name"], v["company"], v["phone"], v["email"], v["wechat"]
		out.ShortName = v["short_name"]
		out.Kind, out.Level = model.Kind(v["kind"]), model.Level(v["level"])
		out.Stage, out.Relation = model.Stage(v["stage"]), model.Relation(v["relation"])
		out.Region, out.Industry, out.Notes = v["region"], v["industry"], v["notes"]
		out.Title, out.Size, out.Address, out.Source = v["title"], v["size"], v["address"], v["source"]
		out.Tags = model.SplitTags(v["tags"])
		bd, err := model.ParseBirthday(v["birthday"]) // solar, lunar (农历八月十五) or without a year
		if err != nil {
			return nil, fieldErrText("birthday", "err.birthday")
		}
		if bd != cu.OwnBirthday() || out.Kind != cu.Kind {
			out.SetOwnBirthday(bd) // by the kind chosen: a person's birthday, an organisation's founding day
		}
		out.RegisteredCapital = 0
		if strings.TrimSpace(v["capital"]) != "" {
			if out.RegisteredCapital, err = model.ParseAmount(v["capital"]); err != nil {
				return nil, fieldErrText("capital", "err.amount")
			}
		}
		// A referrer typed anew is looked up in the book when saving; one left as it was keeps its link.
		out.ReferredBy = strings.TrimSpace(v["referred_by"])
		link := out.ReferredBy != loaded.ReferredBy
		out.Normalize()
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID == 0 {
			return addCustomerWithReferrer(c.store, out), nil
		}
		return updateCustomerEdit(c.store, loaded, out, link), nil
	})
	f.text("name", c.t("f.name"), cu.Name, "").
		text("company", c.t("f.company"), cu.Company, "").
		text("short_name", c.t("f.shortName"), cu.ShortName, c.t("hint.shortName")).
		choose("kind", c.t("f.kind"), model.Kinds, string(cu.Kind)).
		text("title", c.t("f.title"), cu.Title, "").
		text("phone", c.t("f.phone"), cu.Phone, "").
		text("email", c.t("f.email"), cu.Email, "").
		text("wechat", c.t("f.wechat"), cu.WeChat, "").
		choose("level", c.t("f.level"), model.LevelCodes, string(cu.Level)).explain(aboutLevel(c)).
		choose("stage", c.t("f.stage"), model.Stages, string(cu.Stage)).
		choose("relation", c.t("f.relation"), model.Relations, string(cu.Relation)).
		text("region", c.t("f.region"), cu.Region, "").
		text("industry", c.t("f.industry"), cu.Industry, "").
		text("address", c.t("f.address"), cu.Address, "").
		text("source", c.t("f.source"), cu.Source, c.t("hint.source")).
		text("referred_by", c.t("f.referredBy"), cu.ReferredBy, c.t("hint.referredBy")).
		text("size", c.t("f.size"), cu.Size, c.t("hint.size")).
		text("capital", c.t("f.capital"), capitalInput(cu.RegisteredCapital), c.t("hint.optAmount")).
		text("birthday", c.t(dateLabel(cu.Kind)), model.BirthdayInput(cu.OwnBirthday().Solar, cu.OwnBirthday().Yearly, c.lang), c.t(ownDateHint(cu.Kind))).
		text("tags", c.t("f.tags"), strings.Join(cu.Tags, ", "), c.t("hint.tags")).
		area("notes", c.t("f.notes"), cu.Notes, "")
	return f
}

func contactForm(c *common, ct model.Contact) *form {
	title := c.t("form.newContact")
	if ct.ID != 0 {
		title = c.t("rec.editContact")
	}
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := ct
		out.Name, out.Title, out.Role = v["name"], v["title"], model.Role(v["role"])
		out.Phone, out.Email, out.WeChat, out.Notes = v["phone"], v["email"], v["wechat"], v["notes"]
		bd, err := model.ParseBirthday(v["birthday"])
		if err != nil {
			return nil, fieldErrText("birthday", "err.birthday")
		}
		out.Birthday, out.BirthdayYearly = bd.Solar, bd.Yearly
		out.Normalize()
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID == 0 {
			return addContact(c.store, out), nil
		}
		return updateContact(c.store, out), nil
	})
	f.text("name", c.t("f.personName"), ct.Name, "").
		text("title", c.t("f.title"), ct.Title, "").
		choose("role", c.t("f.role"), model.Roles, string(ct.Role)).
		text("phone", c.t("f.phone"), ct.Phone, "").
		text("email", c.t("f.email"), ct.Email, "").
		text("wechat", c.t("f.wechat"), ct.WeChat, "").
		text("birthday", c.t("f.birthday"), model.BirthdayInput(ct.Birthday, ct.BirthdayYearly, c.lang), c.t("hint.birthday")).
		area("notes", c.t("f.notes"), ct.Notes, "")
	return f
}

// logForm logs a contact with a customer; reminderID, when set, is the reminder it answers.
func logForm(c *common, customerID int64, channel model.Channel, reminderID int64) *form {
	return logRecordForm(c, model.Interaction{CustomerID: customerID, Channel: channel}, reminderID)
}

// logRecordForm logs a contact, or corrects a logged one (i.ID set). A new one's next step may
// carry a day: saving then adds the reminder too.
func logRecordForm(c *common, i model.Interaction, reminderID int64) *form {
	if i.Channel == "" {
		i.Channel = model.ChannelVisit
	}
	title, at := c.t("form.log"), ""
	if i.ID != 0 {
		title, at = c.t("rec.editLog"), i.At.Format("2006-01-02 15:04")
	}
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		// The one rule of a contact's time, and its words, as on the command line.
		when, err := model.ContactTime(v["at"], c.now())
		if err != nil {
			return nil, &model.FieldError{Field: "at", Msg: model.Text{
				Zh: wording.ContactTimeProblem(v["at"], when, err, model.Zh),
				En: wording.ContactTimeProblem(v["at"], when, err, model.En)}}
		}
		out := i
		out.Channel, out.At, out.Summary, out.NextStep = model.Channel(v["channel"]), when, v["summary"], v["next_step"]
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID != 0 {
			return updateInteraction(c.store, out), nil
		}
		next, err := nextStepReminder(c, out, v["next_on"])
		if err != nil {
			return nil, err
		}
		return logInteraction(c.store, out, reminderID, next), nil
	})
	f.choose("channel", c.t("f.channel"), model.Channels, string(i.Channel)).
		text("summary", c.t("f.summary"), i.Summary, "").
		text("next_step", c.t("f.nextStep"), i.NextStep, "")
	if i.ID == 0 {
		f.text("next_on", c.t("f.nextOn"), "", c.t("hint.nextOn"))
	}
	f.text("at", c.t("f.at"), at, c.t("hint.at"))
	f.setFocus(1)
	return f
}

// dealForm records a deal of a customer.
func dealForm(c *common, customerID int64) *form {
	return dealRecordForm(c, model.Deal{CustomerID: customerID})
}

// dealRecordForm records a deal, or corrects one (d.ID set): its amount, product, day and credit
// due date.
func dealRecordForm(c *common, d model.Deal) *form {
	title, amount := c.t("form.deal"), ""
	if d.ID != 0 {
		title, amount = c.t("rec.editDeal"), moneyInput(d.Amount)
	}
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		amount, err := model.ParseAmount(v["amount"])
		if err != nil {
			return nil, fieldErrText("amount", "err.amount")
		}
		out := d
		out.Amount, out.Product, out.CreditDueOn = amount, v["product"], model.Date{}
		if out.On, err = model.ParseDate(orToday(v["on"]), c.today()); err != nil {
			return nil, fieldErrText("on", "err.date")
		}
		if strings.TrimSpace(v["credit_due_on"]) != "" {
			if out.CreditDueOn, err = model.ParseDate(v["credit_due_on"], c.today()); err != nil {
				return nil, fieldErrText("credit_due_on", "err.date")
			}
		}
		if err := model.CheckDealChange(out, out.Paid); err != nil {
			return nil, err
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID != 0 {
			return updateDeal(c.store, out), nil
		}
		return addDeal(c.store, out), nil
	})
	f.text("amount", c.t("f.amount"), amount, c.t("hint.amount")).
		text("product", c.t("f.product"), d.Product, "").
		text("on", c.t("f.on"), dateInput(d.On), c.t("hint.date")).
		text("credit_due_on", c.t("f.creditDue"), dateInput(d.CreditDueOn), c.t("hint.optDate"))
	return f
}

func orToday(s string) string {
	if strings.TrimSpace(s) == "" {
		return "today"
	}
	return s
}

func reminderForm(c *common, customerID int64) *form {
	return reminderRecordForm(c, model.Reminder{CustomerID: customerID, Kind: model.ReminderCall})
}

// reminderRecordForm adds a reminder, or corrects one (r.ID set): its day, kind, note and repetition.
func reminderRecordForm(c *common, r model.Reminder) *form {
	title, due := c.t("form.remind"), c.t("pre.tomorrow")
	if r.ID != 0 {
		title, due = c.t("rec.editReminder"), r.DueOn.String()
	}
	f := newForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		on, err := model.ParseDate(v["due_on"], c.today())
		if err != nil {
			return nil, fieldErrText("due_on", "err.date")
		}
		out := r
		out.DueOn, out.Kind, out.Note = on, model.ReminderKind(v["kind"]), v["note"]
		if out.Repeat, err = model.ParseRepeat(v["repeat"]); err != nil {
			return nil, fieldErrText("repeat", "err.repeat")
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID != 0 {
			return updateReminder(c.store, out), nil
		}
		return addReminder(c.store, out), nil
	})
	f.text("due_on", c.t("f.on"), due, c.t("hint.date")).
		choose("kind", c.t("f.remindKind"), model.ReminderKinds, string(r.Kind)).
		text("note", c.t("f.note"), r.Note, "").
		text("repeat", c.t("f.repeat"), r.Repeat.Code(), c.t("hint.repeat"))
	return f
}

// tagForm puts a personality type on the customer or one of their contacts.
func tagForm(c *common, cu model.Customer, contacts []model.Contact) *form {
	people := []model.Code{{Code: "0", Name: selfName(cu)}}
	ids := map[string]int64{"0": 0}
	for _, ct := range contacts {
		code := ct.UID
		ids[code] = ct.ID
		people = append(people, model.Code{Code: code, Name: model.Text{Zh: model.SanitizeLine(ct.Name), En: model.SanitizeLine(ct.Name)}})
	}
	start := "0"
	if cu.Kind == model.KindOrganisation && len(contacts) > 0 {
		start = contacts[0].UID
	}
	f := newForm(c, c.t("form.tag"), func(v map[string]string) (tea.Cmd, error) {
		if strings.TrimSpace(v["type"]) == "" {
			return nil, fieldErrText("type", "err.typeEmpty")
		}
		// The book's own catalog, so the user's types are found and suggested too.
		t, err := model.FindType(c.catalog, v["type"])
		if err != nil {
			var unknown *model.UnknownTypeError
			if errors.As(err, &unknown) {
				return nil, &model.FieldError{Field: "type", Msg: unknownTypeText(unknown)}
			}
			return nil, err
		}
		return tagPerson(c.store, store.PersonTag{CustomerID: cu.ID, ContactID: ids[v["person"]], Type: t.Code, Note: v["note"]}), nil
	})
	f.choose("person", c.t("f.person"), people, start).
		pickType("type", c.t("f.type"), "", c.t("hint.type")).
		text("note", c.t("f.note"), "", "")
	f.setFocus(1)
	return f
}

// unknownTypeText says in both languages that no type matched and names the closest ones.
func unknownTypeText(e *model.UnknownTypeError) model.Text {
	q := model.SanitizeLine(e.Query)
	return model.Text{
		Zh: strings.TrimSpace(fmt.Sprintf(strs["err.typeZh"].Zh, q) + closestNames(e, model.Zh)),
		En: strings.TrimSpace(fmt.Sprintf(strs["err.typeZh"].En, q) + " " + closestNames(e, model.En)),
	}
}

// closestNames lists the suggestions of an unknown-type error in one language.
func closestNames(e *model.UnknownTypeError, lang model.Lang) string {
	if len(e.Closest) == 0 {
		return ""
	}
	names := make([]string, len(e.Closest))
	for i, t := range e.Closest {
		names[i] = t.Name.In(lang)
	}
	if lang == model.Zh {
		return "是不是：" + strings.Join(names, "、") + "？"
	}
	return "Did you mean: " + strings.Join(names, ", ") + "?"
}

// ownDateHint is the hint under a customer's own date: a person's birthday may be lunar or have no
// year; an organisation's founding day is a plain date.
func ownDateHint(k model.Kind) string {
	if k == model.KindOrganisation {
		return "hint.optDate"
	}
	return "hint.birthday"
}
