package forms

import (
	"errors"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
	"guanxi/wording"
)

// The forms of the program. Each builds its fields from a record and turns the typed values back
// into one, parsing with model's rules; the command it returns does the saving.

func Customer(c *kit.Common, cu model.Customer) *kit.Form {
	title := c.T("form.newCustomer")
	if cu.ID != 0 {
		title = c.T("form.editCustomer")
	}
	if cu.Level == "" {
		cu.Level = model.LevelNew
	}
	loaded := cu
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
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
			return nil, kit.FieldErrText("birthday", "err.birthday")
		}
		if bd != cu.OwnBirthday() || out.Kind != cu.Kind {
			out.SetOwnBirthday(bd) // by the kind chosen: a person's birthday, an organisation's founding day
		}
		out.RegisteredCapital = 0
		if strings.TrimSpace(v["capital"]) != "" {
			if out.RegisteredCapital, err = model.ParseAmount(v["capital"]); err != nil {
				return nil, kit.FieldErrText("capital", "err.amount")
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
			return kit.AddCustomerWithReferrer(c.Store, out), nil
		}
		return kit.UpdateCustomerEdit(c.Store, loaded, out, link), nil
	})
	f.Text("name", c.T("f.name"), cu.Name, "").
		Text("company", c.T("f.company"), cu.Company, "").
		Text("short_name", c.T("f.shortName"), cu.ShortName, c.T("hint.shortName")).
		Choose("kind", c.T("f.kind"), model.Kinds, string(cu.Kind)).
		Text("title", c.T("f.title"), cu.Title, "").
		Text("phone", c.T("f.phone"), cu.Phone, "").
		Text("email", c.T("f.email"), cu.Email, "").
		Text("wechat", c.T("f.wechat"), cu.WeChat, "").
		Choose("level", c.T("f.level"), model.LevelCodes, string(cu.Level)).Explain(kit.AboutLevel(c)).
		Choose("stage", c.T("f.stage"), model.Stages, string(cu.Stage)).
		Choose("relation", c.T("f.relation"), model.Relations, string(cu.Relation)).
		Text("region", c.T("f.region"), cu.Region, "").
		Text("industry", c.T("f.industry"), cu.Industry, "").
		Text("address", c.T("f.address"), cu.Address, "").
		Text("source", c.T("f.source"), cu.Source, c.T("hint.source")).
		Text("referred_by", c.T("f.referredBy"), cu.ReferredBy, c.T("hint.referredBy")).
		Text("size", c.T("f.size"), cu.Size, c.T("hint.size")).
		Text("capital", c.T("f.capital"), capitalInput(cu.RegisteredCapital), c.T("hint.optAmount")).
		Text("birthday", c.T(DateLabel(cu.Kind)), model.BirthdayInput(cu.OwnBirthday().Solar, cu.OwnBirthday().Yearly, c.Lang), c.T(ownDateHint(cu.Kind))).
		Text("tags", c.T("f.tags"), strings.Join(cu.Tags, ", "), c.T("hint.tags")).
		Area("notes", c.T("f.notes"), cu.Notes, "")
	return f
}

func Contact(c *kit.Common, ct model.Contact) *kit.Form {
	title := c.T("form.newContact")
	if ct.ID != 0 {
		title = c.T("rec.editContact")
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		out := ct
		out.Name, out.Title, out.Role = v["name"], v["title"], model.Role(v["role"])
		out.Phone, out.Email, out.WeChat, out.Notes = v["phone"], v["email"], v["wechat"], v["notes"]
		bd, err := model.ParseBirthday(v["birthday"])
		if err != nil {
			return nil, kit.FieldErrText("birthday", "err.birthday")
		}
		out.Birthday, out.BirthdayYearly = bd.Solar, bd.Yearly
		out.Normalize()
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID == 0 {
			return kit.AddContact(c.Store, out), nil
		}
		return kit.UpdateContact(c.Store, out), nil
	})
	f.Text("name", c.T("f.personName"), ct.Name, "").
		Text("title", c.T("f.title"), ct.Title, "").
		Choose("role", c.T("f.role"), model.Roles, string(ct.Role)).
		Text("phone", c.T("f.phone"), ct.Phone, "").
		Text("email", c.T("f.email"), ct.Email, "").
		Text("wechat", c.T("f.wechat"), ct.WeChat, "").
		Text("birthday", c.T("f.birthday"), model.BirthdayInput(ct.Birthday, ct.BirthdayYearly, c.Lang), c.T("hint.birthday")).
		Area("notes", c.T("f.notes"), ct.Notes, "")
	return f
}

// Log logs a contact with a customer; reminderID, when set, is the reminder it answers.
func Log(c *kit.Common, customerID int64, channel model.Channel, reminderID int64) *kit.Form {
	return LogRecord(c, model.Interaction{CustomerID: customerID, Channel: channel}, reminderID)
}

// LogRecord logs a contact, or corrects a logged one (i.ID set). A new one's next step may
// carry a day: saving then adds the reminder too.
func LogRecord(c *kit.Common, i model.Interaction, reminderID int64) *kit.Form {
	if i.Channel == "" {
		i.Channel = model.ChannelVisit
	}
	title, at := c.T("form.log"), ""
	if i.ID != 0 {
		title, at = c.T("rec.editLog"), i.At.Format("2006-01-02 15:04")
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		// The one rule of a contact's time, and its words, as on the command line.
		when, err := model.ContactTime(v["at"], c.Now())
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
			return kit.UpdateInteraction(c.Store, out), nil
		}
		next, err := nextStepReminder(c, out, v["next_on"])
		if err != nil {
			return nil, err
		}
		return kit.LogInteraction(c.Store, out, reminderID, next), nil
	})
	f.Choose("channel", c.T("f.channel"), model.Channels, string(i.Channel)).
		Text("summary", c.T("f.summary"), i.Summary, "").
		Text("next_step", c.T("f.nextStep"), i.NextStep, "")
	if i.ID == 0 {
		f.Text("next_on", c.T("f.nextOn"), "", c.T("hint.nextOn"))
	}
	f.Text("at", c.T("f.at"), at, c.T("hint.at"))
	f.SetFocus(1)
	return f
}

// Deal records a deal of a customer.
func Deal(c *kit.Common, customerID int64) *kit.Form {
	return DealRecord(c, model.Deal{CustomerID: customerID})
}

// DealRecord records a deal, or corrects one (d.ID set): its amount, product, day and credit
// due date.
func DealRecord(c *kit.Common, d model.Deal) *kit.Form {
	title, amount := c.T("form.deal"), ""
	if d.ID != 0 {
		title, amount = c.T("rec.editDeal"), moneyInput(d.Amount)
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		amount, err := model.ParseAmount(v["amount"])
		if err != nil {
			return nil, kit.FieldErrText("amount", "err.amount")
		}
		out := d
		out.Amount, out.Product, out.CreditDueOn = amount, v["product"], model.Date{}
		if out.On, err = model.ParseDate(orToday(v["on"]), c.Today()); err != nil {
			return nil, kit.FieldErrText("on", "err.date")
		}
		if strings.TrimSpace(v["credit_due_on"]) != "" {
			if out.CreditDueOn, err = model.ParseDate(v["credit_due_on"], c.Today()); err != nil {
				return nil, kit.FieldErrText("credit_due_on", "err.date")
			}
		}
		if err := model.CheckDealChange(out, out.Paid); err != nil {
			return nil, err
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID != 0 {
			return kit.UpdateDeal(c.Store, out), nil
		}
		return kit.AddDeal(c.Store, out), nil
	})
	f.Text("amount", c.T("f.amount"), amount, c.T("hint.amount")).
		Text("product", c.T("f.product"), d.Product, "").
		Text("on", c.T("f.on"), dateInput(d.On), c.T("hint.date")).
		Text("credit_due_on", c.T("f.creditDue"), dateInput(d.CreditDueOn), c.T("hint.optDate"))
	return f
}

func orToday(s string) string {
	if strings.TrimSpace(s) == "" {
		return "today"
	}
	return s
}

func Reminder(c *kit.Common, customerID int64) *kit.Form {
	return ReminderRecord(c, model.Reminder{CustomerID: customerID, Kind: model.ReminderCall})
}

// ReminderRecord adds a reminder, or corrects one (r.ID set): its day, kind, note and repetition.
func ReminderRecord(c *kit.Common, r model.Reminder) *kit.Form {
	title, due := c.T("form.remind"), c.T("pre.tomorrow")
	if r.ID != 0 {
		title, due = c.T("rec.editReminder"), r.DueOn.String()
	}
	f := kit.NewForm(c, title, func(v map[string]string) (tea.Cmd, error) {
		on, err := model.ParseDate(v["due_on"], c.Today())
		if err != nil {
			return nil, kit.FieldErrText("due_on", "err.date")
		}
		out := r
		out.DueOn, out.Kind, out.Note = on, model.ReminderKind(v["kind"]), v["note"]
		if out.Repeat, err = model.ParseRepeat(v["repeat"]); err != nil {
			return nil, kit.FieldErrText("repeat", "err.repeat")
		}
		if err := out.Validate(); err != nil {
			return nil, err
		}
		if out.ID != 0 {
			return kit.UpdateReminder(c.Store, out), nil
		}
		return kit.AddReminder(c.Store, out), nil
	})
	f.Text("due_on", c.T("f.on"), due, c.T("hint.date")).
		Choose("kind", c.T("f.remindKind"), model.ReminderKinds, string(r.Kind)).
		Text("note", c.T("f.note"), r.Note, "").
		Text("repeat", c.T("f.repeat"), r.Repeat.Code(), c.T("hint.repeat"))
	return f
}

// Tag puts a personality type on the customer or one of their contacts.
func Tag(c *kit.Common, cu model.Customer, contacts []model.Contact) *kit.Form {
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
	f := kit.NewForm(c, c.T("form.tag"), func(v map[string]string) (tea.Cmd, error) {
		if strings.TrimSpace(v["type"]) == "" {
			return nil, kit.FieldErrText("type", "err.typeEmpty")
		}
		// The book's own catalog, so the user's types are found and suggested too.
		t, err := model.FindType(c.Catalog, v["type"])
		if err != nil {
			var unknown *model.UnknownTypeError
			if errors.As(err, &unknown) {
				return nil, &model.FieldError{Field: "type", Msg: unknownTypeText(unknown)}
			}
			return nil, err
		}
		return kit.TagPerson(c.Store, store.PersonTag{CustomerID: cu.ID, ContactID: ids[v["person"]], Type: t.Code, Note: v["note"]}), nil
	})
	f.Choose("person", c.T("f.person"), people, start).
		PickType("type", c.T("f.type"), "", c.T("hint.type")).
		Text("note", c.T("f.note"), "", "")
	f.SetFocus(1)
	return f
}

// unknownTypeText says in both languages that no type matched and names the closest ones.
func unknownTypeText(e *model.UnknownTypeError) model.Text {
	q := model.SanitizeLine(e.Query)
	return model.Text{
		Zh: strings.TrimSpace(fmt.Sprintf(kit.Strs["err.typeZh"].Zh, q) + closestNames(e, model.Zh)),
		En: strings.TrimSpace(fmt.Sprintf(kit.Strs["err.typeZh"].En, q) + " " + closestNames(e, model.En)),
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
